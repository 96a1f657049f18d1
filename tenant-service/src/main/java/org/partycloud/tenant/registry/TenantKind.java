package org.partycloud.tenant.registry;

import com.fasterxml.jackson.annotation.JsonValue;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** What kind of body subscribes: an enterprise (企业), a government agency (机关事业单位) or a superior committee (上级党委/工委). */
public enum TenantKind {
    ENTERPRISE("enterprise"), AGENCY("agency"), COMMITTEE("committee");

    public static final String CODES = "enterprise|agency|committee";
    private final String code;

    TenantKind(String code) {
        this.code = code;
    }

    @JsonValue
    public String code() {
        return code;
    }

    public static TenantKind of(String code) {
        for (TenantKind kind : values()) {
            if (kind.code.equals(code)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("Unknown tenant kind: " + code);
    }

    /** Stores the lower-case code the API uses. */
    @Converter(autoApply = true)
    static class Column implements AttributeConverter<TenantKind, String> {
        @Override
        public String convertToDatabaseColumn(TenantKind kind) {
            return kind == null ? null : kind.code;
        }

        @Override
        public TenantKind convertToEntityAttribute(String code) {
            return code == null ? null : of(code);
        }
    }
}
