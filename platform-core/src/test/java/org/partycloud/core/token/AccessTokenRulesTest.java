package org.partycloud.core.token;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AccessTokenRulesTest {

    @Test
    void anAccessTokenForThePlatformPasses() {
        assertThat(AccessTokenRules.violations(Map.of("typ", "Bearer", "aud", List.of("partycloud-api", "account"))))
                .isEmpty();
        assertThat(AccessTokenRules.violations(Map.of("typ", "Bearer", "aud", "partycloud-api"))).isEmpty();
    }

    @Test
    void anIdTokenIsRefusedByItsTypeAndItsAudience() {
        assertThat(AccessTokenRules.violations(Map.of("typ", "ID", "aud", "partycloud-cli")))
                .hasSize(2).anySatisfy(v -> assertThat(v).contains("typ 'ID'"));
    }

    @Test
    void aRefreshTokenOrATokenWithoutTypeIsRefused() {
        assertThat(AccessTokenRules.violations(Map.of("typ", "Refresh", "aud", "partycloud-api"))).hasSize(1);
        assertThat(AccessTokenRules.violations(Map.of("aud", "partycloud-api"))).hasSize(1);
    }

    @Test
    void anAccessTokenForAnotherAudienceIsRefused() {
        assertThat(AccessTokenRules.violations(Map.of("typ", "Bearer", "aud", List.of("account"))))
                .containsExactly("not meant for the platform (audience lacks partycloud-api)");
        assertThat(AccessTokenRules.violations(Map.of("typ", "Bearer"))).hasSize(1);
    }
}
