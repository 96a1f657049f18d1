package org.partycloud.affairs.member;

import java.util.UUID;

/** Member bodies for the tests of other features, which cannot reach the package's own test data. */
public final class MemberFixtures {

    private MemberFixtures() {
    }

    /** A valid ID-card number (GB 11643 check digit), unique in the test run. */
    public static String idNumber() {
        return MemberTestData.idNumber(java.time.LocalDate.of(1985, 1, 1), Gender.MALE);
    }

    /** A valid ID-card number of someone born on the day, unique in the test run (gender is in the number). */
    public static String idNumber(java.time.LocalDate birthDate, Gender gender) {
        return MemberTestData.idNumber(birthDate, gender);
    }

    /** The body of a new full member of the organisation, with an ID-card number unique in the test run. */
    public static Object fullMember(UUID orgId) {
        return MemberTestData.fullMember(orgId);
    }
}
