package org.partycloud.affairs.audit;

import java.time.Instant;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One line of the tenant's audit log. Written once, never changed. */
@Entity
@Table(name = "audit_entry")
class AuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Instant at;

    private String actorId;

    private String actorName;

    private String action;

    private String targetType;

    private String targetId;

    private String summary;

    protected AuditEntry() {
    }

    AuditEntry(Instant at, Actor actor, String action, String targetType, String targetId, String summary) {
        this.at = at;
        this.actorId = actor.id();
        this.actorName = actor.name();
        this.action = action;
        this.targetType = targetType;
        this.targetId = targetId;
        this.summary = summary.length() > AuditLog.SUMMARY_LIMIT ? summary.substring(0, AuditLog.SUMMARY_LIMIT) : summary;
    }

    Long id() {
        return id;
    }

    Instant at() {
        return at;
    }

    String actorId() {
        return actorId;
    }

    String actorName() {
        return actorName;
    }

    String action() {
        return action;
    }

    String targetType() {
        return targetType;
    }

    String targetId() {
        return targetId;
    }

    String summary() {
        return summary;
    }
}
