package org.partycloud.tenant.registry;

import java.util.Map;
import org.partycloud.platform.web.ProblemException;
import org.springframework.http.HttpStatus;

/** A 400 problem naming the field at fault, shaped like the Bean Validation answers. */
final class InvalidInput {

    private InvalidInput() {
    }

    static ProblemException field(String field, String message) {
        return new ProblemException(HttpStatus.BAD_REQUEST, "validation", "输入有误 Invalid input",
                "Some fields are not valid.").with("errors", Map.of(field, message));
    }
}
