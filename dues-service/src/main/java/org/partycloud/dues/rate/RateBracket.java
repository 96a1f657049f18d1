package org.partycloud.dues.rate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.UUID;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.partycloud.platform.web.ProblemException;

/**
 * One bracket of the dues table: for a payer category and a band of the monthly base (lower bound
 * exclusive, upper bound inclusive, either open), either a percentage of the base or a fixed amount a month.
 * Rows are created by the seeder (ids from the database); the tenant admin changes the rate or amount.
 */
@Entity
@Table(name = "rate_bracket")
class RateBracket {

    /** Money is kept to the fen (0.01 yuan); rates to a hundredth of a percent. */
    static final int SCALE = 2;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @Id
    private UUID id;

    /** Stable name of the national default this row came from, so seeding again recognises it. */
    private String code;

    @Enumerated(EnumType.STRING)
    private PayerCategory category;

    private BigDecimal lowerBound;

    private BigDecimal upperBound;

    private BigDecimal ratePercent;

    private BigDecimal fixedAmount;

    private Instant updatedAt;

    @Version
    private long version;

    protected RateBracket() {
    }

    static RateBracket percentage(String code, PayerCategory category, String lowerBound, String upperBound,
            String ratePercent) {
        RateBracket bracket = new RateBracket(code, category);
        bracket.lowerBound = lowerBound == null ? null : money(new BigDecimal(lowerBound));
        bracket.upperBound = upperBound == null ? null : money(new BigDecimal(upperBound));
        bracket.ratePercent = money(new BigDecimal(ratePercent));
        return bracket;
    }

    static RateBracket fixed(String code, PayerCategory category, String amount) {
        RateBracket bracket = new RateBracket(code, category);
        bracket.fixedAmount = money(new BigDecimal(amount));
        return bracket;
    }

    private RateBracket(String code, PayerCategory category) {
        this.code = code;
        this.category = category;
    }

    boolean isPercentage() {
        return ratePercent != null;
    }

    /**
     * Sets the new rate of a percentage bracket or the new amount of a fixed one. Giving the other value, or
     * none, is refused: a bracket does not change kind. Ranges and scale are checked on the request.
     */
    void change(RateBracketChange change, Instant now) {
        if (isPercentage()) {
            require(change.fixedAmount() == null, "fixedAmount", "this bracket is a percentage of the base: change ratePercent");
            require(change.ratePercent() != null, "ratePercent", "must not be null");
            ratePercent = money(change.ratePercent());
        } else {
            require(change.ratePercent() == null, "ratePercent", "this bracket is a fixed amount: change fixedAmount");
            require(change.fixedAmount() != null, "fixedAmount", "must not be null");
            fixedAmount = money(change.fixedAmount());
        }
        updatedAt = now;
    }

    /** Whether a monthly base falls in this bracket's band (a fixed bracket applies to any base). */
    boolean covers(BigDecimal base) {
        return (lowerBound == null || base.compareTo(lowerBound) > 0)
                && (upperBound == null || base.compareTo(upperBound) <= 0);
    }

    /** The month's dues on a base, rounded half-up to the fen (the national default rounding). */
    BigDecimal monthlyDues(BigDecimal base) {
        if (!isPercentage()) {
            return fixedAmount;
        }
        return base.multiply(ratePercent).divide(HUNDRED, SCALE, RoundingMode.HALF_UP);
    }

    private static void require(boolean condition, String field, String message) {
        if (!condition) {
            throw ProblemException.invalidField(field, message);
        }
    }

    /** Request validation allows at most two decimals, so this never rounds; it only evens out 1.5 and 1.50. */
    private static BigDecimal money(BigDecimal value) {
        return value.setScale(SCALE, RoundingMode.UNNECESSARY);
    }

    UUID id() {
        return id;
    }

    String code() {
        return code;
    }

    PayerCategory category() {
        return category;
    }

    BigDecimal lowerBound() {
        return lowerBound;
    }

    BigDecimal upperBound() {
        return upperBound;
    }

    BigDecimal ratePercent() {
        return ratePercent;
    }

    BigDecimal fixedAmount() {
        return fixedAmount;
    }

    Instant updatedAt() {
        return updatedAt;
    }

    long version() {
        return version;
    }
}
