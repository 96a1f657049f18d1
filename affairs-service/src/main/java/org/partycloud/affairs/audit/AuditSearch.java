package org.partycloud.affairs.audit;

import java.time.Clock;
import java.time.LocalDate;
import org.partycloud.platform.web.ProblemException;
import org.springframework.data.jpa.domain.Specification;

/**
 * The filters of the audit log: an action, an actor (user id or login name), and a range of calendar days in
 * the platform's zone, both ends included.
 */
record AuditSearch(String action, String actor, LocalDate from, LocalDate to) {

    AuditSearch {
        if (from != null && to != null && to.isBefore(from)) {
            throw ProblemException.invalidField("to", "must not be before from");
        }
    }

    Specification<AuditEntry> toSpecification(Clock clock) {
        Specification<AuditEntry> spec = Specification.unrestricted();
        if (action != null && !action.isBlank()) {
            spec = spec.and((root, query, cb) -> cb.equal(root.get("action"), action.strip()));
        }
        if (actor != null && !actor.isBlank()) {
            spec = spec.and((root, query, cb) -> cb.or(cb.equal(root.get("actorId"), actor.strip()),
                    cb.equal(root.get("actorName"), actor.strip())));
        }
        if (from != null) {
            spec = spec.and((root, query, cb) -> cb.greaterThanOrEqualTo(root.get("at"),
                    from.atStartOfDay(clock.getZone()).toInstant()));
        }
        if (to != null) {
            spec = spec.and((root, query, cb) -> cb.lessThan(root.get("at"),
                    to.plusDays(1).atStartOfDay(clock.getZone()).toInstant()));
        }
        return spec;
    }
}
