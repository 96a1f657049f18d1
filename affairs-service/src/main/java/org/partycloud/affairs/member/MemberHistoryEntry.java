package org.partycloud.affairs.member;

import java.time.Instant;
import java.util.UUID;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.partycloud.affairs.audit.Actor;

/** One line of a member's history: who changed which field from what to what, and why. Never changed. */
@Entity
@Table(name = "member_history")
class MemberHistoryEntry {

    static final String CREATED = "created";
    static final String EDITED = "edited";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private UUID memberId;

    private Instant changedAt;

    private String actorId;

    private String actorName;

    private String action;

    private String field;

    private String oldValue;

    private String newValue;

    private String reason;

    protected MemberHistoryEntry() {
    }

    MemberHistoryEntry(UUID memberId, Instant changedAt, Actor actor, String action, FieldChange change,
            String reason) {
        this.memberId = memberId;
        this.changedAt = changedAt;
        this.actorId = actor.id();
        this.actorName = actor.name();
        this.action = action;
        this.field = change == null ? null : change.field();
        this.oldValue = change == null ? null : change.oldValue();
        this.newValue = change == null ? null : change.newValue();
        this.reason = reason;
    }

    Long id() {
        return id;
    }

    Instant changedAt() {
        return changedAt;
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

    String field() {
        return field;
    }

    String oldValue() {
        return oldValue;
    }

    String newValue() {
        return newValue;
    }

    String reason() {
        return reason;
    }
}
