package org.partycloud.affairs.access;

import java.time.Instant;
import java.util.UUID;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The Keycloak login created for a member by an invitation (邀请党员登录). Never edited. */
@Entity
@Table(name = "member_login")
class MemberLogin {

    /** The member's id: one login per member (named id for the paging tie-breaker). */
    @Id
    @Column(name = "member_id")
    private UUID id;

    private String userId;

    private String username;

    @Column(updatable = false)
    private Instant createdAt;

    protected MemberLogin() {
    }

    MemberLogin(UUID memberId, String userId, String username, Instant now) {
        this.id = memberId;
        this.userId = userId;
        this.username = username;
        this.createdAt = now;
    }

    UUID memberId() {
        return id;
    }

    String userId() {
        return userId;
    }

    String username() {
        return username;
    }

    Instant createdAt() {
        return createdAt;
    }
}
