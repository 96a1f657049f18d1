package org.partycloud.tenant.registry;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.partycloud.core.tenant.TenantKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The tenant admin's one-time password, kept only between the registration (whose answer shows it once) and
 * the creation of the Keycloak user, which must change it at first login.
 */
@Component
public class OneTimePasswords {

    private static final Logger log = LoggerFactory.getLogger(OneTimePasswords.class);
    // No look-alikes (0/O, 1/l/I) so that a password read aloud or copied from a screen works.
    private static final String UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final String LOWER = "abcdefghijkmnopqrstuvwxyz";
    private static final String DIGITS = "23456789";
    private static final String SYMBOLS = "!@#$%*+-=?";
    private static final int LENGTH = 16;

    private final SecureRandom random = new SecureRandom();
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Duration ttl;

    OneTimePasswords(JdbcTemplate jdbc, Clock clock,
            @Value("${partycloud.provisioning.one-time-password-ttl:7d}") Duration ttl) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.ttl = ttl;
    }

    /** Generates and stores the password, in the caller's transaction. */
    String issue(TenantKey key) {
        String password = generate();
        jdbc.update("INSERT INTO platform.tenant_admin_password (tenant_key, password, created_at, expires_at) "
                + "VALUES (?, ?, ?, ?)", key.value(), password, Timestamp.from(clock.instant()),
                Timestamp.from(clock.instant().plus(ttl)));
        return password;
    }

    public Optional<String> find(TenantKey key) {
        return jdbc.query("SELECT password FROM platform.tenant_admin_password WHERE tenant_key = ? AND expires_at > ?",
                rs -> rs.next() ? Optional.of(rs.getString(1)) : Optional.empty(), key.value(),
                Timestamp.from(clock.instant()));
    }

    /** Forgets the password once the account that uses it exists. */
    public void discard(TenantKey key) {
        jdbc.update("DELETE FROM platform.tenant_admin_password WHERE tenant_key = ?", key.value());
    }

    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT1M")
    void purgeExpired() {
        int purged = jdbc.update("DELETE FROM platform.tenant_admin_password WHERE expires_at <= ?",
                Timestamp.from(clock.instant()));
        if (purged > 0) {
            log.info("Purged {} unused one-time admin password(s)", purged);
        }
    }

    /** A fresh password of the same strength, not stored: for callers that hand it on at once. */
    public String generate() {
        List<Character> chars = new ArrayList<>(LENGTH);
        chars.add(pick(UPPER));
        chars.add(pick(LOWER));
        chars.add(pick(DIGITS));
        chars.add(pick(SYMBOLS));
        String all = UPPER + LOWER + DIGITS + SYMBOLS;
        while (chars.size() < LENGTH) {
            chars.add(pick(all));
        }
        Collections.shuffle(chars, random);
        StringBuilder password = new StringBuilder(LENGTH);
        chars.forEach(password::append);
        return password.toString();
    }

    private char pick(String alphabet) {
        return alphabet.charAt(random.nextInt(alphabet.length()));
    }
}
