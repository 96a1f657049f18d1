package org.partycloud.learning.course;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.json.JsonMapper;

class CourseKindTest {

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void writesAndReadsLowerCaseNames() {
        assertThat(json.writeValueAsString(CourseKind.DOCUMENT)).isEqualTo("\"document\"");
        assertThat(json.readValue("\"video\"", CourseKind.class)).isEqualTo(CourseKind.VIDEO);
    }

    @Test
    void refusesUpperCaseAndUnknownNames() {
        assertThatThrownBy(() -> json.readValue("\"VIDEO\"", CourseKind.class)).isInstanceOf(DatabindException.class);
        assertThatThrownBy(() -> json.readValue("\"podcast\"", CourseKind.class)).isInstanceOf(DatabindException.class);
    }
}
