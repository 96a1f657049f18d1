package org.partycloud.gateway;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;

/**
 * The gateway's two Keycloak clients ({@code partycloud.gateway.keycloak.*}), built from the realm's issuer URL
 * and Keycloak's fixed endpoint paths, so that the gateway starts without asking Keycloak anything (no discovery
 * call at start-up; the resource server reads the keys lazily too).
 *
 * @param issuerUri the realm URL, e.g. {@code http://localhost:8180/realms/partycloud}
 * @param login the confidential client browsers log in with (authorization code + PKCE)
 * @param service the service account that reads the tenant feed (client credentials)
 * @param scopes what the login asks for; {@code organization:*} puts every tenant of the user in the tokens
 */
@ConfigurationProperties("partycloud.gateway.keycloak")
record KeycloakClients(String issuerUri, Client login, Client service, String scopes) {

    /** Registration id of the browser login: {@code /oauth2/authorization/keycloak} starts it. */
    static final String LOGIN = "keycloak";
    /** Registration id of the service account. */
    static final String SERVICE = "partycloud-internal";

    KeycloakClients {
        issuerUri = issuerUri == null ? null : issuerUri.replaceAll("/+$", "");
        scopes = scopes == null || scopes.isBlank() ? "openid profile email organization:*" : scopes;
    }

    record Client(String id, String secret) {
    }

    private String endpoint(String path) {
        return issuerUri + "/protocol/openid-connect/" + path;
    }

    ClientRegistration loginRegistration() {
        return ClientRegistration.withRegistrationId(LOGIN)
                .clientId(login.id())
                .clientSecret(login.secret())
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                .scope(scopes.trim().split("\\s+"))
                .issuerUri(issuerUri)
                .authorizationUri(endpoint("auth"))
                .tokenUri(endpoint("token"))
                .userInfoUri(endpoint("userinfo"))
                .jwkSetUri(endpoint("certs"))
                .userNameAttributeName("preferred_username")
                .providerConfigurationMetadata(Map.of("issuer", issuerUri, "end_session_endpoint", endpoint("logout")))
                .clientName("Keycloak")
                .build();
    }

    ClientRegistration serviceRegistration() {
        return ClientRegistration.withRegistrationId(SERVICE)
                .clientId(service.id())
                .clientSecret(service.secret())
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                .issuerUri(issuerUri)
                .tokenUri(endpoint("token"))
                .build();
    }
}
