package org.partycloud.dues.rate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;
import org.partycloud.platform.web.ProblemException;
import org.springframework.http.HttpStatus;

class RateBracketTest {

    private static final Instant NOW = Instant.parse("2026-11-23T08:00:00Z");

    @Test
    void changesTheRateOfAPercentageBracketKeepingTwoDecimals() {
        RateBracket bracket = RateBracketTestData.employedUpTo3000();

        bracket.change(RateBracketTestData.rate("0.8"), NOW);

        assertThat(bracket.ratePercent()).isEqualByComparingTo("0.8").hasToString("0.80");
        assertThat(bracket.fixedAmount()).isNull();
        assertThat(bracket.updatedAt()).isEqualTo(NOW);
    }

    @Test
    void changesTheAmountOfAFixedBracket() {
        RateBracket bracket = RateBracketTestData.student();

        bracket.change(RateBracketTestData.amount("0.5"), NOW);

        assertThat(bracket.fixedAmount()).hasToString("0.50");
    }

    @Test
    void refusesAFixedAmountForAPercentageBracket() {
        RateBracket bracket = RateBracketTestData.employedUpTo3000();

        assertThatThrownBy(() -> bracket.change(RateBracketTestData.amount("1.00"), NOW))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.status()).isEqualTo(HttpStatus.BAD_REQUEST);
                    assertThat(e.properties().get("errors")).asInstanceOf(InstanceOfAssertFactories.MAP).containsKey("fixedAmount");
                });
        assertThat(bracket.ratePercent()).hasToString("0.50");
    }

    @Test
    void refusesARateForAFixedBracket() {
        assertThatThrownBy(() -> RateBracketTestData.student().change(RateBracketTestData.rate("1"), NOW))
                .isInstanceOfSatisfying(ProblemException.class,
                        e -> assertThat(e.properties().get("errors")).asInstanceOf(InstanceOfAssertFactories.MAP).containsKey("ratePercent"));
    }

    @Test
    void refusesAChangeThatNamesNoValue() {
        assertThatThrownBy(() -> RateBracketTestData.employedUpTo3000().change(new RateBracketChange(null, null), NOW))
                .isInstanceOfSatisfying(ProblemException.class,
                        e -> assertThat(e.properties().get("errors")).isEqualTo(Map.of("ratePercent", "must not be null")));
    }

    @Test
    void upperBoundIsInclusiveAndLowerBoundExclusive() {
        RateBracket low = RateBracketTestData.employedUpTo3000();
        RateBracket next = RateBracketTestData.employed3000To5000();

        assertThat(low.covers(new BigDecimal("3000.00"))).isTrue();
        assertThat(next.covers(new BigDecimal("3000.00"))).isFalse();
        assertThat(next.covers(new BigDecimal("3000.01"))).isTrue();
        assertThat(RateBracketTestData.employedOver10000().covers(new BigDecimal("1000000"))).isTrue();
    }

    @Test
    void roundsDuesHalfUpToTheFen() {
        assertThat(RateBracketTestData.employedUpTo3000().monthlyDues(new BigDecimal("2345.00"))).hasToString("11.73");
        assertThat(RateBracketTestData.employed3000To5000().monthlyDues(new BigDecimal("3333.33"))).hasToString("33.33");
    }

    @Test
    void fixedBracketChargesItsAmountWhateverTheBase() {
        assertThat(RateBracketTestData.student().monthlyDues(new BigDecimal("800"))).hasToString("0.20");
    }
}
