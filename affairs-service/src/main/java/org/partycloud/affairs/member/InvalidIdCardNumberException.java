package org.partycloud.affairs.member;

import java.util.Map;
import org.partycloud.platform.web.ProblemException;
import org.springframework.http.HttpStatus;

/** An ID-card number that GB 11643 refuses: a 400 with the error on field {@code idNumber}. */
class InvalidIdCardNumberException extends ProblemException {

    InvalidIdCardNumberException(String reason) {
        super(HttpStatus.BAD_REQUEST, "validation", "输入有误 Invalid input", "Some values are not valid.");
        with("errors", Map.of("idNumber", reason));
    }

    String reason() {
        @SuppressWarnings("unchecked")
        Map<String, String> errors = (Map<String, String>) properties().get("errors");
        return errors.get("idNumber");
    }
}
