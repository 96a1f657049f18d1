package org.partycloud.tenant.memberlogins;

import java.util.List;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /internal/tenants/{key}/member-logins} {@link NewMemberLogins} → 200
 * {@code {"logins": [{memberId, userId, username, temporaryPassword, created}]}}, in the order asked. Service
 * accounts only (affairs-service, which decides who gets a login and records it). Idempotent per member: a retry
 * answers the same users. An unknown tenant → 404, one that is not active → 409, a username outside the tenant's
 * prefix or a member twice → 400, Keycloak failing → 502 (the logins created so far stay; a retry completes them).
 */
@RestController
class MemberLoginController {

    private final MemberLoginService service;

    MemberLoginController(MemberLoginService service) {
        this.service = service;
    }

    @PostMapping("/internal/tenants/{key}/member-logins")
    Created create(@PathVariable String key, @Valid @RequestBody NewMemberLogins body) {
        return new Created(service.create(key, body.logins()));
    }

    record Created(List<MemberLogin> logins) {
    }
}
