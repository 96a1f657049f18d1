package org.partycloud.affairs.access;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.partycloud.affairs.audit.AuditLog;
import org.partycloud.affairs.member.MemberDirectory;
import org.partycloud.affairs.member.MemberDirectory.MemberSummary;
import org.partycloud.affairs.organization.OrganizationDirectory;
import org.partycloud.affairs.organization.OrganizationDirectory.OrganizationSummary;
import org.partycloud.platform.web.PageResult;
import org.partycloud.platform.web.ProblemException;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Grants and withdraws organisation-scoped roles; every change is audited in the same transaction. */
@Service
class RoleAssignmentService {

    private final RoleAssignments assignments;
    private final OrganizationDirectory organizations;
    private final MemberDirectory members;
    private final AuditLog audit;
    private final Clock clock;

    RoleAssignmentService(RoleAssignments assignments, OrganizationDirectory organizations, MemberDirectory members,
            AuditLog audit, Clock clock) {
        this.assignments = assignments;
        this.organizations = organizations;
        this.members = members;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * The organisation must be a live one of the tenant; a linked member must exist and be placed in the
     * organisation or one below it; the role {@code member} needs the linked member; one role per login and node.
     */
    @Transactional
    RoleAssignmentView assign(NewRoleAssignment request) {
        OrganizationSummary org = organizations.find(request.orgId()).filter(o -> !o.dissolved())
                .orElseThrow(() -> ProblemException.unprocessable("role-assignment-organization-not-found",
                        "There is no organisation " + request.orgId() + " in this tenant (or it was dissolved).")
                        .with("orgId", request.orgId()));
        if (request.role() == AssignedRole.MEMBER && request.memberId() == null) {
            throw ProblemException.invalidField("memberId", "is required for the role member");
        }
        MemberSummary member = null;
        if (request.memberId() != null) {
            member = members.member(request.memberId())
                    .orElseThrow(() -> ProblemException.unprocessable("role-assignment-member-not-found",
                            "There is no member " + request.memberId() + " in this tenant.")
                            .with("memberId", request.memberId()));
            if (!organizations.subtree(org.id()).contains(member.orgId())) {
                throw ProblemException.unprocessable("role-assignment-member-not-in-organization",
                        "The member belongs to neither the organisation nor one below it.")
                        .with("memberId", member.id()).with("memberOrgId", member.orgId());
            }
        }
        String userId = request.userId().strip();
        if (assignments.existsByUserIdAndOrgIdAndRole(userId, org.id(), request.role())) {
            throw ProblemException.conflict("role-assignment-exists", "The login already holds the role "
                    + request.role().json() + " on this organisation.")
                    .with("userId", userId).with("orgId", org.id()).with("role", request.role().json());
        }
        RoleAssignment saved = assignments.saveAndFlush(
                new RoleAssignment(userId, request.memberId(), org.id(), request.role(), clock.instant()));
        audit.record("role_assignment.created", "role_assignment", saved.id(), "Gave " + userId + " the role "
                + saved.role().json() + " on " + org.name() + (member == null ? "" : ", linked to " + member.name()));
        return view(saved);
    }

    @Transactional
    void withdraw(UUID id) {
        RoleAssignment assignment = find(id);
        assignments.delete(assignment);
        audit.record("role_assignment.deleted", "role_assignment", id, "Took the role " + assignment.role().json()
                + " on " + orgName(assignment.orgId()) + " from " + assignment.userId());
    }

    @Transactional(readOnly = true)
    RoleAssignmentView get(UUID id) {
        return view(find(id));
    }

    @Transactional(readOnly = true)
    PageResult<RoleAssignmentView> search(String userId, UUID orgId, Pageable page) {
        Specification<RoleAssignment> spec = Specification.unrestricted();
        if (userId != null && !userId.isBlank()) {
            spec = spec.and((root, query, cb) -> cb.equal(root.get("userId"), userId.strip()));
        }
        if (orgId != null) {
            spec = spec.and((root, query, cb) -> cb.equal(root.get("orgId"), orgId));
        }
        return PageResult.of(assignments.findAll(spec, page).map(this::view));
    }

    /** The caller's own assignments, oldest first. */
    @Transactional(readOnly = true)
    List<RoleAssignmentView> of(String userId) {
        return assignments.findByUserIdOrderByCreatedAt(userId).stream().map(this::view).toList();
    }

    private RoleAssignment find(UUID id) {
        return assignments.findById(id).orElseThrow(() -> ProblemException.notFound("role-assignment-not-found",
                "There is no role assignment " + id + " in this tenant.").with("id", id));
    }

    private RoleAssignmentView view(RoleAssignment a) {
        String memberName = a.memberId() == null ? null
                : members.member(a.memberId()).map(MemberSummary::name).orElse(null);
        return new RoleAssignmentView(a.id(), a.userId(), a.memberId(), memberName, a.orgId(), orgName(a.orgId()),
                a.role(), a.createdAt());
    }

    private String orgName(UUID orgId) {
        return organizations.find(orgId).map(OrganizationSummary::name).orElse(null);
    }
}
