package org.partycloud.affairs.organization;

import java.time.Clock;
import java.util.UUID;
import org.partycloud.platform.feed.ChangeFeed;
import org.partycloud.platform.tenancy.TenantContext;
import org.partycloud.platform.web.PageResult;
import org.partycloud.platform.web.ProblemException;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Founds and finds organisations of the request's tenant; every foundation is announced on the change feed. */
@Service
class OrganizationService {

    private final Organizations organizations;
    private final ChangeFeed feed;
    private final Clock clock;

    OrganizationService(Organizations organizations, ChangeFeed feed, Clock clock) {
        this.organizations = organizations;
        this.feed = feed;
        this.clock = clock;
    }

    /** Saves the organisation and its feed entry in one transaction: both or neither. */
    @Transactional
    OrganizationView found(NewOrganization details) {
        Organization parent = details.parentId() == null ? null : organizations.findById(details.parentId())
                .orElseThrow(() -> ProblemException.unprocessable("parent-organization-not-found",
                        "There is no organisation " + details.parentId() + " in this tenant to place it under.")
                        .with("parentId", details.parentId()));
        Organization org = Organization.found(details, parent, clock);
        if (org.code() != null && organizations.existsByCode(org.code())) {
            throw ProblemException.conflict("organization-code-taken",
                    "Another organisation of this tenant already has the code '" + org.code() + "'.")
                    .with("code", org.code());
        }
        org = organizations.save(org);
        feed.append(TenantContext.require(), OrganizationCreated.TYPE, org.id().toString(), OrganizationCreated.of(org));
        return OrganizationView.of(org);
    }

    @Transactional(readOnly = true)
    OrganizationView get(UUID id) {
        return organizations.findById(id).map(OrganizationView::of)
                .orElseThrow(() -> new OrganizationNotFoundException(id));
    }

    @Transactional(readOnly = true)
    PageResult<OrganizationView> search(OrganizationSearch search, Pageable page) {
        return PageResult.of(organizations.findAll(search.toSpecification(), page).map(OrganizationView::of));
    }
}
