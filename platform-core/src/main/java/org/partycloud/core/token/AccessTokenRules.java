package org.partycloud.core.token;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * What makes a signed Keycloak token an access token meant for the platform, beyond its signature, issuer and
 * lifetime: its type is {@value #ACCESS_TOKEN_TYPE} (an ID token says {@code ID}, a refresh token {@code Refresh}),
 * and its audience names {@value #AUDIENCE} (the realm's {@code partycloud-api} client scope adds it to the access
 * tokens of the platform's clients, never to ID tokens). The gateway and every service check the same rules.
 */
public final class AccessTokenRules {

    public static final String ACCESS_TOKEN_TYPE = "Bearer";
    public static final String AUDIENCE = "partycloud-api";
    /** Clock skew allowed on {@code exp} and {@code nbf}: a few seconds, not the libraries' default minute. */
    public static final Duration CLOCK_SKEW = Duration.ofSeconds(5);

    private AccessTokenRules() {
    }

    /** Why the claims are not those of an access token for the platform; empty when they are. */
    public static List<String> violations(Map<String, Object> claims) {
        List<String> violations = new ArrayList<>();
        Object type = claims.get("typ");
        if (!ACCESS_TOKEN_TYPE.equals(type)) {
            violations.add("not an access token (typ " + (type == null ? "missing" : "'" + type + "'") + ")");
        }
        if (!audienceNamesPlatform(claims.get("aud"))) {
            violations.add("not meant for the platform (audience lacks " + AUDIENCE + ")");
        }
        return violations;
    }

    private static boolean audienceNamesPlatform(Object audience) {
        if (audience instanceof String single) {
            return AUDIENCE.equals(single);
        }
        return audience instanceof Collection<?> many && many.stream().anyMatch(AUDIENCE::equals);
    }
}
