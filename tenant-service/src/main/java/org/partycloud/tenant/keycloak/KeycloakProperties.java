package org.partycloud.tenant.keycloak;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where Keycloak's admin API is. By default derived from the issuer: {@code …/realms/<realm>} becomes
 * {@code …/admin/realms/<realm>}.
 *
 * @param issuerUri the realm's issuer (shared with the resource server)
 * @param adminUri the realm's admin API, when it is reached under another address than the issuer
 */
@ConfigurationProperties("partycloud.keycloak")
record KeycloakProperties(String issuerUri, String adminUri) {

    String adminBase() {
        String base = adminUri != null && !adminUri.isBlank() ? adminUri : issuerUri.replaceFirst("/realms/", "/admin/realms/");
        return base.replaceAll("/+$", "");
    }
}
