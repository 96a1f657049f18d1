package org.partycloud.dues.rate;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class NationalDefaultRateBracketsTest {

    private static final List<RateBracket> DEFAULTS = NationalDefaultRateBrackets.defaults();

    @Test
    void employedMemberPaysByTheBracketOfTheirBaseWithUpperBoundsInclusive() {
        assertThat(dues(PayerCategory.EMPLOYED, "3000")).hasToString("15.00");
        assertThat(dues(PayerCategory.EMPLOYED, "3000.01")).hasToString("30.00");
        assertThat(dues(PayerCategory.EMPLOYED, "5000")).hasToString("50.00");
        assertThat(dues(PayerCategory.EMPLOYED, "10000")).hasToString("150.00");
        assertThat(dues(PayerCategory.EMPLOYED, "12000")).hasToString("240.00");
    }

    @Test
    void retiredMemberPaysHalfAPercentUpToFiveThousandAndOnePercentAbove() {
        assertThat(dues(PayerCategory.RETIRED, "5000")).hasToString("25.00");
        assertThat(dues(PayerCategory.RETIRED, "6000")).hasToString("60.00");
    }

    @Test
    void studentsUnemployedAndMembersOnReliefPayTwentyFenAMonth() {
        for (PayerCategory category : List.of(PayerCategory.STUDENT, PayerCategory.UNEMPLOYED, PayerCategory.RELIEF)) {
            assertThat(dues(category, "0")).as(category.json()).hasToString("0.20");
        }
    }

    @Test
    void everyBaseFallsInExactlyOneBracketOfItsCategory() {
        for (PayerCategory category : PayerCategory.values()) {
            for (String base : List.of("0", "0.01", "2999.99", "3000", "4999.99", "5000", "5000.01", "10000", "99999")) {
                assertThat(inCategory(category).filter(b -> b.covers(new BigDecimal(base))).count())
                        .as("%s at %s", category, base).isEqualTo(1);
            }
        }
    }

    @Test
    void codesAreUniqueSoSeedingCanRecogniseThem() {
        assertThat(DEFAULTS.stream().map(RateBracket::code).distinct().count()).isEqualTo(DEFAULTS.size());
    }

    private static BigDecimal dues(PayerCategory category, String base) {
        BigDecimal amount = new BigDecimal(base);
        return inCategory(category).filter(b -> b.covers(amount)).findFirst().orElseThrow().monthlyDues(amount);
    }

    private static Stream<RateBracket> inCategory(PayerCategory category) {
        return DEFAULTS.stream().filter(b -> b.category() == category);
    }
}
