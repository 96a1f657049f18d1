package org.partycloud.tenant.settings;

/** How often a recurring party meeting must be held. */
enum MeetingFrequency {
    WEEKLY(52), MONTHLY(12), QUARTERLY(4), HALF_YEARLY(2), YEARLY(1);

    private final int timesPerYear;

    MeetingFrequency(int timesPerYear) {
        this.timesPerYear = timesPerYear;
    }

    int timesPerYear() {
        return timesPerYear;
    }

    boolean atLeastAsOftenAs(MeetingFrequency other) {
        return timesPerYear >= other.timesPerYear;
    }
}
