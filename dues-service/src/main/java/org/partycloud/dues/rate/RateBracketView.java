package org.partycloud.dues.rate;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** A bracket as the API shows it; exactly one of ratePercent and fixedAmount is set. */
record RateBracketView(UUID id, String code, PayerCategory category, BigDecimal lowerBound, BigDecimal upperBound,
        BigDecimal ratePercent, BigDecimal fixedAmount, Instant updatedAt, long version) {

    static RateBracketView of(RateBracket bracket) {
        return new RateBracketView(bracket.id(), bracket.code(), bracket.category(), bracket.lowerBound(),
                bracket.upperBound(), bracket.ratePercent(), bracket.fixedAmount(), bracket.updatedAt(),
                bracket.version());
    }
}
