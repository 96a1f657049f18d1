package org.partycloud.affairs.establishment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class EstablishmentRulesTest {

    @Test
    void warnsABranchWithFewerThanThreeFullMembersButNotAJointBranch() {
        assertThat(codes("branch", 2, 5, 1)).containsExactly("too-few-full-members");
        assertThat(codes("branch", 3, 3, 1)).isEmpty();
        assertThat(codes("joint_branch", 2, 2, 1)).isEmpty();
    }

    @Test
    void warnsABranchAboveFiftyMembersOfAGeneralBranchAndFromAHundredOfACommittee() {
        assertThat(codes("branch", 40, 50, 5)).isEmpty();
        assertThat(codes("branch", 40, 51, 5)).containsExactly("general-branch-needed");
        assertThat(codes("branch", 90, 99, 5)).containsExactly("general-branch-needed");
        assertThat(codes("branch", 90, 100, 5)).containsExactly("committee-needed");
    }

    @Test
    void asksABranchOfSevenFullMembersForACommitteeOfThreeToSeven() {
        assertThat(codes("branch", 7, 7, 1)).containsExactly("branch-committee-needed");
        assertThat(codes("branch", 7, 7, 3)).isEmpty();
        assertThat(codes("branch", 20, 20, 8)).containsExactly("branch-committee-too-large");
    }

    @Test
    void keepsASmallBranchToASecretary() {
        assertThat(codes("branch", 6, 6, 1)).isEmpty();
        assertThat(codes("branch", 6, 6, 3)).containsExactly("secretary-only");
    }

    @Test
    void leavesCommitteesGeneralBranchesAndGroupsAlone() {
        assertThat(codes("committee", 0, 0, 0)).isEmpty();
        assertThat(codes("general_branch", 1, 300, 0)).isEmpty();
        assertThat(codes("group", 0, 0, 0)).isEmpty();
    }

    @Test
    void namesTheFigureAndExplainsInChineseAndEnglish() {
        EstablishmentRules.Warning warning = EstablishmentRules.check("branch", 2, 2, 1).get(0);

        assertThat(warning.actual()).isEqualTo(2);
        assertThat(warning.message()).contains("3 名正式党员").contains("at least 3 full members");
    }

    private static List<String> codes(String type, long full, long members, long committee) {
        return EstablishmentRules.check(type, full, members, committee).stream()
                .map(EstablishmentRules.Warning::code).toList();
    }
}
