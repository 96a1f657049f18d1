package org.partycloud.affairs.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.partycloud.platform.web.ProblemException;
import org.springframework.http.HttpStatus;
import org.springframework.test.util.ReflectionTestUtils;

/** Editing, moving and dissolving an organisation. */
class OrganizationChangesTest {

    private static final Clock BEIJING = Clock.fixed(Instant.parse("2026-11-23T17:00:00Z"), ZoneId.of("Asia/Shanghai"));
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    @Test
    void editsTheDetailsAndKeepsThePlaceInTheTree() {
        Organization committee = saved(Organization.found(OrganizationTestData.committee(), null, BEIJING));
        Organization branch = saved(Organization.found(OrganizationTestData.branchUnder(committee.id(), "第一党支部", 1),
                committee, BEIJING));

        branch.edit(OrganizationTestData.editOf(OrganizationTestData.branchUnder(null, " 第一联合党支部 ", 2), " 第一联合党支部 ",
                OrganizationType.JOINT_BRANCH), committee, List.of(OrganizationType.GROUP), BEIJING);

        assertThat(branch.name()).isEqualTo("第一联合党支部");
        assertThat(branch.type()).isEqualTo(OrganizationType.JOINT_BRANCH);
        assertThat(branch.parentId()).isEqualTo(committee.id());
    }

    @Test
    void refusesAKindThatCannotLeadTheChildrenItHas() {
        Organization branch = saved(Organization.found(OrganizationTestData.branchUnder(null, "第一党支部", 1), null,
                BEIJING));

        assertThatThrownBy(() -> branch.edit(OrganizationTestData.editOf(OrganizationTestData.groupUnder(null)), null,
                List.of(OrganizationType.GROUP), BEIJING))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.status()).isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);
                    assertThat(e.type()).isEqualTo("organization-type-not-allowed-for-children");
                });
        assertThat(branch.type()).isEqualTo(OrganizationType.BRANCH);
    }

    @Test
    void refusesAMoveUnderItselfOrAnOrganisationBelowIt() {
        Organization committee = saved(Organization.found(OrganizationTestData.committee(), null, BEIJING));
        Organization lower = saved(Organization.found(OrganizationTestData.committee(), committee, BEIJING));

        assertThatThrownBy(() -> committee.moveUnder(lower, Set.of(committee.id(), lower.id()), BEIJING))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.status()).isEqualTo(HttpStatus.CONFLICT);
                    assertThat(e.type()).isEqualTo("organization-move-into-own-subtree");
                });
        assertThatThrownBy(() -> committee.moveUnder(committee, Set.of(committee.id(), lower.id()), BEIJING))
                .isInstanceOf(ProblemException.class);
        assertThat(committee.parentId()).isNull();
    }

    @Test
    void movesUnderAnotherParentThatMayLeadItOrToTheRoot() {
        Organization first = saved(Organization.found(OrganizationTestData.committee(), null, BEIJING));
        Organization second = saved(Organization.found(OrganizationTestData.committee(), null, BEIJING));
        Organization branch = saved(Organization.found(OrganizationTestData.branchUnder(null, "第一党支部", 1), first,
                BEIJING));
        Organization group = saved(Organization.found(OrganizationTestData.groupUnder(null), branch, BEIJING));

        branch.moveUnder(second, Set.of(branch.id(), group.id()), BEIJING);
        assertThat(branch.parentId()).isEqualTo(second.id());
        branch.moveUnder(null, Set.of(branch.id(), group.id()), BEIJING);
        assertThat(branch.parentId()).isNull();
        assertThatThrownBy(() -> second.moveUnder(group, Set.of(second.id()), BEIJING))
                .isInstanceOfSatisfying(ProblemException.class,
                        e -> assertThat(e.type()).isEqualTo("organization-type-not-allowed-under-parent"));
    }

    @Test
    void dissolvesOnlyAnEmptyOrganisationAndThenTakesNoMoreChanges() {
        Organization branch = saved(Organization.found(OrganizationTestData.branchUnder(null, "第一党支部", 1), null,
                BEIJING));

        assertThatThrownBy(() -> branch.dissolve(TODAY, "合并", 0, 3, BEIJING))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.type()).isEqualTo("organization-not-empty");
                    assertThat(e.properties()).containsEntry("members", 3L);
                });
        assertThatThrownBy(() -> branch.dissolve(TODAY, "合并", 1, 0, BEIJING)).isInstanceOf(ProblemException.class);
        assertThatThrownBy(() -> branch.dissolve(TODAY.plusDays(1), "合并", 0, 0, BEIJING))
                .isInstanceOfSatisfying(ProblemException.class,
                        e -> assertThat(e.status()).isEqualTo(HttpStatus.BAD_REQUEST));
        assertThat(branch.isDissolved()).isFalse();

        branch.dissolve(TODAY, " 单位撤并 ", 0, 0, BEIJING);

        assertThat(branch.dissolvedOn()).isEqualTo(TODAY);
        assertThat(branch.dissolutionReason()).isEqualTo("单位撤并");
        assertThatThrownBy(() -> branch.moveUnder(null, Set.of(branch.id()), BEIJING))
                .isInstanceOfSatisfying(ProblemException.class,
                        e -> assertThat(e.type()).isEqualTo("organization-dissolved"));
        assertThatThrownBy(() -> Organization.found(OrganizationTestData.groupUnder(branch.id()), branch, BEIJING))
                .isInstanceOfSatisfying(ProblemException.class,
                        e -> assertThat(e.type()).isEqualTo("parent-organization-dissolved"));
    }

    /** Gives the organisation the id the database would. */
    private static Organization saved(Organization org) {
        ReflectionTestUtils.setField(org, "id", UUID.randomUUID());
        return org;
    }
}
