package org.partycloud.gateway;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Mono;

/**
 * Remembers tokens it has verified until they expire. A browser session and an API client send the same access
 * token for minutes, and verifying it (parsing, RSA signature, claims) was the gateway's largest own cost per
 * request in the gateway benchmark. Only a token that passed the delegate's full validation is remembered, under
 * its exact text, and only until its {@code exp}; the map is bounded (expired entries go first, then all).
 */
class CachingJwtDecoder implements ReactiveJwtDecoder {

    private final ReactiveJwtDecoder delegate;
    private final Clock clock;
    private final int maxEntries;
    private final Map<String, Jwt> verified = new ConcurrentHashMap<>();

    CachingJwtDecoder(ReactiveJwtDecoder delegate, Clock clock, int maxEntries) {
        this.delegate = delegate;
        this.clock = clock;
        this.maxEntries = maxEntries;
    }

    @Override
    public Mono<Jwt> decode(String token) {
        Jwt known = verified.get(token);
        if (known != null) {
            if (isLive(known, clock.instant())) {
                return Mono.just(known);
            }
            verified.remove(token);
        }
        return delegate.decode(token).doOnNext(jwt -> remember(token, jwt));
    }

    private void remember(String token, Jwt jwt) {
        Instant now = clock.instant();
        if (jwt.getExpiresAt() == null || !isLive(jwt, now)) {
            return;
        }
        if (verified.size() >= maxEntries) {
            verified.values().removeIf(cached -> !isLive(cached, now));
            if (verified.size() >= maxEntries) {
                verified.clear();
            }
        }
        verified.put(token, jwt);
    }

    private static boolean isLive(Jwt jwt, Instant now) {
        return jwt.getExpiresAt() != null && now.isBefore(jwt.getExpiresAt());
    }

    int size() {
        return verified.size();
    }
}
