package org.partycloud.affairs.member;

import java.time.LocalDate;
import java.time.Period;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.partycloud.platform.web.ProblemException;

/**
 * The age bands of the committees' statistics, by completed years on the platform calendar's today:
 * under 35, 35 to 45, 46 to 60, over 60. Public, with its birth-date bounds, for the nightly statistics.
 */
public enum AgeBand {
    LT35("lt35", 0, 34), FROM35TO45("35-45", 35, 45), FROM46TO60("46-60", 46, 60), GT60("gt60", 61, 200);

    private final String code;
    private final int minAge;
    private final int maxAge;

    AgeBand(String code, int minAge, int maxAge) {
        this.code = code;
        this.minAge = minAge;
        this.maxAge = maxAge;
    }

    static AgeBand fromCode(String code) {
        return Arrays.stream(values()).filter(b -> b.code.equals(code)).findFirst()
                .orElseThrow(() -> ProblemException.invalidField("ageBand", "must be one of "
                        + Arrays.stream(values()).map(b -> b.code).collect(Collectors.joining(", "))));
    }

    static AgeBand of(LocalDate birthDate, LocalDate today) {
        int age = Period.between(birthDate, today).getYears();
        return Arrays.stream(values()).filter(b -> age >= b.minAge && age <= b.maxAge).findFirst().orElse(GT60);
    }

    String code() {
        return code;
    }

    /** The earliest birth date in the band today (born on it: exactly maxAge + 1 years less a day). */
    public LocalDate bornOnOrAfter(LocalDate today) {
        return today.minusYears(maxAge + 1L).plusDays(1);
    }

    /** The latest birth date in the band today (born on it: exactly minAge years old). */
    public LocalDate bornOnOrBefore(LocalDate today) {
        return today.minusYears(minAge);
    }
}
