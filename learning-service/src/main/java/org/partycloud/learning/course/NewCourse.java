package org.partycloud.learning.course;

import java.math.BigDecimal;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The body of {@code POST /api/learning/courses}; study hours count in tenths of an hour (学时). */
record NewCourse(
        @NotBlank @Size(max = 200) String title,
        @Size(max = 2000) String description,
        @NotNull CourseKind kind,
        @NotNull Boolean required,
        @NotNull @DecimalMin("0") @DecimalMax("1000") @Digits(integer = 4, fraction = 1) BigDecimal studyHours) {
}
