package org.partycloud.affairs.member;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The named operations that change a member's status, with the statuses each starts from. Former members
 * (left, deceased, probation cancelled) are the start of none.
 */
enum StatusOperation {
    /** 流动: works elsewhere for a while; needs where and until when. */
    MOBILE(EnumSet.of(MemberStatus.NORMAL)),
    /** 失联. */
    LOST_CONTACT(EnumSet.of(MemberStatus.NORMAL, MemberStatus.MOBILE)),
    /** 停止党籍: full members only; from lost contact after six months of it. */
    SUSPEND(EnumSet.of(MemberStatus.NORMAL, MemberStatus.MOBILE, MemberStatus.LOST_CONTACT)),
    /** Back to normal from mobile, lost contact or suspended. */
    RESTORE(EnumSet.of(MemberStatus.MOBILE, MemberStatus.LOST_CONTACT, MemberStatus.SUSPENDED)),
    /** 延长预备期 by 6 to 12 months, once. */
    EXTEND_PROBATION(EnumSet.of(MemberStatus.NORMAL)),
    /** 取消预备党员资格. */
    CANCEL_PROBATION(EnumSet.of(MemberStatus.NORMAL, MemberStatus.PROBATION_EXTENDED)),
    /** 转正: sets the full-membership date and the category. */
    CONVERT_TO_FULL(EnumSet.of(MemberStatus.NORMAL, MemberStatus.PROBATION_EXTENDED)),
    /** 出党 in one of its four kinds. */
    LEAVE(MemberStatus.CURRENT),
    /** 去世. */
    DECEASED(MemberStatus.CURRENT);

    private final Set<MemberStatus> from;

    StatusOperation(Set<MemberStatus> from) {
        this.from = from;
    }

    @JsonValue
    String json() {
        return name().toLowerCase(Locale.ROOT);
    }

    boolean appliesTo(MemberStatus status) {
        return from.contains(status);
    }

    /** Operations that only a probationary member can undergo; suspension only a full member. */
    MemberCategory requiredCategory() {
        return switch (this) {
            case EXTEND_PROBATION, CANCEL_PROBATION, CONVERT_TO_FULL -> MemberCategory.PROBATIONARY;
            case SUSPEND -> MemberCategory.FULL;
            default -> null;
        };
    }
}
