package org.partycloud.learning.course;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** A course as the API shows it. */
record CourseView(UUID id, String title, String description, CourseKind kind, boolean required,
        BigDecimal studyHours, Instant createdAt, Instant updatedAt, long version) {

    static CourseView of(Course course) {
        return new CourseView(course.id(), course.title(), course.description(), course.kind(), course.required(),
                course.studyHours(), course.createdAt(), course.updatedAt(), course.version());
    }
}
