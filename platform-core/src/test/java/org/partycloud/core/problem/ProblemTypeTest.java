package org.partycloud.core.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ProblemTypeTest {

    @Test
    void aTypeIsAUrnOfItsSlug() {
        assertThat(ProblemTypes.TENANT_NOT_MEMBER.uri()).isEqualTo("urn:partycloud:problem:tenant-not-member");
        assertThat(ProblemTypes.tenantNotServed("EXPIRED").slug()).isEqualTo("tenant-expired");
    }

    @Test
    void aStatusWithoutItsOwnTypeIsNamedAfterItsReasonPhrase() {
        assertThat(ProblemTypes.forStatus(405, "Method Not Allowed").slug()).isEqualTo("method-not-allowed");
        assertThat(ProblemTypes.forStatus(415, "Unsupported Media Type").uri())
                .isEqualTo("urn:partycloud:problem:unsupported-media-type");
    }

    @Test
    void onlyErrorsWithWellFormedSlugsAreProblems() {
        assertThatThrownBy(() -> new ProblemType(200, "ok", "OK")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ProblemType(400, "Bad Slug", "x")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aDomainRefusalBecomesTheProblemOfItsKind() {
        DomainException e = new DomainException(DomainException.Kind.CONFLICT, "illegal-status-change", "no")
                .with("from", "ACTIVE");
        assertThat(e.problemType()).isEqualTo(new ProblemType(409, "illegal-status-change", "冲突 Conflict"));
        assertThat(e.properties()).containsEntry("from", "ACTIVE");
    }
}
