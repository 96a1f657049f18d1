package org.partycloud.affairs.member;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.partycloud.affairs.access.AccessScope;
import org.partycloud.affairs.audit.Actor;
import org.partycloud.affairs.audit.AuditLog;
import org.partycloud.affairs.organization.OrganizationDirectory;
import org.partycloud.platform.feed.ChangeFeed;
import org.partycloud.platform.tenancy.TenantContext;
import org.partycloud.platform.web.PageResult;
import org.partycloud.platform.web.ProblemException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the member archive of the request's tenant. Every change writes, in its own transaction, the member,
 * one history line per changed field, a {@code member.changed} feed entry and an audit line: all or nothing.
 */
@Service
class MemberService {

    /** The history action of a field changed by an approved correction request. */
    static final String CORRECTION_APPROVED = "correction_approved";

    private final Members members;
    private final MemberHistory history;
    private final OrganizationDirectory organizations;
    private final ArchiveCipher cipher;
    private final MemberAccess access;
    private final ChangeFeed feed;
    private final AuditLog audit;
    private final Clock clock;

    MemberService(Members members, MemberHistory history, OrganizationDirectory organizations, ArchiveCipher cipher,
            MemberAccess access, ChangeFeed feed, AuditLog audit, Clock clock) {
        this.members = members;
        this.history = history;
        this.organizations = organizations;
        this.cipher = cipher;
        this.access = access;
        this.feed = feed;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    MemberView enrol(MemberDetails details) {
        AccessScope scope = access.scope();
        MemberAccess.requireMaintainsAny(scope);
        IdCardNumber number = IdCardNumber.parse(details.idNumber(), today());
        ProtectedIdNumber stored = cipher.protect(number);
        Instant now = clock.instant();
        Member member = Member.enrol(details, number, stored, today(), now);
        requireOrganization(scope, details.orgId());
        if (members.existsByIdNumberHash(stored.hash())) {
            throw idNumberTaken(number);
        }
        member = members.save(member);
        history.save(new MemberHistoryEntry(member.id(), now, Actor.current(), MemberHistoryEntry.CREATED, null, null));
        announce(member);
        audit.record("member.created", "member", member.id(), "Opened the archive of " + member.name());
        return MemberView.of(member);
    }

    @Transactional
    MemberView edit(UUID id, MemberDetails details) {
        AccessScope scope = access.scope();
        Member member = find(scope, id);
        MemberAccess.requireMaintain(scope, member);
        IdCardNumber number = IdCardNumber.parse(details.idNumber(), today());
        ProtectedIdNumber stored = cipher.protect(number);
        if (!details.orgId().equals(member.orgId())) {
            requireOrganization(scope, details.orgId());
        }
        if (members.existsByIdNumberHashAndIdNot(stored.hash(), id)) {
            throw idNumberTaken(number);
        }
        Instant now = clock.instant();
        List<FieldChange> changes = member.edit(details, number, stored, today(), now);
        if (!changes.isEmpty()) {
            record(member, MemberHistoryEntry.EDITED, changes, null, now);
            audit.record("member.edited", "member", id, "Edited " + fieldNames(changes) + " of " + member.name());
        }
        return MemberView.of(member);
    }

    @Transactional
    MemberView changeStatus(UUID id, StatusChange change) {
        AccessScope scope = access.scope();
        Member member = find(scope, id);
        MemberAccess.requireMaintain(scope, member);
        MemberStatus before = member.status();
        Instant now = clock.instant();
        List<FieldChange> changes = member.undergo(change, today(), now);
        record(member, change.operation().json(), changes, change.reason().strip(), now);
        audit.record("member.status_changed", "member", id, change.operation().json() + " of " + member.name() + ": "
                + before.json() + " → " + member.status().json() + " on " + change.date());
        return MemberView.of(member);
    }

    /**
     * Applies an approved correction request the way an edit is applied: checked again, one history line per
     * changed field naming the approver (the caller) with the request as the reason, a feed entry, an audit line.
     */
    @Transactional
    MemberView applyCorrection(AccessScope scope, UUID id, CorrectionChanges correction, String reason) {
        Member member = find(scope, id);
        MemberAccess.requireMaintain(scope, member);
        Instant now = clock.instant();
        List<FieldChange> changes = member.correct(correction, now);
        if (!changes.isEmpty()) {
            record(member, CORRECTION_APPROVED, changes, reason, now);
            audit.record("member.corrected", "member", id, "Applied a correction request to " + fieldNames(changes)
                    + " of " + member.name());
        }
        return MemberView.of(member);
    }

    /** The full ID-card number, for the tenant admin only; every reveal is audited. */
    @Transactional
    RevealedIdNumber reveal(UUID id) {
        AccessScope scope = access.scope();
        access.requireReveal();
        Member member = find(scope, id);
        String number = cipher.decrypt(member.idNumberCipher());
        audit.record("member.id_number_revealed", "member", id,
                "Revealed the ID-card number " + member.idNumberMasked() + " of " + member.name());
        return new RevealedIdNumber(id, number);
    }

    @Transactional(readOnly = true)
    MemberView get(UUID id) {
        return MemberView.of(find(access.scope(), id));
    }

    @Transactional(readOnly = true)
    PageResult<MemberView> search(MemberSearch search, Pageable page) {
        return PageResult.of(members.findAll(specification(access.scope(), search), page).map(MemberView::of));
    }

    /** The members of the search the caller may read; an {@code orgId} outside the caller's scope is a 404. */
    Specification<Member> specification(AccessScope scope, MemberSearch search) {
        if (search.orgId() != null && !scope.wholeTenant() && !scope.maintains(search.orgId())) {
            throw ProblemException.notFound("organization-not-found",
                    "There is no organisation " + search.orgId() + " in this tenant.").with("id", search.orgId());
        }
        List<UUID> subtree = search.orgId() == null ? null : organizations.subtree(search.orgId());
        String idNumberHash = search.idNumber() == null || search.idNumber().isBlank() ? null
                : cipher.searchHash(IdCardNumber.parse(search.idNumber(), today()).value());
        return MemberAccess.readable(scope).and(search.toSpecification(subtree, idNumberHash, today()));
    }

    /** The member's history, oldest first. */
    @Transactional(readOnly = true)
    PageResult<MemberHistoryView> history(UUID id, int page, int size) {
        find(access.scope(), id);
        return PageResult.of(history.findByMemberId(id, PageRequest.of(page, size, Sort.by("id")))
                .map(MemberHistoryView::of));
    }

    private Member find(AccessScope scope, UUID id) {
        return members.findById(id).filter(member -> MemberAccess.mayRead(scope, member))
                .orElseThrow(() -> new MemberNotFoundException(id));
    }

    private void record(Member member, String action, List<FieldChange> changes, String reason, Instant now) {
        Actor actor = Actor.current();
        changes.forEach(change -> history.save(new MemberHistoryEntry(member.id(), now, actor, action, change, reason)));
        members.flush(); // the answer shows the new version
        announce(member);
    }

    /** The feed entry carries the member's state after the change, so a follower simply upserts it. */
    private void announce(Member member) {
        feed.append(TenantContext.require(), MemberChanged.TYPE, member.id().toString(), MemberChanged.of(member));
    }

    /** An organisation the caller does not maintain is answered like one that is not there. */
    private void requireOrganization(AccessScope scope, UUID orgId) {
        if (!MemberAccess.mayPlaceIn(scope, orgId) || !organizations.takesMembers(orgId)) {
            throw ProblemException.unprocessable("member-organization-not-found",
                    "There is no organisation " + orgId + " in this tenant to place the member in (or it was dissolved).")
                    .with("orgId", orgId);
        }
    }

    private static ProblemException idNumberTaken(IdCardNumber number) {
        return ProblemException.conflict("member-id-number-taken",
                "The tenant already keeps an archive for the ID-card number " + number.masked() + ".")
                .with("idNumber", number.masked());
    }

    private static String fieldNames(List<FieldChange> changes) {
        return changes.stream().map(FieldChange::field).collect(Collectors.joining(", "));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
