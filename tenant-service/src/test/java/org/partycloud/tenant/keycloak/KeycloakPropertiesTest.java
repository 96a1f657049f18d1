package org.partycloud.tenant.keycloak;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class KeycloakPropertiesTest {

    @Test
    void adminApiIsDerivedFromTheIssuer() {
        assertThat(new KeycloakProperties("http://localhost:8180/realms/partycloud", null).adminBase())
                .isEqualTo("http://localhost:8180/admin/realms/partycloud");
    }

    @Test
    void anExplicitAdminAddressWins() {
        assertThat(new KeycloakProperties("https://sso.example.cn/realms/partycloud",
                "http://keycloak.internal:8080/admin/realms/partycloud/").adminBase())
                .isEqualTo("http://keycloak.internal:8080/admin/realms/partycloud");
    }
}
