package org.partycloud.affairs.member;

import java.time.Instant;
import java.util.UUID;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.UuidGenerator;
import org.partycloud.affairs.audit.Actor;
import org.partycloud.platform.web.ProblemException;

/**
 * A member's request to correct their own archive: pending until an officer approves or rejects it, once.
 * The changes are kept as the JSON the member sent (field → new value).
 */
@Entity
@Table(name = "correction_request")
class CorrectionRequest {

    /** Where a request stands. */
    enum Status {
        PENDING, APPROVED, REJECTED;

        @com.fasterxml.jackson.annotation.JsonValue
        String json() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    @Id
    @UuidGenerator(style = UuidGenerator.Style.VERSION_7)
    private UUID id;

    private UUID memberId;

    private String changes;

    private String reason;

    @Enumerated(EnumType.STRING)
    private Status status;

    private String requestedBy;

    private Instant requestedAt;

    private String decidedBy;

    private String decidedByName;

    private Instant decidedAt;

    private String decisionReason;

    @Version
    private long version;

    protected CorrectionRequest() {
    }

    CorrectionRequest(UUID memberId, String changesJson, String reason, String requestedBy, Instant now) {
        this.memberId = memberId;
        this.changes = changesJson;
        this.reason = reason;
        this.status = Status.PENDING;
        this.requestedBy = requestedBy;
        this.requestedAt = now;
    }

    void approve(Actor approver, String note, Instant now) {
        decide(Status.APPROVED, approver, note, now);
    }

    void reject(Actor reviewer, String why, Instant now) {
        decide(Status.REJECTED, reviewer, why, now);
    }

    private void decide(Status outcome, Actor actor, String note, Instant now) {
        if (status != Status.PENDING) {
            throw ProblemException.conflict("correction-already-decided", "This correction request was already "
                    + status.json() + " on " + decidedAt + "; it cannot be decided again.")
                    .with("status", status.json());
        }
        status = outcome;
        decidedBy = actor.id();
        decidedByName = actor.name();
        decidedAt = now;
        decisionReason = note == null || note.isBlank() ? null : note.strip();
    }

    UUID id() {
        return id;
    }

    UUID memberId() {
        return memberId;
    }

    String changes() {
        return changes;
    }

    String reason() {
        return reason;
    }

    Status status() {
        return status;
    }

    String requestedBy() {
        return requestedBy;
    }

    Instant requestedAt() {
        return requestedAt;
    }

    String decidedBy() {
        return decidedBy;
    }

    String decidedByName() {
        return decidedByName;
    }

    Instant decidedAt() {
        return decidedAt;
    }

    String decisionReason() {
        return decisionReason;
    }
}
