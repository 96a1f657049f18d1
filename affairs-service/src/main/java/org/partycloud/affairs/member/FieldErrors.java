package org.partycloud.affairs.member;

import java.util.LinkedHashMap;
import java.util.Map;
import org.partycloud.platform.web.ProblemException;
import org.springframework.http.HttpStatus;

/** Collects rule violations by field and answers them all at once, in the shape of Bean Validation's 400. */
final class FieldErrors {

    private final Map<String, String> errors = new LinkedHashMap<>();

    FieldErrors add(String field, String message) {
        errors.putIfAbsent(field, message);
        return this;
    }

    FieldErrors require(String field, Object value) {
        if (value == null || value instanceof String text && text.isBlank()) {
            add(field, "must not be blank");
        }
        return this;
    }

    void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new ProblemException(HttpStatus.BAD_REQUEST, "validation", "输入有误 Invalid input",
                    "Some values are not valid.").with("errors", Map.copyOf(errors));
        }
    }
}
