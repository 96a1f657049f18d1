package org.partycloud.affairs.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.partycloud.affairs.audit.Actor;
import org.partycloud.platform.web.ProblemException;

class CorrectionRequestTest {

    private static final Instant NOW = Instant.parse("2026-11-23T17:00:00Z");
    private final Actor secretary = new Actor("kc-secretary", "王书记");

    @Test
    void anApprovalRecordsWhoDecidedAndWhen() {
        CorrectionRequest request = pending();

        request.approve(secretary, " ", NOW);

        assertThat(request.status()).isEqualTo(CorrectionRequest.Status.APPROVED);
        assertThat(request.decidedBy()).isEqualTo("kc-secretary");
        assertThat(request.decidedByName()).isEqualTo("王书记");
        assertThat(request.decidedAt()).isEqualTo(NOW);
        assertThat(request.decisionReason()).isNull();
    }

    @Test
    void aDecidedRequestCannotBeDecidedAgain() {
        CorrectionRequest approved = pending();
        approved.approve(secretary, null, NOW);
        CorrectionRequest rejected = pending();
        rejected.reject(secretary, "请提供证明", NOW);

        assertThatThrownBy(() -> approved.reject(secretary, "改主意", NOW)).isInstanceOfSatisfying(
                ProblemException.class, problem -> assertThat(problem.type()).isEqualTo("correction-already-decided"));
        assertThatThrownBy(() -> rejected.approve(secretary, null, NOW)).isInstanceOf(ProblemException.class);
        assertThat(rejected.decisionReason()).isEqualTo("请提供证明");
    }

    private static CorrectionRequest pending() {
        return new CorrectionRequest(UUID.randomUUID(), "{\"phone\":\"1\"}", "换号", "kc-member", NOW);
    }
}
