package org.partycloud.tenant.hierarchy;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.partycloud.core.token.Caller;
import org.partycloud.core.tenant.TenantKey;
import org.partycloud.core.tenant.TenantStatus;
import org.partycloud.platform.web.ProblemException;
import org.partycloud.tenant.registry.TenantKind;
import org.partycloud.tenant.registry.TenantLifecycleEvents.DeletionRequested;
import org.partycloud.tenant.registry.TenantRegistry;
import org.partycloud.tenant.registry.TenantSnapshot;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The committee hierarchy: a committee tenant invites a tenant, the invited tenant's admin accepts (the consent
 * to share its figures) or declines, either side unlinks. A tenant has at most one direct superior (the link
 * table's key) and the links never form a cycle; committees sit under committees to any depth. Every change is
 * serialised by one transaction-scoped advisory lock (changes are rare; two acceptances that would close a cycle
 * must not both pass the check) and written to the audit in the same transaction.
 */
@Service
class CommitteeHierarchy {

    static final Duration VALIDITY = Duration.ofDays(14);
    private static final long LOCK = 0x5043_4849_4552L; // "PCHIER"
    private final JdbcTemplate jdbc;
    private final TenantRegistry registry;
    private final Clock clock;

    CommitteeHierarchy(JdbcTemplate jdbc, TenantRegistry registry, Clock clock) {
        this.jdbc = jdbc;
        this.registry = registry;
        this.clock = clock;
    }

    record TenantRef(String key, String name, String kind) {
    }

    record Link(TenantRef committee, TenantRef subordinate, Instant linkedAt) {
    }

    /** {@code status}: PENDING, ACCEPTED, DECLINED, REVOKED or EXPIRED. */
    record Invitation(UUID id, String code, TenantRef committee, TenantRef invited, String status, Instant createdAt,
            String createdBy, Instant expiresAt, Instant decidedAt, String decidedBy) {
    }

    record AuditEntry(long id, Instant at, String actorId, String actorName, String action, String committee,
            String subordinate, String detail) {
    }

    // ------------------------------------------------------------------------------------------ committee side

    @Transactional
    Invitation invite(TenantKey committee, String invitedKey, Caller actor) {
        lock();
        expireStale();
        requireCommittee(committee);
        TenantKey invited = keyOf(invitedKey);
        if (invited.equals(committee)) {
            throw ProblemException.invalidField("tenant", "a committee cannot invite itself");
        }
        TenantSnapshot target = registry.snapshot(invited).filter(t -> t.status() != TenantStatus.DELETING && t.status() != TenantStatus.DELETED)
                .orElseThrow(() -> ProblemException.notFound("tenant-not-found", "There is no tenant '" + invited
                        + "'.").with("tenant", invited.value()));
        if (superiorKey(invited).isPresent()) {
            throw ProblemException.conflict("already-linked",
                    "Tenant '" + invited + "' already has a superior committee; it must unlink first.")
                    .with("tenant", invited.value());
        }
        if (isAbove(invited, committee)) {
            throw cycle(committee, invited);
        }
        Integer pending = jdbc.queryForObject("select count(*) from platform.committee_invitation where committee_key = ? "
                + "and invited_key = ? and status = 'PENDING'", Integer.class, committee.value(), invited.value());
        if (pending != null && pending > 0) {
            throw ProblemException.conflict("invitation-pending",
                    "Tenant '" + invited + "' has an open invitation of this committee already.")
                    .with("tenant", invited.value());
        }
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        jdbc.update("insert into platform.committee_invitation (id, code, committee_key, invited_key, status, created_at, "
                + "created_by, expires_at) values (?, ?, ?, ?, 'PENDING', ?, ?, ?)", id, InvitationCodes.next(),
                committee.value(), invited.value(), Timestamp.from(now), actor.userId(),
                Timestamp.from(now.plus(VALIDITY)));
        audit(actor, "invited", committee.value(), invited.value(), "invitation " + id);
        return invitation(id).orElseThrow();
    }

    @Transactional
    void revoke(TenantKey committee, UUID id, Caller actor) {
        lock();
        expireStale();
        Invitation invitation = invitation(id).filter(i -> i.committee().key().equals(committee.value()))
                .orElseThrow(() -> invitationNotFound(id));
        requirePending(invitation);
        decide(id, "REVOKED", actor);
        audit(actor, "invitation-revoked", committee.value(), invitation.invited().key(), "invitation " + id);
    }

    @Transactional
    void unlinkSubordinate(TenantKey committee, String subordinateKey, Caller actor) {
        lock();
        TenantKey subordinate = keyOf(subordinateKey);
        int removed = jdbc.update("delete from platform.committee_link where subordinate_key = ? and committee_key = ?",
                subordinate.value(), committee.value());
        if (removed == 0) {
            throw ProblemException.notFound("subordinate-not-found",
                    "Tenant '" + subordinate + "' is not directly below this committee.")
                    .with("tenant", subordinate.value());
        }
        audit(actor, "unlinked-by-committee", committee.value(), subordinate.value(), null);
    }

    @Transactional(readOnly = true)
    List<Link> subordinates(TenantKey committee) {
        return jdbc.query(LINKS + " where l.committee_key = ? order by s.name, l.subordinate_key", LINK,
                committee.value());
    }

    /** Every tenant below the committee, at any depth (the statistics roll-up's scope). */
    @Transactional(readOnly = true)
    List<String> descendants(TenantKey committee) {
        return jdbc.queryForList("""
                with recursive below(key) as (
                    select subordinate_key from platform.committee_link where committee_key = ?
                    union
                    select l.subordinate_key from platform.committee_link l join below b on l.committee_key = b.key)
                select key from below order by key""", String.class, committee.value());
    }

    @Transactional
    List<Invitation> sentInvitations(TenantKey committee) {
        expireStale();
        return jdbc.query(INVITATIONS + " where i.committee_key = ? order by i.created_at desc", INVITATION,
                committee.value());
    }

    @Transactional
    Invitation sentInvitation(TenantKey committee, UUID id) {
        expireStale();
        return invitation(id).filter(i -> i.committee().key().equals(committee.value()))
                .orElseThrow(() -> invitationNotFound(id));
    }

    // ---------------------------------------------------------------------------------------- subordinate side

    /** Accepts the invitation with this code, addressed to {@code subordinate}: the consent to share figures. */
    @Transactional
    Link accept(TenantKey subordinate, String typedCode, Caller actor) {
        lock();
        expireStale();
        String code = InvitationCodes.normalize(typedCode);
        // A code addressed to another tenant is not found, not forbidden: it says nothing about that tenant.
        Invitation invitation = jdbc.query(INVITATIONS + " where i.code = ? and i.invited_key = ?", INVITATION,
                code, subordinate.value()).stream().findFirst().orElseThrow(() -> ProblemException.notFound(
                        "invitation-not-found", "No invitation with this code is addressed to this tenant."));
        requirePending(invitation);
        TenantKey committee = TenantKey.of(invitation.committee().key());
        requireCommittee(committee);
        if (superiorKey(subordinate).isPresent()) {
            throw ProblemException.conflict("already-linked",
                    "This tenant already has a superior committee; unlink it first.");
        }
        if (isAbove(subordinate, committee)) {
            throw cycle(committee, subordinate);
        }
        jdbc.update("insert into platform.committee_link (subordinate_key, committee_key, linked_at, invitation_id) "
                + "values (?, ?, ?, ?)", subordinate.value(), committee.value(), Timestamp.from(clock.instant()),
                invitation.id());
        decide(invitation.id(), "ACCEPTED", actor);
        audit(actor, "linked", committee.value(), subordinate.value(), "invitation " + invitation.id() + " accepted");
        return superior(subordinate).orElseThrow();
    }

    @Transactional
    void decline(TenantKey subordinate, UUID id, Caller actor) {
        lock();
        expireStale();
        Invitation invitation = invitation(id).filter(i -> i.invited().key().equals(subordinate.value()))
                .orElseThrow(() -> invitationNotFound(id));
        requirePending(invitation);
        decide(id, "DECLINED", actor);
        audit(actor, "invitation-declined", invitation.committee().key(), subordinate.value(), "invitation " + id);
    }

    @Transactional
    void unlinkSuperior(TenantKey subordinate, Caller actor) {
        lock();
        String committee = superiorKey(subordinate).orElseThrow(CommitteeHierarchy::noSuperior);
        jdbc.update("delete from platform.committee_link where subordinate_key = ?", subordinate.value());
        audit(actor, "unlinked-by-subordinate", committee, subordinate.value(), null);
    }

    @Transactional(readOnly = true)
    Optional<Link> superior(TenantKey subordinate) {
        return jdbc.query(LINKS + " where l.subordinate_key = ?", LINK, subordinate.value()).stream().findFirst();
    }

    /** Open invitations addressed to the tenant (without their codes: the code travels outside the platform). */
    @Transactional
    List<Invitation> receivedInvitations(TenantKey subordinate) {
        expireStale();
        return jdbc.query(INVITATIONS + " where i.invited_key = ? and i.status = 'PENDING' order by i.created_at desc",
                INVITATION, subordinate.value()).stream()
                .map(i -> new Invitation(i.id(), null, i.committee(), i.invited(), i.status(), i.createdAt(),
                        i.createdBy(), i.expiresAt(), i.decidedAt(), i.decidedBy()))
                .toList();
    }

    // -------------------------------------------------------------------------------------------- both sides

    /** The hierarchy changes this tenant took part in, newest first. */
    @Transactional(readOnly = true)
    List<AuditEntry> audit(TenantKey tenant, int page, int size) {
        return jdbc.query("select * from platform.committee_audit where committee_key = ? or subordinate_key = ? "
                + "order by at desc, id desc limit ? offset ?", (rs, n) -> new AuditEntry(rs.getLong("id"),
                        rs.getTimestamp("at").toInstant(), rs.getString("actor_id"), rs.getString("actor_name"),
                        rs.getString("action"), rs.getString("committee_key"), rs.getString("subordinate_key"),
                        rs.getString("detail")), tenant.value(), tenant.value(), size, (long) page * size);
    }

    @Transactional(readOnly = true)
    long auditCount(TenantKey tenant) {
        Long count = jdbc.queryForObject("select count(*) from platform.committee_audit where committee_key = ? "
                + "or subordinate_key = ?", Long.class, tenant.value(), tenant.value());
        return count == null ? 0 : count;
    }

    /** A tenant being deleted leaves the hierarchy at once: its links and open invitations go, on both sides. */
    @EventListener
    @Transactional
    void on(DeletionRequested deletion) {
        lock();
        String key = deletion.key().value();
        jdbc.query("select committee_key, subordinate_key from platform.committee_link where committee_key = ? "
                + "or subordinate_key = ?", (org.springframework.jdbc.core.RowCallbackHandler) rs ->
                        auditAs("system", null, "unlinked-tenant-deleted", rs.getString(1), rs.getString(2),
                                "tenant " + key + " deleted"), key, key);
        jdbc.update("delete from platform.committee_link where committee_key = ? or subordinate_key = ?", key, key);
        jdbc.update("update platform.committee_invitation set status = 'REVOKED', decided_at = ?, decided_by = 'system' "
                + "where status = 'PENDING' and (committee_key = ? or invited_key = ?)",
                Timestamp.from(clock.instant()), key, key);
    }

    // ---------------------------------------------------------------------------------------------- internals

    private static final String LINKS = """
            select l.linked_at, c.tenant_key as c_key, c.name as c_name, c.kind as c_kind,
                   s.tenant_key as s_key, s.name as s_name, s.kind as s_kind
            from platform.committee_link l join platform.tenant c on c.tenant_key = l.committee_key
                                  join platform.tenant s on s.tenant_key = l.subordinate_key""";

    private static final String INVITATIONS = """
            select i.*, c.name as c_name, c.kind as c_kind, s.name as s_name, s.kind as s_kind
            from platform.committee_invitation i join platform.tenant c on c.tenant_key = i.committee_key
                                        join platform.tenant s on s.tenant_key = i.invited_key""";

    private static final RowMapper<Link> LINK = CommitteeHierarchy::toLink;
    private static final RowMapper<Invitation> INVITATION = CommitteeHierarchy::toInvitation;

    private static Link toLink(ResultSet rs, int row) throws SQLException {
        return new Link(new TenantRef(rs.getString("c_key"), rs.getString("c_name"), rs.getString("c_kind")),
                new TenantRef(rs.getString("s_key"), rs.getString("s_name"), rs.getString("s_kind")),
                rs.getTimestamp("linked_at").toInstant());
    }

    private static Invitation toInvitation(ResultSet rs, int row) throws SQLException {
        Timestamp decided = rs.getTimestamp("decided_at");
        return new Invitation(rs.getObject("id", UUID.class), rs.getString("code"),
                new TenantRef(rs.getString("committee_key"), rs.getString("c_name"), rs.getString("c_kind")),
                new TenantRef(rs.getString("invited_key"), rs.getString("s_name"), rs.getString("s_kind")),
                rs.getString("status"), rs.getTimestamp("created_at").toInstant(), rs.getString("created_by"),
                rs.getTimestamp("expires_at").toInstant(), decided == null ? null : decided.toInstant(),
                rs.getString("decided_by"));
    }

    private Optional<Invitation> invitation(UUID id) {
        return jdbc.query(INVITATIONS + " where i.id = ?", INVITATION, id).stream().findFirst();
    }

    private Optional<String> superiorKey(TenantKey subordinate) {
        return jdbc.queryForList("select committee_key from platform.committee_link where subordinate_key = ?", String.class,
                subordinate.value()).stream().findFirst();
    }

    /** Whether {@code upper} is {@code lower}'s superior at some level (following the links upwards). */
    private boolean isAbove(TenantKey upper, TenantKey lower) {
        Boolean found = jdbc.queryForObject("""
                with recursive up(key) as (
                    select committee_key from platform.committee_link where subordinate_key = ?
                    union
                    select l.committee_key from platform.committee_link l join up u on l.subordinate_key = u.key)
                select exists (select 1 from up where key = ?)""", Boolean.class, lower.value(), upper.value());
        return Boolean.TRUE.equals(found);
    }

    private void requireCommittee(TenantKey key) {
        TenantSnapshot tenant = registry.snapshot(key).orElseThrow(() -> ProblemException.notFound(
                "tenant-not-found", "There is no tenant '" + key + "'."));
        if (tenant.kind() != TenantKind.COMMITTEE) {
            throw ProblemException.conflict("not-a-committee",
                    "Only a committee tenant (上级党委/工委) has tenants below it; '" + key + "' is a "
                            + tenant.kind().code() + ".").with("tenant", key.value());
        }
    }

    private static void requirePending(Invitation invitation) {
        if (!"PENDING".equals(invitation.status())) {
            throw ProblemException.conflict("invitation-not-pending",
                    "The invitation is " + invitation.status().toLowerCase(java.util.Locale.ROOT) + ".")
                    .with("status", invitation.status());
        }
    }

    private void decide(UUID id, String status, Caller actor) {
        jdbc.update("update platform.committee_invitation set status = ?, decided_at = ?, decided_by = ? where id = ?", status,
                Timestamp.from(clock.instant()), actor.userId(), id);
    }

    private void expireStale() {
        jdbc.update("update platform.committee_invitation set status = 'EXPIRED' where status = 'PENDING' and expires_at < ?",
                Timestamp.from(clock.instant()));
    }

    private void audit(Caller actor, String action, String committee, String subordinate, String detail) {
        auditAs(actor.userId(), actor.username(), action, committee, subordinate, detail);
    }

    private void auditAs(String actorId, String actorName, String action, String committee, String subordinate,
            String detail) {
        jdbc.update("insert into platform.committee_audit (at, actor_id, actor_name, action, committee_key, subordinate_key, "
                + "detail) values (?, ?, ?, ?, ?, ?, ?)", Timestamp.from(clock.instant()), actorId, actorName, action,
                committee, subordinate, detail);
    }

    private void lock() {
        jdbc.queryForList("select pg_advisory_xact_lock(?)", LOCK);
    }

    private static TenantKey keyOf(String value) {
        if (value == null || !value.matches(TenantKey.PATTERN)) {
            throw ProblemException.invalidField("tenant", "a tenant key: 3-30 lower-case letters and digits, "
                    + "starting with a letter");
        }
        return TenantKey.of(value);
    }

    private static ProblemException cycle(TenantKey committee, TenantKey tenant) {
        return ProblemException.conflict("hierarchy-cycle", "Tenant '" + tenant + "' is above committee '"
                + committee + "' already; linking it below would make a cycle.")
                .with("tenant", tenant.value()).with("committee", committee.value());
    }

    private static ProblemException invitationNotFound(UUID id) {
        return ProblemException.notFound("invitation-not-found", "There is no invitation " + id + " here.");
    }

    static ProblemException noSuperior() {
        return ProblemException.notFound("no-superior", "This tenant has no superior committee.");
    }
}
