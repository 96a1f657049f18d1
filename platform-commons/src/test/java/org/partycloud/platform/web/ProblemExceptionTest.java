package org.partycloud.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

class ProblemExceptionTest {

    @Test
    void invalidFieldAnswersTheShapeOfBeanValidationErrors() {
        ProblemDetail problem = Problems.of(ProblemException.invalidField("foundedOn", "must not be in the future"));

        assertThat(problem.getStatus()).isEqualTo(HttpStatus.BAD_REQUEST.value());
        assertThat(problem.getType()).hasToString("urn:partycloud:problem:validation");
        assertThat(problem.getTitle()).isEqualTo("输入有误 Invalid input");
        assertThat(problem.getProperties())
                .isEqualTo(Map.of("errors", Map.of("foundedOn", "must not be in the future")));
    }
}
