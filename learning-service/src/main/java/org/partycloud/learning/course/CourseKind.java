package org.partycloud.learning.course;

import java.util.Locale;
import com.fasterxml.jackson.annotation.JsonValue;

/** What a course is made of (视频课件, 文档, 文章). JSON uses lower case; Jackson reads the same names back. */
enum CourseKind {
    VIDEO, DOCUMENT, ARTICLE;

    @JsonValue
    String json() {
        return name().toLowerCase(Locale.ROOT);
    }
}
