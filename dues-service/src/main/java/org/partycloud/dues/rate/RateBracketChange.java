package org.partycloud.dues.rate;

import java.math.BigDecimal;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;

/**
 * The body of {@code PUT /api/dues/rate-brackets/{id}}: the new rate in percent of a percentage bracket,
 * or the new monthly amount in yuan of a fixed one.
 */
record RateBracketChange(
        @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2) BigDecimal ratePercent,
        @DecimalMin("0") @Digits(integer = 7, fraction = 2) BigDecimal fixedAmount) {
}
