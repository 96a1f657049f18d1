package org.partycloud.affairs.member;

import org.partycloud.platform.web.ProblemException;
import org.springframework.http.HttpStatus;

/** A status operation that the member's current status or category does not allow: 409, naming both. */
class IllegalStatusChangeException extends ProblemException {

    IllegalStatusChangeException(MemberStatus current, MemberCategory category, StatusOperation operation) {
        super(HttpStatus.CONFLICT, "member-status-change-not-allowed", "冲突 Conflict",
                "A " + category.json() + " member whose status is " + current.json() + " cannot undergo "
                        + operation.json() + ".");
        with("currentStatus", current.json()).with("category", category.json()).with("operation", operation.json());
    }
}
