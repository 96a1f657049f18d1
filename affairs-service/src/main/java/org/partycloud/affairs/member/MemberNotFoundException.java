package org.partycloud.affairs.member;

import java.util.UUID;
import org.partycloud.platform.web.ProblemException;
import org.springframework.http.HttpStatus;

/** No member with this id in the request's tenant, or none the caller may see: the two look the same. */
class MemberNotFoundException extends ProblemException {

    MemberNotFoundException(UUID id) {
        super(HttpStatus.NOT_FOUND, "member-not-found", "未找到 Not found",
                "There is no member " + id + " in this tenant.");
        with("id", id);
    }
}
