package org.partycloud.dues.rate;

import java.util.UUID;
import org.partycloud.platform.web.ProblemException;
import org.springframework.http.HttpStatus;

/** No bracket with this id in the request's tenant (another tenant's id looks exactly the same). */
class RateBracketNotFoundException extends ProblemException {

    RateBracketNotFoundException(UUID id) {
        super(HttpStatus.NOT_FOUND, "rate-bracket-not-found", "未找到 Not found",
                "There is no dues rate bracket " + id + " in this tenant.");
        with("id", id);
    }
}
