package org.partycloud.learning.course;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CourseSearchTest {

    @Test
    void searchesForPercentAndUnderscoreLiterally() {
        assertThat(CourseSearch.escapeLike("100%_学习\\")).isEqualTo("100\\%\\_学习\\\\");
    }
}
