package org.partycloud.affairs.organization;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.partycloud.affairs.access.AccessScope;
import org.partycloud.affairs.audit.AuditLog;
import org.partycloud.platform.feed.ChangeFeed;
import org.partycloud.platform.tenancy.TenantContext;
import org.partycloud.platform.web.PageResult;
import org.partycloud.platform.web.ProblemException;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Founds, edits, moves, dissolves and finds organisations of the request's tenant. Every change is saved with
 * its change-feed entry and its audit line in one transaction: all or nothing.
 */
@Service
class OrganizationService {

    private final Organizations organizations;
    private final OrganizationMembers members;
    private final OrganizationAccess access;
    private final ChangeFeed feed;
    private final AuditLog audit;
    private final Clock clock;

    OrganizationService(Organizations organizations, OrganizationMembers members, OrganizationAccess access, ChangeFeed feed, AuditLog audit,
            Clock clock) {
        this.organizations = organizations;
        this.members = members;
        this.access = access;
        this.feed = feed;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    OrganizationView found(NewOrganization details) {
        Organization parent = details.parentId() == null ? null : organizations.findById(details.parentId())
                .orElseThrow(() -> parentNotFound(details.parentId()));
        Organization org = Organization.found(details, parent, clock);
        if (org.code() != null && organizations.existsByCode(org.code())) {
            throw codeTaken(org.code());
        }
        org = organizations.save(org);
        announce(org, "organization.founded", "Founded " + org.type().json() + " " + org.name());
        return OrganizationView.of(org);
    }

    @Transactional
    OrganizationView edit(UUID id, OrganizationEdit details) {
        Organization org = find(id);
        access.requireReach(id);
        Organization parent = org.parentId() == null ? null : find(org.parentId());
        List<OrganizationType> childTypes = organizations.findByParentIdAndDissolvedOnIsNull(id).stream()
                .map(Organization::type).toList();
        org.edit(details, parent, childTypes, clock);
        if (org.code() != null && organizations.existsByCodeAndIdNot(org.code(), id)) {
            throw codeTaken(org.code());
        }
        announce(org, "organization.edited", "Edited " + org.type().json() + " " + org.name());
        return OrganizationView.of(org);
    }

    @Transactional
    OrganizationView move(UUID id, OrganizationMove move) {
        Organization org = find(id);
        Organization parent = move.parentId() == null ? null : organizations.findById(move.parentId())
                .orElseThrow(() -> parentNotFound(move.parentId()));
        UUID from = org.parentId();
        org.moveUnder(parent, organizations.subtreeOf(id), clock);
        announce(org, "organization.moved", "Moved " + org.name() + " from " + from + " to " + org.parentId());
        return OrganizationView.of(org);
    }

    @Transactional
    OrganizationView dissolve(UUID id, Dissolution dissolution) {
        Organization org = find(id);
        org.dissolve(dissolution.date(), dissolution.reason(), organizations.findByParentIdAndDissolvedOnIsNull(id).size(),
                members.currentMembersOf(id), clock);
        announce(org, "organization.dissolved", "Dissolved " + org.name() + " on " + org.dissolvedOn() + ": "
                + org.dissolutionReason());
        return OrganizationView.of(org);
    }

    @Transactional(readOnly = true)
    OrganizationView get(UUID id) {
        Organization org = find(id);
        access.requireReach(id);
        return OrganizationView.of(org);
    }

    @Transactional(readOnly = true)
    PageResult<OrganizationView> search(OrganizationSearch search, Pageable page) {
        AccessScope scope = access.scope();
        if (search.parentId() != null && !scope.maintains(search.parentId())) {
            throw new OrganizationNotFoundException(search.parentId());
        }
        return PageResult.of(organizations.findAll(OrganizationAccess.reachable(scope).and(search.toSpecification()), page).map(OrganizationView::of));
    }

    private Organization find(UUID id) {
        return organizations.findById(id).orElseThrow(() -> new OrganizationNotFoundException(id));
    }

    /** Flushes first, so the answer and the feed entry carry the new version. */
    private void announce(Organization org, String action, String summary) {
        organizations.flush();
        feed.append(TenantContext.require(), OrganizationChanged.TYPE, org.id().toString(), OrganizationChanged.of(org));
        audit.record(action, "organization", org.id(), summary);
    }

    private static ProblemException parentNotFound(UUID parentId) {
        return ProblemException.unprocessable("parent-organization-not-found",
                "There is no organisation " + parentId + " in this tenant to place it under.")
                .with("parentId", parentId);
    }

    private static ProblemException codeTaken(String code) {
        return ProblemException.conflict("organization-code-taken",
                "Another organisation of this tenant already has the code '" + code + "'.").with("code", code);
    }
}
