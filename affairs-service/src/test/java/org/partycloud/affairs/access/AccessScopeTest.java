package org.partycloud.affairs.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.partycloud.platform.web.ProblemException;

class AccessScopeTest {

    private final UUID branch = UUID.randomUUID();
    private final UUID sibling = UUID.randomUUID();
    private final UUID ownMember = UUID.randomUUID();

    @Test
    void theTenantAdminMaintainsEveryOrganisationAndReadsEveryMember() {
        AccessScope scope = AccessScope.tenant();

        assertThat(scope.maintains(sibling)).isTrue();
        assertThat(scope.reads(UUID.randomUUID(), sibling)).isTrue();
        assertThat(scope.maintainsAny()).isTrue();
    }

    @Test
    void anOfficerMaintainsTheirSubtreeOnly() {
        AccessScope scope = new AccessScope(false, false, Set.of(branch), Set.of());

        assertThat(scope.maintains(branch)).isTrue();
        assertThat(scope.maintains(sibling)).isFalse();
        assertThat(scope.maintains(null)).isFalse();
        assertThat(scope.reads(UUID.randomUUID(), branch)).isTrue();
        assertThat(scope.reads(UUID.randomUUID(), sibling)).isFalse();
        assertThat(scope.maintainsAny()).isTrue();
    }

    @Test
    void aMemberReadsTheirOwnArchiveWherEverItIsButMaintainsNothing() {
        AccessScope scope = new AccessScope(false, false, Set.of(), Set.of(ownMember));

        assertThat(scope.reads(ownMember, sibling)).isTrue();
        assertThat(scope.reads(UUID.randomUUID(), sibling)).isFalse();
        assertThat(scope.maintains(sibling)).isFalse();
        assertThat(scope.maintainsAny()).isFalse();
        assertThat(scope.isOwn(ownMember)).isTrue();
    }

    @Test
    void aCallerWithoutAssignmentReachesNothing() {
        AccessScope scope = new AccessScope(false, false, Set.of(), Set.of());

        assertThat(scope.reads(UUID.randomUUID(), branch)).isFalse();
        assertThat(scope.maintainsAny()).isFalse();
        assertThat(scope.requirePersonalData()).isSameAs(scope);
    }

    @Test
    void aCommitteeViewerIsRefusedPersonalData() {
        AccessScope scope = new AccessScope(false, true, Set.of(), Set.of());

        assertThatThrownBy(scope::requirePersonalData)
                .isInstanceOfSatisfying(ProblemException.class, problem -> {
                    assertThat(problem.status().value()).isEqualTo(403);
                    assertThat(problem.type()).isEqualTo("personal-data-forbidden");
                });
    }
}
