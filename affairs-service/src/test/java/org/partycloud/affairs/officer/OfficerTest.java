package org.partycloud.affairs.officer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.partycloud.platform.web.ProblemException;
import org.springframework.http.HttpStatus;

class OfficerTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    private static final Instant NOW = Instant.parse("2026-11-23T17:00:00Z");

    @Test
    void servesThreeYearsUnlessTheTermSaysOtherwise() {
        Officer officer = appoint(LocalDate.of(2026, 1, 10), null);

        assertThat(officer.termEnd()).isEqualTo(LocalDate.of(2029, 1, 10));
        assertThat(appoint(LocalDate.of(2026, 1, 10), LocalDate.of(2031, 1, 10)).termEnd())
                .isEqualTo(LocalDate.of(2031, 1, 10));
    }

    @Test
    void refusesATermLongerThanFiveYearsOrEndingBeforeItStarts() {
        assertThatThrownBy(() -> appoint(LocalDate.of(2026, 1, 10), LocalDate.of(2031, 1, 11)))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.properties().get("errors"))
                        .asString().contains("termEnd"));
        assertThatThrownBy(() -> appoint(LocalDate.of(2026, 1, 10), LocalDate.of(2026, 1, 10)))
                .isInstanceOf(ProblemException.class);
        assertThatThrownBy(() -> appoint(TODAY.plusYears(2), null)).isInstanceOf(ProblemException.class);
    }

    @Test
    void endsATermOnceAndNotBeforeItStarted() {
        Officer officer = appoint(LocalDate.of(2026, 1, 10), null);

        assertThatThrownBy(() -> officer.end(new TermEnd(LocalDate.of(2026, 1, 9), "调离"), NOW))
                .isInstanceOf(ProblemException.class);
        officer.end(new TermEnd(LocalDate.of(2026, 6, 1), " 调离 "), NOW);
        assertThat(officer.endedOn()).isEqualTo(LocalDate.of(2026, 6, 1));
        assertThat(officer.endReason()).isEqualTo("调离");
        assertThatThrownBy(() -> officer.end(new TermEnd(LocalDate.of(2026, 7, 1), "再次"), NOW))
                .isInstanceOfSatisfying(ProblemException.class,
                        e -> assertThat(e.status()).isEqualTo(HttpStatus.CONFLICT));
    }

    @Test
    void overlapsAnotherTermOnlyWhileServing() {
        Officer officer = appoint(LocalDate.of(2026, 1, 10), null);

        assertThat(officer.overlaps(LocalDate.of(2028, 12, 1), LocalDate.of(2031, 12, 1))).isTrue();
        assertThat(officer.overlaps(LocalDate.of(2029, 1, 10), LocalDate.of(2032, 1, 10))).isFalse();
        officer.end(new TermEnd(LocalDate.of(2026, 6, 1), "调离"), NOW);
        assertThat(officer.overlaps(LocalDate.of(2026, 6, 1), LocalDate.of(2029, 6, 1))).isFalse();
    }

    @Test
    void deputySecretariesMayBeSeveral() {
        assertThat(OfficerPosition.DEPUTY_SECRETARY.isSingle()).isFalse();
        assertThat(OfficerPosition.SECRETARY.isSingle()).isTrue();
    }

    private static Officer appoint(LocalDate start, LocalDate end) {
        return Officer.appoint(UUID.randomUUID(), new Appointment(UUID.randomUUID(), OfficerPosition.SECRETARY, start,
                end), TODAY, NOW);
    }
}
