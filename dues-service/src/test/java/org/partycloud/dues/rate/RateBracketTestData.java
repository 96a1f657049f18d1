package org.partycloud.dues.rate;

import java.math.BigDecimal;

/** Brackets and changes as the national table and a tenant admin would have them. */
final class RateBracketTestData {

    private RateBracketTestData() {
    }

    static RateBracket employedUpTo3000() {
        return RateBracket.percentage("employed-up-to-3000", PayerCategory.EMPLOYED, null, "3000", "0.5");
    }

    static RateBracket employed3000To5000() {
        return RateBracket.percentage("employed-3000-to-5000", PayerCategory.EMPLOYED, "3000", "5000", "1");
    }

    static RateBracket employedOver10000() {
        return RateBracket.percentage("employed-over-10000", PayerCategory.EMPLOYED, "10000", null, "2");
    }

    static RateBracket student() {
        return RateBracket.fixed("student", PayerCategory.STUDENT, "0.20");
    }

    static RateBracketChange rate(String percent) {
        return new RateBracketChange(new BigDecimal(percent), null);
    }

    static RateBracketChange amount(String yuan) {
        return new RateBracketChange(null, new BigDecimal(yuan));
    }
}
