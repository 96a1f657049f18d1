package org.partycloud.tenant.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.RoundingMode;
import java.util.Map;
import java.util.TreeMap;
import jakarta.validation.Validator;
import org.partycloud.platform.testsupport.TestValidation;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class TenantSettingsTest {

    private static final Validator validator = TestValidation.validator();

    private static final TenantSettings DEFAULTS = TenantSettings.nationalDefaults();

    @Test
    void nationalDefaultsAreValid() {
        assertThat(violations(DEFAULTS)).isEmpty();
        assertThat(DEFAULTS.transfers().letterValidityDaysInCity()).isEqualTo(10);
        assertThat(DEFAULTS.transfers().letterValidityDaysOutOfCity()).isEqualTo(30);
        assertThat(DEFAULTS.dues().roundingScale()).isEqualTo(2);
    }

    @Test
    void letterValidityIsAtMostNinetyDays() {
        var settings = new TenantSettings(DEFAULTS.dues(), new TenantSettings.Transfers(10, 91), DEFAULTS.meetings());
        assertThat(violations(settings)).containsOnlyKeys("transfers.letterValidityDaysOutOfCity");
    }

    @Test
    void aLetterWithinTheCityIsValidNoLongerThanOneToAnotherCity() {
        var settings = new TenantSettings(DEFAULTS.dues(), new TenantSettings.Transfers(40, 30), DEFAULTS.meetings());
        assertThat(violations(settings)).containsOnlyKeys("transfers.letterValidityDaysInCity");
    }

    @Test
    void aStricterMeetingScheduleIsAcceptedALaxerOneIsNot() {
        var stricter = new TenantSettings.Meetings(MeetingFrequency.MONTHLY, MeetingFrequency.WEEKLY,
                MeetingFrequency.MONTHLY, MeetingFrequency.MONTHLY, MeetingFrequency.HALF_YEARLY, MeetingFrequency.YEARLY);
        assertThat(violations(new TenantSettings(DEFAULTS.dues(), DEFAULTS.transfers(), stricter))).isEmpty();

        var laxer = new TenantSettings.Meetings(MeetingFrequency.YEARLY, MeetingFrequency.MONTHLY,
                MeetingFrequency.MONTHLY, MeetingFrequency.HALF_YEARLY, MeetingFrequency.YEARLY, MeetingFrequency.YEARLY);
        assertThat(violations(new TenantSettings(DEFAULTS.dues(), DEFAULTS.transfers(), laxer)))
                .containsOnlyKeys("meetings.generalMeeting", "meetings.partyLecture")
                .containsEntry("meetings.partyLecture", "must be at least QUARTERLY (national minimum)");
    }

    @Test
    void duesAreRoundedToAtMostTheFenAndAlwaysRounded() {
        var tooFine = new TenantSettings.Dues(3, RoundingMode.HALF_UP, 25, 3);
        assertThat(violations(new TenantSettings(tooFine, DEFAULTS.transfers(), DEFAULTS.meetings())))
                .containsOnlyKeys("dues.roundingScale");
        var unrounded = new TenantSettings.Dues(2, RoundingMode.UNNECESSARY, 25, 3);
        assertThat(violations(new TenantSettings(unrounded, DEFAULTS.transfers(), DEFAULTS.meetings())))
                .containsOnlyKeys("dues.roundingMode");
    }

    @Test
    void missingSectionsAreNamed() {
        assertThat(violations(new TenantSettings(null, null, DEFAULTS.meetings())))
                .containsOnlyKeys("dues", "transfers");
    }

    @Test
    void theDocumentSurvivesAJsonRoundTrip() {
        JsonMapper json = JsonMapper.builder().build();
        String text = json.writeValueAsString(DEFAULTS);
        assertThat(text).contains("\"letterValidityDaysInCity\":10").contains("\"partyLecture\":\"QUARTERLY\"");
        assertThat(json.readValue(text, TenantSettings.class)).isEqualTo(DEFAULTS);
    }

    private static Map<String, String> violations(TenantSettings settings) {
        Map<String, String> found = new TreeMap<>();
        validator.validate(settings).forEach(v -> found.put(v.getPropertyPath().toString(), v.getMessage()));
        return found;
    }
}
