package org.partycloud.affairs.access;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.partycloud.affairs.access.InvitationResult.Outcome;
import org.partycloud.affairs.access.InvitationResult.Status;
import org.partycloud.affairs.access.TenantServiceLogins.CreatedLogin;
import org.partycloud.affairs.access.TenantServiceLogins.RequestedLogin;
import org.partycloud.affairs.audit.AuditLog;
import org.partycloud.affairs.member.MemberDirectory;
import org.partycloud.affairs.member.MemberDirectory.MemberSummary;
import org.partycloud.affairs.organization.OrganizationDirectory;
import org.partycloud.affairs.organization.OrganizationDirectory.OrganizationSummary;
import org.partycloud.platform.tenancy.TenantContext;
import org.partycloud.platform.web.PageResult;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Invites members to log in: decides per member who gets a login, has tenant-service create the Keycloak users,
 * then records each login with the member's own-archive role ({@code member} on the member's organisation) and
 * audits it. The remote call runs outside any transaction; a failure there records nothing, and a retry proposes
 * the same usernames, which tenant-service answers with the same users.
 */
@Service
class MemberLoginService {

    private final MemberLogins logins;
    private final RoleAssignments assignments;
    private final MemberDirectory members;
    private final OrganizationDirectory organizations;
    private final TenantServiceLogins tenantService;
    private final AuditLog audit;
    private final Clock clock;
    private final TransactionTemplate readOnly;
    private final TransactionTemplate readWrite;

    MemberLoginService(MemberLogins logins, RoleAssignments assignments, MemberDirectory members,
            OrganizationDirectory organizations, TenantServiceLogins tenantService, AuditLog audit, Clock clock,
            PlatformTransactionManager transactions) {
        this.logins = logins;
        this.assignments = assignments;
        this.members = members;
        this.organizations = organizations;
        this.tenantService = tenantService;
        this.audit = audit;
        this.clock = clock;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.readWrite = new TransactionTemplate(transactions);
    }

    InvitationResult invite(MemberInvitation invitation) {
        String tenant = TenantContext.require().value();
        List<UUID> ids = List.copyOf(new LinkedHashSet<>(invitation.memberIds()));
        Map<UUID, Outcome> outcomes = new LinkedHashMap<>();
        ids.forEach(id -> outcomes.put(id, null));
        List<RequestedLogin> requested = readOnly.execute(tx -> plan(tenant, ids, outcomes));
        if (!requested.isEmpty()) {
            List<CreatedLogin> created = tenantService.create(tenant, requested);
            readWrite.executeWithoutResult(tx -> record(created, outcomes));
        }
        List<Outcome> results = new ArrayList<>(outcomes.values());
        int count = (int) results.stream().filter(o -> o.outcome() == Status.CREATED).count();
        return new InvitationResult(count, results);
    }

    /** Fills in the outcome of every member who gets no login; answers the logins to create for the others. */
    private List<RequestedLogin> plan(String tenant, List<UUID> ids, Map<UUID, Outcome> outcomes) {
        Map<UUID, String> pinyin = new HashMap<>();
        logins.namePinyinOf(ids).forEach(row -> pinyin.put(UUID.fromString((String) row[0]), (String) row[1]));
        Set<String> proposed = new HashSet<>();
        List<RequestedLogin> requested = new ArrayList<>();
        for (UUID id : ids) {
            Optional<MemberSummary> member = members.member(id);
            if (member.isEmpty()) {
                outcomes.put(id, new Outcome(id, null, Status.NOT_FOUND, null, null, null));
                continue;
            }
            String name = member.get().name();
            if (members.currentMember(id).isEmpty()) {
                outcomes.put(id, new Outcome(id, name, Status.NOT_CURRENT, null, null, null));
                continue;
            }
            Optional<Outcome> existing = existingLogin(id, name);
            if (existing.isPresent()) {
                outcomes.put(id, existing.get());
                continue;
            }
            String proposal = LoginNames.proposal(tenant, pinyin.get(id), id);
            Set<String> taken = new HashSet<>(logins.usernamesStartingWith(proposal));
            taken.addAll(proposed);
            String username = LoginNames.free(proposal, taken);
            proposed.add(username);
            LoginNames.Parts parts = LoginNames.split(name);
            requested.add(new RequestedLogin(id, username, parts.firstName(), parts.lastName()));
        }
        return requested;
    }

    /** A login recorded by an earlier invitation, or one linked by hand as the member's own-archive role. */
    private Optional<Outcome> existingLogin(UUID memberId, String name) {
        Optional<MemberLogin> login = logins.findById(memberId);
        if (login.isPresent()) {
            return login.map(l -> new Outcome(memberId, name, Status.ALREADY_HAS_LOGIN, l.username(), l.userId(), null));
        }
        return assignments.findAll(memberRoleOf(memberId)).stream().findFirst()
                .map(a -> new Outcome(memberId, name, Status.ALREADY_HAS_LOGIN, null, a.userId(), null));
    }

    private static Specification<RoleAssignment> memberRoleOf(UUID memberId) {
        return (root, query, cb) -> cb.and(cb.equal(root.get("memberId"), memberId),
                cb.equal(root.get("role"), AssignedRole.MEMBER));
    }

    private void record(List<CreatedLogin> created, Map<UUID, Outcome> outcomes) {
        for (CreatedLogin login : created) {
            MemberSummary member = members.member(login.memberId()).orElseThrow();
            // Invited at the same moment by another request: that one recorded the same user.
            Optional<Outcome> existing = existingLogin(member.id(), member.name());
            if (existing.isPresent()) {
                outcomes.put(member.id(), existing.get());
                continue;
            }
            logins.save(new MemberLogin(member.id(), login.userId(), login.username(), clock.instant()));
            RoleAssignment role = assignments.save(new RoleAssignment(login.userId(), member.id(), member.orgId(),
                    AssignedRole.MEMBER, clock.instant()));
            String orgName = organizations.find(member.orgId()).map(OrganizationSummary::name).orElse(null);
            audit.record("member_login.created", "member", member.id(),
                    "Invited " + member.name() + " to log in as " + login.username());
            audit.record("role_assignment.created", "role_assignment", role.id(), "Gave " + login.userId()
                    + " the role member on " + orgName + ", linked to " + member.name());
            outcomes.put(member.id(), new Outcome(member.id(), member.name(), Status.CREATED, login.username(),
                    login.userId(), login.temporaryPassword()));
        }
        logins.flush();
    }

    PageResult<MemberLoginView> search(List<UUID> memberIds, String q, Pageable page) {
        return readOnly.execute(tx -> {
            Specification<MemberLogin> spec = Specification.unrestricted();
            if (memberIds != null && !memberIds.isEmpty()) {
                spec = spec.and((root, query, cb) -> root.get("id").in(memberIds));
            }
            if (q != null && !q.isBlank()) {
                String pattern = "%" + q.strip().toLowerCase(java.util.Locale.ROOT).replace("\\", "\\\\")
                        .replace("%", "\\%").replace("_", "\\_") + "%";
                spec = spec.and((root, query, cb) -> cb.like(root.get("username"), pattern, '\\'));
            }
            return PageResult.of(logins.findAll(spec, page).map(this::view));
        });
    }

    private MemberLoginView view(MemberLogin login) {
        Optional<MemberSummary> member = members.member(login.memberId());
        UUID orgId = member.map(MemberSummary::orgId).orElse(null);
        String orgName = orgId == null ? null : organizations.find(orgId).map(OrganizationSummary::name).orElse(null);
        return new MemberLoginView(login.memberId(), member.map(MemberSummary::name).orElse(null), orgId, orgName,
                login.userId(), login.username(), login.createdAt());
    }
}
