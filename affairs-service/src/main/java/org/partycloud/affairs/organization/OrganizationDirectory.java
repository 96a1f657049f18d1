package org.partycloud.affairs.organization;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** What other features of the service may ask about the tenant's organisation tree. */
@Component
public class OrganizationDirectory {

    private final Organizations organizations;

    OrganizationDirectory(Organizations organizations) {
        this.organizations = organizations;
    }

    /** Whether members may be placed in it: it is in the tenant and not dissolved. */
    @Transactional(readOnly = true)
    public boolean takesMembers(UUID id) {
        return organizations.findById(id).filter(org -> !org.isDissolved()).isPresent();
    }

    @Transactional(readOnly = true)
    public Optional<OrganizationSummary> find(UUID id) {
        return organizations.findById(id)
                .map(org -> new OrganizationSummary(org.id(), org.name(), org.type().json(), org.isDissolved()));
    }

    /** The organisation and every one below it; empty when there is no such organisation in the tenant. */
    @Transactional(readOnly = true)
    public List<UUID> subtree(UUID root) {
        return organizations.subtreeOf(root);
    }

    /**
     * Every organisation of the tenant with its code, for spreadsheets (import names an organisation by its code,
     * export shows code and name). A tenant's tree is small, so one query serves a whole file.
     */
    @Transactional(readOnly = true)
    public List<OrganizationLabel> labels() {
        return organizations.findAll().stream()
                .map(org -> new OrganizationLabel(org.id(), org.code(), org.name(), org.isDissolved())).toList();
    }

    /** An organisation as a spreadsheet names it. */
    public record OrganizationLabel(UUID id, String code, String name, boolean dissolved) {
    }

    /** An organisation as other features know one. */
    public record OrganizationSummary(UUID id, String name, String type, boolean dissolved) {
    }
}
