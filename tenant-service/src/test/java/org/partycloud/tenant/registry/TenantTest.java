package org.partycloud.tenant.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.partycloud.tenant.registry.TenantTestData.NOW;
import static org.partycloud.tenant.registry.TenantTestData.TODAY;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.partycloud.core.tenant.TenantStatus;
import org.partycloud.platform.web.ProblemException;
import org.springframework.http.HttpStatus;

class TenantTest {

    @Test
    void registeredTenantIsProvisioningWithEveryModuleOfItsPlanAndAnnouncesIt() {
        Tenant tenant = TenantTestData.provisioning();

        assertThat(tenant.status()).isEqualTo(TenantStatus.PROVISIONING);
        assertThat(tenant.modules()).isEqualTo(TenantTestData.BASIC.modules());
        assertThat(tenant.adminUsername()).isEqualTo("acme-admin");
        assertThat(tenant.pendingEvents()).singleElement().isInstanceOfSatisfying(TenantChanged.class,
                e -> assertThat(e.status()).isEqualTo(TenantStatus.PROVISIONING));
    }

    @Test
    void activationClearsAFormerFailure() {
        Tenant tenant = TenantTestData.failed();
        tenant.retry(NOW);
        assertThat(tenant.failureReason()).isNull();

        tenant.activate(NOW);

        assertThat(tenant.status()).isEqualTo(TenantStatus.ACTIVE);
        assertThat(tenant.activatedAt()).isEqualTo(NOW);
    }

    @Test
    void failureKeepsTheStepAndTheReason() {
        Tenant tenant = TenantTestData.failed();

        assertThat(tenant.status()).isEqualTo(TenantStatus.FAILED);
        assertThat(tenant.failedStep()).isEqualTo("service:affairs");
        assertThat(tenant.failureReason()).contains("could not be reached");
    }

    @Test
    void overlongFailureReasonIsCutToFitTheColumn() {
        Tenant tenant = TenantTestData.provisioning();
        tenant.fail("keycloak:organization", "x".repeat(5000), NOW);
        assertThat(tenant.failureReason()).hasSize(Tenant.REASON_LENGTH);
    }

    @Test
    void onlyAFailedTenantCanBeRetried() {
        for (Tenant tenant : List.of(TenantTestData.provisioning(), TenantTestData.active(),
                TenantTestData.suspended(), TenantTestData.deleting())) {
            assertConflict(() -> tenant.retry(NOW));
        }
    }

    @Test
    void suspensionKeepsTheReasonAndResumptionClearsIt() {
        Tenant tenant = TenantTestData.suspended();
        assertThat(tenant.status()).isEqualTo(TenantStatus.SUSPENDED);
        assertThat(tenant.suspensionReason()).isEqualTo("欠费 unpaid invoice");

        tenant.resume(TODAY, NOW);

        assertThat(tenant.status()).isEqualTo(TenantStatus.ACTIVE);
        assertThat(tenant.suspensionReason()).isNull();
    }

    @Test
    void onlyAnActiveTenantCanBeSuspended() {
        assertConflict(() -> TenantTestData.provisioning().suspend("x", NOW));
        assertConflict(() -> TenantTestData.suspended().suspend("again", NOW));
        assertConflict(() -> TenantTestData.failed().suspend("x", NOW));
    }

    @Test
    void aSuspendedTenantWhoseSubscriptionEndedCannotResumeUntilRenewed() {
        Tenant tenant = TenantTestData.suspended();
        var afterEnd = tenant.subscriptionEnd().plusDays(1);

        assertThatThrownBy(() -> tenant.resume(afterEnd, NOW)).isInstanceOfSatisfying(ProblemException.class,
                e -> assertThat(e.type()).isEqualTo("subscription-ended"));

        tenant.renew(afterEnd.plusYears(1), afterEnd, NOW);
        tenant.resume(afterEnd, NOW);
        assertThat(tenant.status()).isEqualTo(TenantStatus.ACTIVE);
    }

    @Test
    void expiresOnlyAfterTheLastDayOfTheSubscription() {
        Tenant tenant = TenantTestData.active();
        var lastDay = tenant.subscriptionEnd();

        assertThatThrownBy(() -> tenant.expire(lastDay, NOW)).isInstanceOfSatisfying(ProblemException.class,
                e -> assertThat(e.type()).isEqualTo("subscription-running"));
        tenant.expire(lastDay.plusDays(1), NOW);

        assertThat(tenant.status()).isEqualTo(TenantStatus.EXPIRED);
    }

    @Test
    void renewalServesAnExpiredTenantAgain() {
        Tenant tenant = TenantTestData.active();
        var dayAfterEnd = tenant.subscriptionEnd().plusDays(1);
        tenant.expire(dayAfterEnd, NOW);

        tenant.renew(dayAfterEnd.plusYears(1), dayAfterEnd, NOW);

        assertThat(tenant.status()).isEqualTo(TenantStatus.ACTIVE);
        assertThat(tenant.subscriptionEnd()).isEqualTo(dayAfterEnd.plusYears(1));
    }

    @Test
    void renewalToAPastDateIsRefused() {
        Tenant tenant = TenantTestData.active();
        assertThatThrownBy(() -> tenant.renew(TODAY.minusDays(1), TODAY, NOW))
                .isInstanceOfSatisfying(ProblemException.class,
                        e -> assertThat(e.status()).isEqualTo(HttpStatus.BAD_REQUEST));
    }

    @Test
    void deletionStartsFromAnySettledStateButNotDuringProvisioning() {
        for (Tenant tenant : List.of(TenantTestData.active(), TenantTestData.suspended(), TenantTestData.failed(),
                TenantTestData.deleting())) {
            tenant.startDeletion(NOW);
            assertThat(tenant.status()).isEqualTo(TenantStatus.DELETING);
        }
        assertConflict(() -> TenantTestData.provisioning().startDeletion(NOW));
    }

    @Test
    void aDeletedTenantKeepsNothingButItsRowAndAllowsNoFurtherChange() {
        Tenant tenant = TenantTestData.deleting();
        tenant.markDeleted(NOW);

        assertThat(tenant.status()).isEqualTo(TenantStatus.DELETED);
        assertThat(tenant.modules()).isEmpty();
        assertThat(tenant.keycloakOrganizationId()).isNull();
        assertConflict(() -> tenant.startDeletion(NOW));
        assertConflict(() -> tenant.retry(NOW));
        assertConflict(() -> tenant.renew(TODAY.plusYears(2), TODAY, NOW));
    }

    @Test
    void onlyADeletingTenantCanBeMarkedDeleted() {
        assertConflict(() -> TenantTestData.active().markDeleted(NOW));
    }

    @Test
    void modulesSwitchOnlyWithinThePlanAndEachChangeIsAnnounced() {
        Tenant tenant = TenantTestData.active();
        int events = tenant.pendingEvents().size();

        assertThat(tenant.switchModule("info.notices", false, TenantTestData.BASIC, NOW)).isTrue();
        assertThat(tenant.switchModule("info.notices", false, TenantTestData.BASIC, NOW)).isFalse();
        assertThat(tenant.modules()).doesNotContain("info.notices");
        assertThat(tenant.pendingEvents()).hasSize(events + 1);
        assertThat(tenant.pendingEvents()).last().isInstanceOfSatisfying(TenantChanged.class,
                e -> assertThat(e.modules()).doesNotContain("info.notices"));

        assertThatThrownBy(() -> tenant.switchModule("learning.exams", true, TenantTestData.BASIC, NOW))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.status()).isEqualTo(HttpStatus.CONFLICT);
                    assertThat(e.type()).isEqualTo("module-not-in-plan");
                });
    }

    private static void assertConflict(Runnable transition) {
        assertThatThrownBy(transition::run).isInstanceOfSatisfying(ProblemException.class, e -> {
            assertThat(e.status()).isEqualTo(HttpStatus.CONFLICT);
            assertThat(e.type()).isEqualTo("illegal-tenant-transition");
        });
    }
}
