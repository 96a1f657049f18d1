package org.partycloud.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;

class AccessTokenValidatorTest {

    private static final String ISSUER = "http://localhost:8180/realms/partycloud";
    private final OAuth2TokenValidator<Jwt> validator = AccessTokenValidator.forIssuer(ISSUER);

    private static Jwt.Builder token(String type, List<String> audience, Instant expiresAt) {
        return Jwt.withTokenValue("t").header("alg", "RS256").subject("u1").issuer(ISSUER).claim("typ", type)
                .audience(audience).issuedAt(expiresAt.minusSeconds(300)).expiresAt(expiresAt);
    }

    @Test
    void anAccessTokenForThePlatformIsValid() {
        Jwt jwt = token("Bearer", List.of("partycloud-api", "account"), Instant.now().plusSeconds(60)).build();
        assertThat(validator.validate(jwt).hasErrors()).isFalse();
    }

    @Test
    void anIdTokenIsInvalid() {
        Jwt jwt = token("ID", List.of("partycloud-cli"), Instant.now().plusSeconds(60)).build();
        assertThat(validator.validate(jwt).getErrors()).extracting(e -> e.getDescription())
                .anySatisfy(d -> assertThat(d).contains("not an access token"));
    }

    @Test
    void aTokenForAnotherAudienceIsInvalid() {
        Jwt jwt = token("Bearer", List.of("account"), Instant.now().plusSeconds(60)).build();
        assertThat(validator.validate(jwt).hasErrors()).isTrue();
    }

    @Test
    void anExpiredTokenIsInvalidAfterAFewSecondsNotAMinute() {
        Jwt justExpired = token("Bearer", List.of("partycloud-api"), Instant.now().minusSeconds(2)).build();
        assertThat(validator.validate(justExpired).hasErrors()).as("within the 5 s skew").isFalse();
        Jwt expired = token("Bearer", List.of("partycloud-api"), Instant.now().minusSeconds(20)).build();
        assertThat(validator.validate(expired).hasErrors()).as("20 s after exp (the default skew is 60 s)").isTrue();
    }

    @Test
    void aTokenOfAnotherIssuerIsInvalid() {
        Jwt jwt = Jwt.withTokenValue("t").header("alg", "RS256").subject("u1").issuer("http://evil.example/realms/x")
                .claim("typ", "Bearer").audience(List.of("partycloud-api")).issuedAt(Instant.now())
                .expiresAt(Instant.now().plusSeconds(60)).build();
        assertThat(validator.validate(jwt).hasErrors()).isTrue();
    }
}
