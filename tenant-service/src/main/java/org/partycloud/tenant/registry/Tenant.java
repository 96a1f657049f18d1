package org.partycloud.tenant.registry;

import static org.partycloud.core.tenant.TenantStatus.ACTIVE;
import static org.partycloud.core.tenant.TenantStatus.DELETED;
import static org.partycloud.core.tenant.TenantStatus.DELETING;
import static org.partycloud.core.tenant.TenantStatus.EXPIRED;
import static org.partycloud.core.tenant.TenantStatus.FAILED;
import static org.partycloud.core.tenant.TenantStatus.PROVISIONING;
import static org.partycloud.core.tenant.TenantStatus.SUSPENDED;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.BatchSize;
import org.partycloud.core.tenant.TenantKey;
import org.partycloud.core.tenant.TenantStatus;
import org.partycloud.platform.web.ProblemException;
import org.partycloud.tenant.plan.Plan;
import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * A subscribing enterprise, agency or committee. Its lifecycle is a set of named state changes, each of which
 * refuses an illegal transition with a 409 problem and registers a {@link TenantChanged} event, which becomes
 * an entry of the tenant feed in the same transaction.
 */
@Entity
@Table(schema = "platform", name = "tenant")
public class Tenant extends AbstractAggregateRoot<Tenant> {

    static final int REASON_LENGTH = 1000;

    @Id
    @Column(name = "tenant_key")
    private String tenantKey;
    private String name;
    private TenantKind kind;
    @Column(name = "plan_key")
    private String plan;
    @Enumerated(EnumType.STRING)
    private TenantStatus status;
    private String failedStep;
    private String failureReason;
    private String suspensionReason;
    private String contactName;
    private String contactPhone;
    private String adminEmail;
    private String adminUsername;
    private LocalDate subscriptionStart;
    private LocalDate subscriptionEnd;
    @Column(name = "keycloak_org_id")
    private String keycloakOrganizationId;
    private Instant createdAt;
    private Instant updatedAt;
    private Instant activatedAt;
    private Instant deletedAt;
    @Version
    private Long version;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(schema = "platform", name = "tenant_module", joinColumns = @JoinColumn(name = "tenant_key"))
    @Column(name = "module_key")
    @BatchSize(size = 100)
    private Set<String> modules = new TreeSet<>();

    protected Tenant() {
    }

    /** A new tenant, being provisioned, with every module of its plan switched on. */
    static Tenant register(TenantKey key, String name, TenantKind kind, PlanModules plan, Contact contact,
            LocalDate subscriptionStart, LocalDate subscriptionEnd, Instant now) {
        return register(key, name, kind, plan, contact, adminUsernameFor(key), subscriptionStart, subscriptionEnd, now);
    }

    /** A new tenant whose admin account gets the given username. */
    static Tenant register(TenantKey key, String name, TenantKind kind, PlanModules plan, Contact contact,
            String adminUsername, LocalDate subscriptionStart, LocalDate subscriptionEnd, Instant now) {
        Tenant tenant = new Tenant();
        tenant.tenantKey = key.value();
        tenant.name = name;
        tenant.kind = kind;
        tenant.plan = plan.key();
        tenant.status = PROVISIONING;
        tenant.contactName = contact.name();
        tenant.contactPhone = contact.phone();
        tenant.adminEmail = contact.adminEmail();
        tenant.adminUsername = adminUsername;
        tenant.subscriptionStart = subscriptionStart;
        tenant.subscriptionEnd = subscriptionEnd;
        tenant.modules.addAll(plan.modules());
        tenant.createdAt = now;
        tenant.updatedAt = now;
        return tenant.changed();
    }

    /** A plan and the modules it includes. */
    record PlanModules(String key, Set<String> modules) {
        static PlanModules of(Plan plan) {
            return new PlanModules(plan.key(), plan.moduleKeys());
        }
    }

    /** Who to call about the subscription, and whose e-mail the tenant admin account gets. */
    record Contact(String name, String phone, String adminEmail) {
    }

    /** The default admin username of a tenant registered without one. */
    public static String adminUsernameFor(TenantKey key) {
        return key.value() + "-admin";
    }

    /** Provisioning finished: the tenant is served. */
    void activate(Instant now) {
        require("activate", PROVISIONING);
        status = ACTIVE;
        clearFailure();
        activatedAt = now;
        touch(now);
    }

    /** A provisioning step failed; the operator may retry from that step. */
    void fail(String step, String reason, Instant now) {
        require("fail", PROVISIONING);
        status = FAILED;
        failedStep = step;
        failureReason = abbreviate(reason);
        touch(now);
    }

    /** Provisioning runs again from the first step not done. */
    void retry(Instant now) {
        require("retry", FAILED);
        status = PROVISIONING;
        clearFailure();
        touch(now);
    }

    /** The operator stops the tenant's users; data is kept. */
    void suspend(String reason, Instant now) {
        require("suspend", ACTIVE);
        status = SUSPENDED;
        suspensionReason = reason;
        touch(now);
    }

    /** A suspended tenant is served again, if its subscription has not ended meanwhile. */
    void resume(LocalDate today, Instant now) {
        require("resume", SUSPENDED);
        if (hasEndedBy(today)) {
            throw ProblemException.conflict("subscription-ended", "The subscription of tenant '" + tenantKey + "' ended on "
                    + subscriptionEnd + "; renew it before resuming.").with("tenant", tenantKey)
                    .with("subscriptionEnd", subscriptionEnd.toString());
        }
        status = ACTIVE;
        suspensionReason = null;
        touch(now);
    }

    /** The subscription has ended: users are stopped, data is kept. */
    void expire(LocalDate today, Instant now) {
        require("expire", ACTIVE);
        if (!hasEndedBy(today)) {
            throw ProblemException.conflict("subscription-running",
                    "The subscription of tenant '" + tenantKey + "' runs until " + subscriptionEnd + ".");
        }
        status = EXPIRED;
        touch(now);
    }

    /** The subscription is extended; an expired tenant is served again. */
    void renew(LocalDate newEnd, LocalDate today, Instant now) {
        require("renew", ACTIVE, SUSPENDED, EXPIRED);
        if (newEnd.isBefore(today) || newEnd.isBefore(subscriptionStart)) {
            throw ProblemException.badRequest("validation", "A renewed subscription must end today or later.")
                    .with("errors", Map.of("subscriptionEnd", "must be today or later"));
        }
        subscriptionEnd = newEnd;
        if (status == EXPIRED) {
            status = ACTIVE;
        }
        touch(now);
    }

    /** Deletion starts (or starts again after a failed attempt): users are stopped at once. */
    void startDeletion(Instant now) {
        require("delete", ACTIVE, SUSPENDED, EXPIRED, FAILED, DELETING);
        status = DELETING;
        clearFailure();
        touch(now);
    }

    /** A deletion step failed; deletion is attempted again on request or at the next start. */
    void deletionFailed(String step, String reason, Instant now) {
        require("record a failed deletion of", DELETING);
        failedStep = step;
        failureReason = abbreviate(reason);
        touch(now);
    }

    /** Nothing of the tenant is left but this row, which keeps its key from being reused. */
    void markDeleted(Instant now) {
        require("finish deleting", DELETING);
        status = DELETED;
        modules.clear();
        keycloakOrganizationId = null;
        clearFailure();
        suspensionReason = null;
        deletedAt = now;
        touch(now);
    }

    void recordOrganization(String organizationId, Instant now) {
        require("record the Keycloak organisation of", PROVISIONING);
        keycloakOrganizationId = organizationId;
        updatedAt = now;
    }

    /** Switches a module of the plan on or off; answers whether anything changed. */
    boolean switchModule(String module, boolean enabled, PlanModules currentPlan, Instant now) {
        if (!plan.equals(currentPlan.key())) {
            throw new IllegalArgumentException("Tenant " + tenantKey + " is on plan " + plan + ", not " + currentPlan.key());
        }
        if (!currentPlan.modules().contains(module)) {
            throw ProblemException.conflict("module-not-in-plan", "Module '" + module + "' is not part of plan '"
                    + currentPlan.key() + "'.").with("module", module).with("plan", currentPlan.key());
        }
        boolean changed = enabled ? modules.add(module) : modules.remove(module);
        if (changed) {
            touch(now);
        }
        return changed;
    }

    /** The changes not yet published (they are when the tenant is saved). */
    List<Object> pendingEvents() {
        return List.copyOf(domainEvents());
    }

    boolean hasEndedBy(LocalDate today) {
        return subscriptionEnd.isBefore(today);
    }

    private void require(String action, TenantStatus... allowed) {
        if (Arrays.asList(allowed).contains(status)) {
            return;
        }
        throw ProblemException.conflict("illegal-tenant-transition",
                "Cannot " + action + " tenant '" + tenantKey + "' while it is " + status + ".")
                .with("tenant", tenantKey).with("tenantStatus", status.name());
    }

    private void touch(Instant now) {
        updatedAt = now;
        changed();
    }

    private void clearFailure() {
        failedStep = null;
        failureReason = null;
    }

    private Tenant changed() {
        registerEvent(new TenantChanged(TenantKey.of(tenantKey), status, Set.copyOf(modules), suspensionReason));
        return this;
    }

    private static String abbreviate(String reason) {
        if (reason == null) {
            return null;
        }
        return reason.length() <= REASON_LENGTH ? reason : reason.substring(0, REASON_LENGTH - 1) + "…";
    }

    public TenantKey key() {
        return TenantKey.of(tenantKey);
    }

    public String name() {
        return name;
    }

    public TenantKind kind() {
        return kind;
    }

    public String plan() {
        return plan;
    }

    public TenantStatus status() {
        return status;
    }

    public String failedStep() {
        return failedStep;
    }

    public String failureReason() {
        return failureReason;
    }

    public String suspensionReason() {
        return suspensionReason;
    }

    public String contactName() {
        return contactName;
    }

    public String contactPhone() {
        return contactPhone;
    }

    public String adminEmail() {
        return adminEmail;
    }

    public String adminUsername() {
        return adminUsername;
    }

    public LocalDate subscriptionStart() {
        return subscriptionStart;
    }

    public LocalDate subscriptionEnd() {
        return subscriptionEnd;
    }

    public String keycloakOrganizationId() {
        return keycloakOrganizationId;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public Instant activatedAt() {
        return activatedAt;
    }

    public Instant deletedAt() {
        return deletedAt;
    }

    public Set<String> modules() {
        return Set.copyOf(modules);
    }
}
