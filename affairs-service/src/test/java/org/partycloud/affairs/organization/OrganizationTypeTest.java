package org.partycloud.affairs.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.json.JsonMapper;

class OrganizationTypeTest {

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void writesLowerSnakeCaseNames() {
        assertThat(json.writeValueAsString(OrganizationType.GENERAL_BRANCH)).isEqualTo("\"general_branch\"");
        assertThat(json.writeValueAsString(OrganizationType.JOINT_BRANCH)).isEqualTo("\"joint_branch\"");
    }

    @Test
    void readsLowerSnakeCaseNames() {
        assertThat(json.readValue("\"general_branch\"", OrganizationType.class)).isEqualTo(OrganizationType.GENERAL_BRANCH);
    }

    @Test
    void refusesUnknownNames() {
        assertThatThrownBy(() -> json.readValue("\"brigade\"", OrganizationType.class))
                .isInstanceOf(DatabindException.class);
    }

    @Test
    void generalBranchLeadsBranchesButNotCommittees() {
        assertThat(OrganizationType.GENERAL_BRANCH.mayContain(OrganizationType.BRANCH)).isTrue();
        assertThat(OrganizationType.GENERAL_BRANCH.mayContain(OrganizationType.JOINT_BRANCH)).isTrue();
        assertThat(OrganizationType.GENERAL_BRANCH.mayContain(OrganizationType.COMMITTEE)).isFalse();
    }
}
