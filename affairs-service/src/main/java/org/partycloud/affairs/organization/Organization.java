package org.partycloud.affairs.organization;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.UUID;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.UuidGenerator;
import org.partycloud.platform.web.ProblemException;

/**
 * A node of the tenant's organisation tree. Lives in the tenant's schema, so a parent found by the
 * tenant's session is by construction a parent in the same tenant. Founded, edited, moved and dissolved by
 * named changes that refuse what the tree's rules do not allow; a dissolved organisation is kept for the
 * history and takes nothing new below it.
 */
@Entity
@Table(name = "organization")
class Organization {

    /** Time-ordered UUIDs: not guessable across tenants, yet index-friendly. */
    @Id
    @UuidGenerator(style = UuidGenerator.Style.VERSION_7)
    private UUID id;

    private UUID parentId;

    private String name;

    @Enumerated(EnumType.STRING)
    private OrganizationType type;

    private String code;

    private int displayOrder;

    private LocalDate foundedOn;

    private String contact;

    private String address;

    private LocalDate dissolvedOn;

    private String dissolutionReason;

    @Column(updatable = false)
    private Instant createdAt;

    private Instant updatedAt;

    @Version
    private long version;

    protected Organization() {
    }

    /**
     * Founds an organisation under {@code parent} (null for a root). Refuses a founding date after today
     * and a kind that may not sit under the parent's kind.
     */
    static Organization found(NewOrganization details, Organization parent, Clock clock) {
        requireFoundedNotInFuture(details.foundedOn(), clock);
        requireMayContain(parent, details.type());
        Organization org = new Organization();
        org.parentId = parent == null ? null : parent.id;
        org.name = details.name().strip();
        org.type = details.type();
        org.code = blankToNull(details.code());
        org.displayOrder = details.displayOrder() == null ? 0 : details.displayOrder();
        org.foundedOn = details.foundedOn();
        org.contact = blankToNull(details.contact());
        org.address = blankToNull(details.address());
        org.createdAt = clock.instant();
        org.updatedAt = org.createdAt;
        return org;
    }

    /**
     * Replaces the details; the kind may change only to one that may sit under the parent and lead every
     * child the organisation has.
     */
    void edit(OrganizationEdit details, Organization parent, Collection<OrganizationType> childTypes, Clock clock) {
        requireNotDissolved();
        requireFoundedNotInFuture(details.foundedOn(), clock);
        requireMayContain(parent, details.type());
        for (OrganizationType child : childTypes) {
            if (!details.type().mayContain(child)) {
                throw ProblemException.unprocessable("organization-type-not-allowed-for-children",
                        "A " + details.type().json() + " cannot lead the " + child.json() + " below this organisation.")
                        .with("type", details.type().json()).with("childType", child.json());
            }
        }
        name = details.name().strip();
        type = details.type();
        code = blankToNull(details.code());
        displayOrder = details.displayOrder() == null ? 0 : details.displayOrder();
        foundedOn = details.foundedOn();
        contact = blankToNull(details.contact());
        address = blankToNull(details.address());
        updatedAt = clock.instant();
    }

    /**
     * Places the organisation under another parent (null: a root).
     *
     * @param ownSubtree this organisation and all below it, none of which may become its parent
     */
    void moveUnder(Organization parent, Collection<UUID> ownSubtree, Clock clock) {
        requireNotDissolved();
        if (parent != null && ownSubtree.contains(parent.id)) {
            throw ProblemException.conflict("organization-move-into-own-subtree",
                    "An organisation cannot be moved under itself or an organisation below it.")
                    .with("parentId", parent.id);
        }
        requireMayContain(parent, type);
        parentId = parent == null ? null : parent.id;
        updatedAt = clock.instant();
    }

    /**
     * Dissolves (撤销) an empty organisation: no organisation below it that still exists, no current member.
     */
    void dissolve(LocalDate date, String reason, long activeChildren, long currentMembers, Clock clock) {
        requireNotDissolved();
        if (date.isAfter(LocalDate.now(clock))) {
            throw ProblemException.invalidField("date", "must not be in the future");
        }
        if (foundedOn != null && date.isBefore(foundedOn)) {
            throw ProblemException.invalidField("date", "must not be before the founding date (" + foundedOn + ")");
        }
        if (activeChildren > 0 || currentMembers > 0) {
            throw ProblemException.conflict("organization-not-empty",
                    "Only an empty organisation can be dissolved: move or dissolve what is below it first.")
                    .with("organizations", activeChildren).with("members", currentMembers);
        }
        dissolvedOn = date;
        dissolutionReason = reason.strip();
        updatedAt = clock.instant();
    }

    boolean isDissolved() {
        return dissolvedOn != null;
    }

    private void requireNotDissolved() {
        if (isDissolved()) {
            throw ProblemException.conflict("organization-dissolved",
                    "The organisation was dissolved on " + dissolvedOn + " and changes no more.")
                    .with("dissolvedOn", dissolvedOn.toString());
        }
    }

    private static void requireFoundedNotInFuture(LocalDate foundedOn, Clock clock) {
        if (foundedOn != null && foundedOn.isAfter(LocalDate.now(clock))) {
            throw ProblemException.invalidField("foundedOn", "must not be in the future");
        }
    }

    private static void requireMayContain(Organization parent, OrganizationType child) {
        if (parent == null) {
            return;
        }
        if (parent.isDissolved()) {
            throw ProblemException.unprocessable("parent-organization-dissolved",
                    "The organisation " + parent.id + " was dissolved and takes nothing new below it.")
                    .with("parentId", parent.id);
        }
        if (!parent.type.mayContain(child)) {
            throw ProblemException.unprocessable("organization-type-not-allowed-under-parent",
                    "A " + child.json() + " cannot be placed under a " + parent.type.json() + ".")
                    .with("parentType", parent.type.json()).with("childType", child.json());
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    UUID id() {
        return id;
    }

    UUID parentId() {
        return parentId;
    }

    String name() {
        return name;
    }

    OrganizationType type() {
        return type;
    }

    String code() {
        return code;
    }

    int displayOrder() {
        return displayOrder;
    }

    LocalDate foundedOn() {
        return foundedOn;
    }

    String contact() {
        return contact;
    }

    String address() {
        return address;
    }

    LocalDate dissolvedOn() {
        return dissolvedOn;
    }

    String dissolutionReason() {
        return dissolutionReason;
    }

    Instant createdAt() {
        return createdAt;
    }

    Instant updatedAt() {
        return updatedAt;
    }

    long version() {
        return version;
    }
}
