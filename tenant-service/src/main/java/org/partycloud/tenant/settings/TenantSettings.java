package org.partycloud.tenant.settings;

import java.math.RoundingMode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * A tenant's settings document. The defaults follow the national rules (《中国共产党党费收缴、使用和管理的规定》,
 * 《中国共产党支部工作条例（试行）》); a tenant may be stricter, never laxer ({@link SettingsRules}).
 */
@SettingsRules
record TenantSettings(@NotNull @Valid Dues dues, @NotNull @Valid Transfers transfers, @NotNull @Valid Meetings meetings) {

    /**
     * @param roundingScale decimal places of a monthly due (2 = to the fen, 0 = whole yuan)
     * @param roundingMode how a due is rounded to that scale
     * @param collectionDay day of the month by which dues are collected
     * @param arrearsReminderMonths months of unpaid dues after which the branch is reminded (the rules treat six
     *     months without reason as leaving the party, so reminders come before that)
     */
    record Dues(@NotNull @Min(0) @Max(2) Integer roundingScale, @NotNull RoundingMode roundingMode,
            @NotNull @Min(1) @Max(28) Integer collectionDay, @NotNull @Min(1) @Max(5) Integer arrearsReminderMonths) {
    }

    /**
     * @param letterValidityDaysInCity validity of an organisational-relationship transfer letter within the city
     * @param letterValidityDaysOutOfCity validity of a letter to another city
     */
    record Transfers(@NotNull @Min(1) @Max(90) Integer letterValidityDaysInCity,
            @NotNull @Min(1) @Max(90) Integer letterValidityDaysOutOfCity) {
    }

    /**
     * 三会一课 and the yearly meetings.
     *
     * @param generalMeeting 支部党员大会
     * @param committeeMeeting 支部委员会会议
     * @param groupMeeting 党小组会
     * @param partyLecture 党课
     * @param organizationalLife 组织生活会
     * @param memberReview 民主评议党员
     */
    record Meetings(@NotNull MeetingFrequency generalMeeting, @NotNull MeetingFrequency committeeMeeting,
            @NotNull MeetingFrequency groupMeeting, @NotNull MeetingFrequency partyLecture,
            @NotNull MeetingFrequency organizationalLife, @NotNull MeetingFrequency memberReview) {
    }

    /** The national defaults, which are also the least a tenant may require. */
    static TenantSettings nationalDefaults() {
        return new TenantSettings(
                new Dues(2, RoundingMode.HALF_UP, 25, 3),
                new Transfers(10, 30),
                new Meetings(MeetingFrequency.QUARTERLY, MeetingFrequency.MONTHLY, MeetingFrequency.MONTHLY,
                        MeetingFrequency.QUARTERLY, MeetingFrequency.YEARLY, MeetingFrequency.YEARLY));
    }
}
