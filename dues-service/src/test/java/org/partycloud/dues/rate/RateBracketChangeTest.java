package org.partycloud.dues.rate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.stream.Collectors;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.partycloud.platform.testsupport.TestValidation;
import org.junit.jupiter.api.Test;

class RateBracketChangeTest {

    private static final Validator VALIDATOR = TestValidation.validator();

    @Test
    void acceptsRatesFromZeroToOneHundredPercentWithTwoDecimals() {
        assertThat(invalidFields(RateBracketTestData.rate("0"))).isEmpty();
        assertThat(invalidFields(RateBracketTestData.rate("100"))).isEmpty();
        assertThat(invalidFields(RateBracketTestData.rate("1.25"))).isEmpty();
    }

    @Test
    void refusesRatesOutsideZeroToOneHundredOrWithMoreDecimals() {
        assertThat(invalidFields(RateBracketTestData.rate("100.01"))).containsExactly("ratePercent");
        assertThat(invalidFields(RateBracketTestData.rate("-0.01"))).containsExactly("ratePercent");
        assertThat(invalidFields(RateBracketTestData.rate("1.255"))).containsExactly("ratePercent");
    }

    @Test
    void refusesNegativeAmountsAndFractionsOfAFen() {
        assertThat(invalidFields(RateBracketTestData.amount("0.00"))).isEmpty();
        assertThat(invalidFields(RateBracketTestData.amount("-0.01"))).containsExactly("fixedAmount");
        assertThat(invalidFields(RateBracketTestData.amount("0.205"))).containsExactly("fixedAmount");
    }

    private static Set<String> invalidFields(RateBracketChange change) {
        return VALIDATOR.validate(change).stream().map(ConstraintViolation::getPropertyPath).map(Object::toString)
                .collect(Collectors.toSet());
    }
}
