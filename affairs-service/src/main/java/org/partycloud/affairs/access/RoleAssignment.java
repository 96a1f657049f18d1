package org.partycloud.affairs.access;

import java.time.Instant;
import java.util.UUID;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.UuidGenerator;

/** A login holding a role on an organisation node, linked to the member the login is (if any). Never edited. */
@Entity
@Table(name = "role_assignment")
class RoleAssignment {

    @Id
    @UuidGenerator(style = UuidGenerator.Style.VERSION_7)
    private UUID id;

    private String userId;

    private UUID memberId;

    private UUID orgId;

    @Enumerated(EnumType.STRING)
    private AssignedRole role;

    @Column(updatable = false)
    private Instant createdAt;

    protected RoleAssignment() {
    }

    RoleAssignment(String userId, UUID memberId, UUID orgId, AssignedRole role, Instant now) {
        this.userId = userId;
        this.memberId = memberId;
        this.orgId = orgId;
        this.role = role;
        this.createdAt = now;
    }

    UUID id() {
        return id;
    }

    String userId() {
        return userId;
    }

    UUID memberId() {
        return memberId;
    }

    UUID orgId() {
        return orgId;
    }

    AssignedRole role() {
        return role;
    }

    Instant createdAt() {
        return createdAt;
    }
}
