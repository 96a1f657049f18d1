package org.partycloud.tenant.provisioning;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.nio.channels.ClosedChannelException;
import org.junit.jupiter.api.Test;
import org.springframework.web.client.ResourceAccessException;

class FailureReasonTest {

    @Test
    void anUnreachableServiceIsDescribedByTheChainOfCauses() {
        var connect = new ConnectException();
        connect.initCause(new ClosedChannelException());
        var failure = new ResourceAccessException("I/O error on PUT request", connect);

        assertThat(ProvisioningSaga.rootMessage(failure)).isEqualTo("ConnectException ← ClosedChannelException");
    }

    @Test
    void aFailureWithAMessageIsReportedByItsMessage() {
        assertThat(ProvisioningSaga.reason(new IllegalStateException("Keycloak refused to create user x: 409")))
                .isEqualTo("Keycloak refused to create user x: 409");
    }
}
