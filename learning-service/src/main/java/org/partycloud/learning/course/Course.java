package org.partycloud.learning.course;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.UUID;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.UuidGenerator;

/** A course of the tenant's online party school. Lives in the tenant's schema. */
@Entity
@Table(name = "course")
class Course {

    /** Time-ordered UUIDs: not guessable across tenants, yet index-friendly. */
    @Id
    @UuidGenerator(style = UuidGenerator.Style.VERSION_7)
    private UUID id;

    private String title;

    private String description;

    @Enumerated(EnumType.STRING)
    private CourseKind kind;

    private boolean required;

    private BigDecimal studyHours;

    @Column(updatable = false)
    private Instant createdAt;

    private Instant updatedAt;

    @Version
    private long version;

    protected Course() {
    }

    /** A new course from validated details (the request allows at most one decimal of study hours). */
    static Course create(NewCourse details, Instant now) {
        Course course = new Course();
        course.title = details.title().strip();
        course.description = details.description() == null || details.description().isBlank() ? null
                : details.description().strip();
        course.kind = details.kind();
        course.required = details.required();
        course.studyHours = details.studyHours().setScale(1, RoundingMode.UNNECESSARY);
        course.createdAt = now;
        course.updatedAt = now;
        return course;
    }

    UUID id() {
        return id;
    }

    String title() {
        return title;
    }

    String description() {
        return description;
    }

    CourseKind kind() {
        return kind;
    }

    boolean required() {
        return required;
    }

    BigDecimal studyHours() {
        return studyHours;
    }

    Instant createdAt() {
        return createdAt;
    }

    Instant updatedAt() {
        return updatedAt;
    }

    long version() {
        return version;
    }
}
