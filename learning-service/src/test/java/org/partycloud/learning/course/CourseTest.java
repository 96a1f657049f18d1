package org.partycloud.learning.course;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CourseTest {

    private static final Instant NOW = Instant.parse("2026-11-23T08:00:00Z");

    @Test
    void keepsStudyHoursInTenthsOfAnHour() {
        Course course = Course.create(CourseTestData.withStudyHours(CourseTestData.requiredVideo(), "2"), NOW);

        assertThat(course.studyHours()).hasToString("2.0");
    }

    @Test
    void trimsTitleAndStoresBlankDescriptionAsAbsent() {
        NewCourse input = new NewCourse("  党章学习  ", "   ", CourseKind.DOCUMENT, false, BigDecimal.ONE);

        Course course = Course.create(input, NOW);

        assertThat(course.title()).isEqualTo("党章学习");
        assertThat(course.description()).isNull();
        assertThat(course.required()).isFalse();
        assertThat(course.createdAt()).isEqualTo(NOW).isEqualTo(course.updatedAt());
    }
}
