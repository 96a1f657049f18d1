package org.partycloud.learning.course;

import java.util.Locale;
import org.springframework.data.jpa.domain.Specification;

/** The filter of the course list: a text found in the title. */
record CourseSearch(String q) {

    Specification<Course> toSpecification() {
        if (q == null || q.isBlank()) {
            return Specification.unrestricted();
        }
        String pattern = "%" + escapeLike(q.strip().toLowerCase(Locale.ROOT)) + "%";
        return (root, query, cb) -> cb.like(cb.lower(root.get("title")), pattern, '\\');
    }

    /** A user's % or _ is a character to find, not a wildcard. */
    static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
