package org.partycloud.affairs.organization;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OrganizationSearchTest {

    @Test
    void searchesForPercentAndUnderscoreLiterally() {
        assertThat(OrganizationSearch.escapeLike("100%_达标\\")).isEqualTo("100\\%\\_达标\\\\");
    }
}
