package org.partycloud.affairs.organization;

import java.util.Locale;
import java.util.UUID;
import org.springframework.data.jpa.domain.Specification;

/**
 * The filters of the organisation list: children of one parent, a text found in name or code, and whether
 * dissolved organisations are shown (not by default).
 */
record OrganizationSearch(UUID parentId, String q, boolean includeDissolved) {

    Specification<Organization> toSpecification() {
        Specification<Organization> spec = Specification.unrestricted();
        if (!includeDissolved) {
            spec = spec.and((root, query, cb) -> cb.isNull(root.get("dissolvedOn")));
        }
        if (parentId != null) {
            spec = spec.and((root, query, cb) -> cb.equal(root.get("parentId"), parentId));
        }
        if (q != null && !q.isBlank()) {
            String pattern = "%" + escapeLike(q.strip().toLowerCase(Locale.ROOT)) + "%";
            spec = spec.and((root, query, cb) -> cb.or(
                    cb.like(cb.lower(root.get("name")), pattern, '\\'),
                    cb.like(cb.lower(root.get("code")), pattern, '\\')));
        }
        return spec;
    }

    /** A user's % or _ is a character to find, not a wildcard. */
    static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
