package org.partycloud.affairs.member;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A resident ID-card number (居民身份证号码) checked by GB 11643-1999: six digits of region, eight of birth
 * date, three of sequence whose last is odd for men and even for women, and a check digit (0–9 or X) over
 * the first seventeen. Its {@link #toString()} is the masked form, so it cannot leak into a log by accident.
 */
final class IdCardNumber {

    private static final Pattern SHAPE = Pattern.compile("^[1-9][0-9]{16}[0-9X]$");
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK_DIGITS = "10X98765432";
    private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);

    private final String value;
    private final LocalDate birthDate;
    private final Gender gender;

    private IdCardNumber(String value, LocalDate birthDate, Gender gender) {
        this.value = value;
        this.birthDate = birthDate;
        this.gender = gender;
    }

    /**
     * Reads a number as people type it (spaces around, a small x) and checks it.
     *
     * @throws InvalidIdCardNumberException naming what is wrong, in words a user can act on
     */
    static IdCardNumber parse(String input, LocalDate today) {
        String value = normalise(input);
        if (!SHAPE.matcher(value).matches()) {
            throw new InvalidIdCardNumberException("must be 18 characters: 17 digits and a digit or X");
        }
        if (checkDigit(value.substring(0, 17)) != value.charAt(17)) {
            throw new InvalidIdCardNumberException("check digit does not match (GB 11643)");
        }
        LocalDate birth;
        try {
            birth = LocalDate.of(Integer.parseInt(value.substring(6, 10)), Integer.parseInt(value.substring(10, 12)),
                    Integer.parseInt(value.substring(12, 14)));
        } catch (DateTimeException e) {
            throw new InvalidIdCardNumberException("contains an impossible birth date");
        }
        if (birth.isBefore(EARLIEST_BIRTH) || birth.isAfter(today)) {
            throw new InvalidIdCardNumberException("contains an impossible birth date");
        }
        Gender gender = (value.charAt(16) - '0') % 2 == 1 ? Gender.MALE : Gender.FEMALE;
        return new IdCardNumber(value, birth, gender);
    }

    static String normalise(String input) {
        return input == null ? "" : input.strip().toUpperCase(Locale.ROOT);
    }

    /** The check digit of the first seventeen characters. */
    static char checkDigit(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK_DIGITS.charAt(sum % 11);
    }

    /** First three and last four characters, the rest starred: {@code 110***********002X}. */
    static String mask(String number) {
        if (number.length() < 8) {
            return "*".repeat(number.length());
        }
        return number.substring(0, 3) + "*".repeat(number.length() - 7) + number.substring(number.length() - 4);
    }

    String value() {
        return value;
    }

    String masked() {
        return mask(value);
    }

    LocalDate birthDate() {
        return birthDate;
    }

    Gender gender() {
        return gender;
    }

    @Override
    public String toString() {
        return masked();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IdCardNumber other && other.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }
}
