package org.partycloud.affairs.member;

import java.util.Locale;
import com.fasterxml.jackson.annotation.JsonValue;

/** 学历, in the levels the committees' statistics count: 博士, 硕士, 本科, 大专, 中专, 高中, 初中及以下. */
public enum Education {
    DOCTORATE, MASTER, BACHELOR, JUNIOR_COLLEGE, SECONDARY_VOCATIONAL, HIGH_SCHOOL, JUNIOR_HIGH_OR_BELOW;

    @JsonValue
    String json() {
        return name().toLowerCase(Locale.ROOT);
    }
}
