package org.partycloud.affairs.organization;

import java.util.UUID;
import org.partycloud.platform.web.ProblemException;
import org.springframework.http.HttpStatus;

/** No organisation with this id in the request's tenant (another tenant's id looks exactly the same). */
class OrganizationNotFoundException extends ProblemException {

    OrganizationNotFoundException(UUID id) {
        super(HttpStatus.NOT_FOUND, "organization-not-found", "未找到 Not found",
                "There is no organisation " + id + " in this tenant.");
        with("id", id);
    }
}
