package org.partycloud.learning.course;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.stream.Collectors;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.partycloud.platform.testsupport.TestValidation;
import org.junit.jupiter.api.Test;

class NewCourseTest {

    private static final Validator VALIDATOR = TestValidation.validator();

    @Test
    void acceptsStudyHoursFromZeroToOneThousandInTenths() {
        assertThat(invalidFields(CourseTestData.withStudyHours(CourseTestData.requiredVideo(), "0"))).isEmpty();
        assertThat(invalidFields(CourseTestData.withStudyHours(CourseTestData.requiredVideo(), "1000.0"))).isEmpty();
        assertThat(invalidFields(CourseTestData.withStudyHours(CourseTestData.requiredVideo(), "12.5"))).isEmpty();
    }

    @Test
    void refusesStudyHoursOutOfRangeOrFinerThanATenth() {
        for (String hours : new String[] {"1000.1", "-0.1", "1.25"}) {
            assertThat(invalidFields(CourseTestData.withStudyHours(CourseTestData.requiredVideo(), hours)))
                    .as(hours).containsExactly("studyHours");
        }
    }

    @Test
    void acceptsTitlesUpToTwoHundredCharacters() {
        assertThat(invalidFields(CourseTestData.withTitle(CourseTestData.requiredVideo(), "学".repeat(200)))).isEmpty();
        assertThat(invalidFields(CourseTestData.withTitle(CourseTestData.requiredVideo(), "学".repeat(201))))
                .containsExactly("title");
    }

    @Test
    void requiresTitleKindRequiredFlagAndStudyHours() {
        assertThat(invalidFields(new NewCourse(" ", "说".repeat(2001), null, null, null)))
                .containsExactlyInAnyOrder("title", "description", "kind", "required", "studyHours");
    }

    private static Set<String> invalidFields(NewCourse course) {
        return VALIDATOR.validate(course).stream().map(ConstraintViolation::getPropertyPath).map(Object::toString)
                .collect(Collectors.toSet());
    }
}
