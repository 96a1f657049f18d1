package org.partycloud.affairs.establishment;

import java.util.List;
import java.util.UUID;
import org.partycloud.affairs.member.MemberDirectory;
import org.partycloud.affairs.member.MemberDirectory.Headcount;
import org.partycloud.affairs.officer.OfficerDirectory;
import org.partycloud.affairs.organization.OrganizationAccess;
import org.partycloud.affairs.organization.OrganizationDirectory;
import org.partycloud.affairs.organization.OrganizationDirectory.OrganizationSummary;
import org.partycloud.platform.web.ProblemException;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/affairs/organizations/{id}/establishment}: the organisation's headcount (with everything below
 * it) and the establishment rules it does not meet, computed from the live data at each call.
 */
@RestController
class EstablishmentController {

    private final OrganizationDirectory organizations;
    private final OrganizationAccess access;
    private final MemberDirectory members;
    private final OfficerDirectory officers;

    EstablishmentController(OrganizationDirectory organizations, OrganizationAccess access, MemberDirectory members,
            OfficerDirectory officers) {
        this.organizations = organizations;
        this.access = access;
        this.members = members;
        this.officers = officers;
    }

    @GetMapping("/api/affairs/organizations/{id}/establishment")
    @Transactional(readOnly = true)
    Establishment establishment(@PathVariable UUID id) {
        OrganizationSummary org = organizations.find(id).filter(o -> access.reaches(o.id()))
                .orElseThrow(() -> ProblemException.notFound(
                "organization-not-found", "There is no organisation " + id + " in this tenant.").with("id", id));
        Headcount headcount = members.headcount(organizations.subtree(id));
        long committee = officers.servingCommitteeMembers(id);
        List<EstablishmentRules.Warning> warnings = org.dissolved() ? List.of()
                : EstablishmentRules.check(org.type(), headcount.full(), headcount.total(), committee);
        return new Establishment(id, org.type(), headcount.full(), headcount.probationary(), committee, warnings);
    }

    /** The answer: figures and warnings. */
    record Establishment(UUID orgId, String type, long fullMembers, long probationaryMembers, long committeeMembers,
            List<EstablishmentRules.Warning> warnings) {
    }
}
