package org.partycloud.affairs.organization;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
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
 * tenant's session is by construction a parent in the same tenant.
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
        if (details.foundedOn() != null && details.foundedOn().isAfter(LocalDate.now(clock))) {
            throw ProblemException.invalidField("foundedOn", "must not be in the future");
        }
        if (parent != null && !parent.type.mayContain(details.type())) {
            throw ProblemException.unprocessable("organization-type-not-allowed-under-parent",
                    "A " + details.type().json() + " cannot be placed under a " + parent.type.json() + ".")
                    .with("parentType", parent.type.json()).with("childType", details.type().json());
        }
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
