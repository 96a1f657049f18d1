package org.partycloud.tenant.settings;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.math.RoundingMode;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * The rules across fields of a settings document: meetings at least as often as the national minimum, a letter
 * within the city valid no longer than one to another city, and a rounding mode that always yields a due.
 * Each violation names its field (e.g. {@code meetings.partyLecture}).
 */
@Target(TYPE)
@Retention(RUNTIME)
@Constraint(validatedBy = SettingsRules.Validator.class)
@interface SettingsRules {

    String message() default "settings break a rule";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<SettingsRules, TenantSettings> {

        private static final TenantSettings.Meetings MINIMUM = TenantSettings.nationalDefaults().meetings();

        @Override
        public boolean isValid(TenantSettings settings, ConstraintValidatorContext context) {
            if (settings == null) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            boolean valid = true;
            if (settings.dues() != null && settings.dues().roundingMode() == RoundingMode.UNNECESSARY) {
                valid = violation(context, "dues", "roundingMode", "must round (UNNECESSARY would refuse most dues)");
            }
            var transfers = settings.transfers();
            if (transfers != null && transfers.letterValidityDaysInCity() != null
                    && transfers.letterValidityDaysOutOfCity() != null
                    && transfers.letterValidityDaysInCity() > transfers.letterValidityDaysOutOfCity()) {
                valid = violation(context, "transfers", "letterValidityDaysInCity",
                        "must not exceed letterValidityDaysOutOfCity");
            }
            var meetings = settings.meetings();
            if (meetings != null) {
                valid &= atLeast(context, "generalMeeting", meetings.generalMeeting(), MINIMUM.generalMeeting());
                valid &= atLeast(context, "committeeMeeting", meetings.committeeMeeting(), MINIMUM.committeeMeeting());
                valid &= atLeast(context, "groupMeeting", meetings.groupMeeting(), MINIMUM.groupMeeting());
                valid &= atLeast(context, "partyLecture", meetings.partyLecture(), MINIMUM.partyLecture());
                valid &= atLeast(context, "organizationalLife", meetings.organizationalLife(),
                        MINIMUM.organizationalLife());
                valid &= atLeast(context, "memberReview", meetings.memberReview(), MINIMUM.memberReview());
            }
            return valid;
        }

        private static boolean atLeast(ConstraintValidatorContext context, String field, MeetingFrequency chosen,
                MeetingFrequency minimum) {
            if (chosen == null || chosen.atLeastAsOftenAs(minimum)) {
                return true;
            }
            return violation(context, "meetings", field, "must be at least " + minimum + " (national minimum)");
        }

        private static boolean violation(ConstraintValidatorContext context, String section, String field,
                String message) {
            context.buildConstraintViolationWithTemplate(message).addPropertyNode(section).addPropertyNode(field)
                    .addConstraintViolation();
            return false;
        }
    }
}
