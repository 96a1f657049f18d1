package org.partycloud.tenant.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OneTimePasswordsTest {

    private final OneTimePasswords passwords = new OneTimePasswords(null, Clock.systemUTC(), Duration.ofDays(7));

    @Test
    void passwordsAreLongMixedAndNeverRepeat() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String password = passwords.generate();
            assertThat(password).hasSize(16).containsPattern("[A-Z]").containsPattern("[a-z]")
                    .containsPattern("[2-9]").containsPattern("[!@#$%*+\\-=?]").doesNotContainPattern("[0O1lI]");
            assertThat(seen.add(password)).isTrue();
        }
    }
}
