package org.partycloud.platform.security;

import java.time.Duration;
import java.util.List;
import org.partycloud.core.token.AccessTokenRules;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;

/**
 * Accepts only access tokens meant for the platform ({@link AccessTokenRules}: type {@code Bearer}, audience
 * {@code partycloud-api}); an ID token, a refresh token or a token for another audience is refused like a token
 * with a bad signature (401).
 */
public final class AccessTokenValidator implements OAuth2TokenValidator<Jwt> {

    @Override
    public OAuth2TokenValidatorResult validate(Jwt token) {
        List<String> violations = AccessTokenRules.violations(token.getClaims());
        if (violations.isEmpty()) {
            return OAuth2TokenValidatorResult.success();
        }
        return OAuth2TokenValidatorResult.failure(violations.stream()
                .map(v -> new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN, "The token is " + v, null)).toList());
    }

    /** Everything a token of the realm must pass: issuer, lifetime with a few seconds of skew, type and audience. */
    public static OAuth2TokenValidator<Jwt> forIssuer(String issuer) {
        return forIssuer(issuer, AccessTokenRules.CLOCK_SKEW);
    }

    static OAuth2TokenValidator<Jwt> forIssuer(String issuer, Duration skew) {
        return new DelegatingOAuth2TokenValidator<>(new JwtIssuerValidator(issuer), new JwtTimestampValidator(skew),
                new AccessTokenValidator());
    }
}
