package org.partycloud.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Mono;

class CachingJwtDecoderTest {

    private static final Instant NOW = Instant.parse("2026-11-23T08:00:00Z");
    private final AtomicInteger verifications = new AtomicInteger();
    private Instant expiry = NOW.plus(Duration.ofMinutes(5));

    /** Verifies "good-…" tokens (expiring at {@link #expiry}) and refuses the rest, counting every call. */
    private final ReactiveJwtDecoder verifier = token -> {
        verifications.incrementAndGet();
        if (!token.startsWith("good")) {
            return Mono.error(new BadJwtException("bad signature"));
        }
        return Mono.just(Jwt.withTokenValue(token).header("alg", "RS256").subject(token).issuedAt(NOW)
                .expiresAt(expiry).build());
    };

    private CachingJwtDecoder at(Instant now, int max) {
        return new CachingJwtDecoder(verifier, Clock.fixed(now, ZoneOffset.UTC), max);
    }

    @Test
    void aTokenIsVerifiedOnceAndThenServedUntilItExpires() {
        CachingJwtDecoder decoder = at(NOW, 10);
        assertThat(decoder.decode("good-1").block().getSubject()).isEqualTo("good-1");
        assertThat(decoder.decode("good-1").block().getSubject()).isEqualTo("good-1");
        assertThat(verifications).hasValue(1);
        assertThat(decoder.decode("good-2").block().getSubject()).isEqualTo("good-2");
        assertThat(verifications).hasValue(2);
    }

    @Test
    void anExpiredTokenIsVerifiedAgainAndRefusedByTheVerifier() {
        CachingJwtDecoder early = at(NOW, 10);
        early.decode("good-1").block();
        // The same cache a little after the expiry: its entry is not used.
        CachingJwtDecoder late = new CachingJwtDecoder(token -> {
            verifications.incrementAndGet();
            return Mono.error(new BadJwtException("expired"));
        }, Clock.fixed(expiry.plusSeconds(1), ZoneOffset.UTC), 10);
        assertThatThrownBy(() -> late.decode("good-1").block()).isInstanceOf(BadJwtException.class);
        assertThat(late.size()).isZero();
    }

    @Test
    void aRefusedTokenIsNeverRemembered() {
        CachingJwtDecoder decoder = at(NOW, 10);
        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> decoder.decode("forged").block()).isInstanceOf(BadJwtException.class);
        }
        assertThat(verifications).hasValue(3);
        assertThat(decoder.size()).isZero();
    }

    @Test
    void theCacheStaysBounded() {
        CachingJwtDecoder decoder = at(NOW, 3);
        for (int i = 0; i < 10; i++) {
            decoder.decode("good-" + i).block();
        }
        assertThat(decoder.size()).isBetween(1, 3);
    }
}
