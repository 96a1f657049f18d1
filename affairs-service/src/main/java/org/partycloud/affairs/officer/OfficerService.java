package org.partycloud.affairs.officer;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.partycloud.affairs.audit.AuditLog;
import org.partycloud.affairs.member.MemberDirectory;
import org.partycloud.affairs.member.MemberDirectory.MemberSummary;
import org.partycloud.affairs.access.AccessScope;
import org.partycloud.affairs.organization.OrganizationAccess;
import org.partycloud.affairs.organization.OrganizationDirectory;
import org.partycloud.affairs.organization.OrganizationDirectory.OrganizationSummary;
import org.partycloud.platform.web.ProblemException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Appoints officers for a term, ends terms early, and finds the organisations due for re-election. */
@Service
class OfficerService {

    private final Officers officers;
    private final OrganizationDirectory organizations;
    private final OrganizationAccess access;
    private final MemberDirectory members;
    private final AuditLog audit;
    private final Clock clock;

    OfficerService(Officers officers, OrganizationDirectory organizations, OrganizationAccess access,
            MemberDirectory members, AuditLog audit,
            Clock clock) {
        this.officers = officers;
        this.organizations = organizations;
        this.access = access;
        this.members = members;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Appoints a current member of the organisation (or of one below it) for a term. A position that one
     * person holds (all but deputy secretary) must be free for the whole term.
     */
    @Transactional
    OfficerView appoint(UUID orgId, Appointment appointment) {
        OrganizationSummary org = organization(orgId);
        if (org.dissolved()) {
            throw ProblemException.conflict("organization-dissolved", "The organisation was dissolved.");
        }
        MemberSummary member = members.currentMember(appointment.memberId())
                .orElseThrow(() -> ProblemException.unprocessable("officer-member-not-found",
                        "There is no current member " + appointment.memberId() + " in this tenant.")
                        .with("memberId", appointment.memberId()));
        if (!organizations.subtree(orgId).contains(member.orgId())) {
            throw ProblemException.unprocessable("officer-not-member-of-organization",
                    "An officer is a member of the organisation or of one below it.")
                    .with("memberId", member.id()).with("memberOrgId", member.orgId());
        }
        Officer officer = Officer.appoint(orgId, appointment, today(), clock.instant());
        if (appointment.position().isSingle()) {
            officers.findByOrgIdAndPositionAndEndedOnIsNull(orgId, appointment.position()).stream()
                    .filter(other -> other.overlaps(officer.termStart(), officer.termEnd()))
                    .findFirst().ifPresent(other -> {
                        throw ProblemException.conflict("officer-position-taken", "The position "
                                + appointment.position().json() + " is held until " + other.termEnd()
                                + "; end that term first.").with("officerId", other.id());
                    });
        }
        Officer saved = officers.save(officer);
        audit.record("officer.appointed", "officer", saved.id(), "Appointed " + member.name() + " as "
                + saved.position().json() + " of " + org.name() + " from " + saved.termStart() + " to " + saved.termEnd());
        return OfficerView.of(saved, member.name(), today());
    }

    @Transactional(readOnly = true)
    OfficerView get(UUID orgId, UUID id) {
        Officer officer = find(orgId, id);
        return OfficerView.of(officer, memberName(officer.memberId()), today());
    }

    @Transactional
    OfficerView end(UUID orgId, UUID id, TermEnd end) {
        Officer officer = find(orgId, id);
        Instant now = clock.instant();
        officer.end(end, now);
        String name = memberName(officer.memberId());
        audit.record("officer.term_ended", "officer", id, "Ended the term of " + name + " as "
                + officer.position().json() + " on " + officer.endedOn() + ": " + officer.endReason());
        return OfficerView.of(officer, name, today());
    }

    /**
     * The serving officers, or with {@code includeFormer} every term the organisation has had: by rank of position
     * (secretary first), then newest term first.
     */
    @Transactional(readOnly = true)
    List<OfficerView> list(UUID orgId, boolean includeFormer) {
        organization(orgId);
        List<Officer> found = includeFormer ? officers.findByOrgId(orgId) : officers.findByOrgIdAndEndedOnIsNull(orgId);
        return found.stream().sorted(Comparator.comparing(Officer::position)
                        .thenComparing(Officer::termStart, Comparator.reverseOrder()).thenComparing(Officer::id))
                .map(o -> OfficerView.of(o, memberName(o.memberId()), today())).toList();
    }

    /** Organisations whose term ends within the months given, or has already ended without a re-election. */
    @Transactional(readOnly = true)
    List<ReElectionDue> reElectionsDue(int withinMonths) {
        LocalDate today = today();
        AccessScope scope = access.scope();
        return officers.termsEndingBy(today.plusMonths(withinMonths)).stream().filter(t -> scope.maintains(t.orgId()))
                .flatMap(t -> organizations.find(t.orgId()).filter(org -> !org.dissolved()).stream()
                        .map(org -> new ReElectionDue(org.id(), org.name(), org.type(), t.termEnd(),
                                ChronoUnit.DAYS.between(today, t.termEnd()), t.termEnd().isBefore(today))))
                .toList();
    }

    private Officer find(UUID orgId, UUID id) {
        organization(orgId);
        return officers.findById(id).filter(o -> o.orgId().equals(orgId))
                .orElseThrow(() -> ProblemException.notFound("officer-not-found",
                        "There is no officer " + id + " of organisation " + orgId + ".").with("id", id));
    }

    /** An organisation outside the caller's scope is not found, like one that does not exist. */
    private OrganizationSummary organization(UUID orgId) {
        return organizations.find(orgId).filter(org -> access.reaches(org.id()))
                .orElseThrow(() -> ProblemException.notFound("organization-not-found",
                "There is no organisation " + orgId + " in this tenant.").with("id", orgId));
    }

    private String memberName(UUID memberId) {
        return members.member(memberId).map(MemberSummary::name).orElse(null);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
