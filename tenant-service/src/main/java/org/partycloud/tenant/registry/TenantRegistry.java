package org.partycloud.tenant.registry;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.partycloud.core.tenant.TenantKey;
import org.partycloud.core.tenant.TenantStatus;
import org.partycloud.platform.web.ProblemException;
import org.partycloud.tenant.plan.Plan;
import org.partycloud.tenant.plan.Plans;
import org.partycloud.tenant.registry.TenantLifecycleEvents.Deleted;
import org.partycloud.tenant.registry.TenantLifecycleEvents.DeletionRequested;
import org.partycloud.tenant.registry.TenantLifecycleEvents.ProvisioningRequested;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The registry's use cases: each state change is one transaction that saves the tenant and, through its
 * events, the feed entry; work outside the database (provisioning, deletion) is requested by an event handled
 * after commit.
 */
@Service
public class TenantRegistry {

    private final Tenants tenants;
    private final Plans plans;
    private final OneTimePasswords passwords;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    TenantRegistry(Tenants tenants, Plans plans, OneTimePasswords passwords, ApplicationEventPublisher events,
            Clock clock) {
        this.tenants = tenants;
        this.plans = plans;
        this.passwords = passwords;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    TenantCreated register(TenantRegistration request) {
        TenantKey key = TenantKey.of(request.key());
        if (tenants.existsById(key.value())) {
            throw ProblemException.conflict("tenant-exists", "Tenant key '" + key
                    + "' is taken; keys are never reused, not even those of deleted tenants.").with("tenant", key.value());
        }
        String adminUsername = request.adminUsername() == null ? Tenant.adminUsernameFor(key) : request.adminUsername();
        if (tenants.adminUsernameInUse(adminUsername, TenantStatus.DELETED)) {
            // Never hand a login that already administers another tenant the admin rights of this one.
            throw ProblemException.conflict("admin-username-taken", "Admin username '" + adminUsername
                    + "' is already the admin of another tenant; choose another one.")
                    .with("adminUsername", adminUsername);
        }
        Plan plan = plans.findById(request.plan())
                .orElseThrow(() -> InvalidInput.field("plan", "no plan '" + request.plan() + "'"));
        if (request.subscriptionEnd().isBefore(request.subscriptionStart())) {
            throw InvalidInput.field("subscriptionEnd", "must not be before subscriptionStart");
        }
        if (request.subscriptionEnd().isBefore(today())) {
            throw InvalidInput.field("subscriptionEnd", "must be today or later");
        }
        Tenant tenant = Tenant.register(key, request.name().strip(), TenantKind.of(request.kind()),
                Tenant.PlanModules.of(plan),
                new Tenant.Contact(request.contactName().strip(), request.contactPhone().strip(),
                        request.adminEmail().strip().toLowerCase()),
                adminUsername, request.subscriptionStart(), request.subscriptionEnd(), clock.instant());
        // Flushed now: the one-time password row refers to the tenant row.
        tenant = tenants.saveAndFlush(tenant);
        String password = passwords.issue(key);
        events.publishEvent(new ProvisioningRequested(key));
        return new TenantCreated(TenantView.of(tenant),
                new TenantCreated.AdminAccount(tenant.adminUsername(), tenant.adminEmail(), password));
    }

    @Transactional(readOnly = true)
    TenantView view(TenantKey key) {
        return TenantView.of(load(key));
    }

    @Transactional(readOnly = true)
    Page<TenantView> search(TenantSearch search, Pageable pageable) {
        return tenants.findAll(Tenants.matching(search), pageable).map(TenantView::of);
    }

    @Transactional
    TenantView suspend(TenantKey key, String reason) {
        return change(key, t -> t.suspend(reason, clock.instant()));
    }

    @Transactional
    TenantView resume(TenantKey key) {
        return change(key, t -> t.resume(today(), clock.instant()));
    }

    @Transactional
    TenantView renew(TenantKey key, LocalDate subscriptionEnd) {
        return change(key, t -> t.renew(subscriptionEnd, today(), clock.instant()));
    }

    @Transactional
    TenantView retry(TenantKey key) {
        TenantView view = change(key, t -> t.retry(clock.instant()));
        events.publishEvent(new ProvisioningRequested(key));
        return view;
    }

    @Transactional
    TenantView requestDeletion(TenantKey key) {
        TenantView view = change(key, t -> t.startDeletion(clock.instant()));
        events.publishEvent(new DeletionRequested(key));
        return view;
    }

    /** Marks the tenant EXPIRED if it is ACTIVE and its subscription has ended; answers whether it did. */
    @Transactional
    public boolean expireIfEnded(TenantKey key) {
        Tenant tenant = load(key);
        if (tenant.status() != TenantStatus.ACTIVE || !tenant.hasEndedBy(today())) {
            return false;
        }
        tenant.expire(today(), clock.instant());
        tenants.save(tenant);
        return true;
    }

    @Transactional(readOnly = true)
    public List<TenantKey> endedButActive() {
        return tenants.keysEndedBefore(TenantStatus.ACTIVE, today()).stream().map(TenantKey::of).toList();
    }

    // ---- for the provisioning saga ----

    @Transactional(readOnly = true)
    public Optional<TenantSnapshot> snapshot(TenantKey key) {
        return tenants.findById(key.value()).map(TenantSnapshot::of);
    }

    @Transactional(readOnly = true)
    public List<TenantKey> withStatus(TenantStatus status) {
        return tenants.keysWithStatus(status).stream().map(TenantKey::of).toList();
    }

    @Transactional
    public void recordOrganization(TenantKey key, String organizationId) {
        Tenant tenant = load(key);
        tenant.recordOrganization(organizationId, clock.instant());
        tenants.save(tenant);
    }

    @Transactional
    public void activate(TenantKey key) {
        change(key, t -> t.activate(clock.instant()));
    }

    @Transactional
    public void fail(TenantKey key, String step, String reason) {
        change(key, t -> t.fail(step, reason, clock.instant()));
    }

    @Transactional
    public void deletionFailed(TenantKey key, String step, String reason) {
        change(key, t -> t.deletionFailed(step, reason, clock.instant()));
    }

    /** The tenant is gone everywhere: its registry row stays DELETED, its other rows go. */
    @Transactional
    public void markDeleted(TenantKey key) {
        change(key, t -> t.markDeleted(clock.instant()));
        passwords.discard(key);
        events.publishEvent(new Deleted(key));
    }

    // ---- for the tenant admin ----

    /** The tenant's plan and the modules it has switched on. */
    @Transactional(readOnly = true)
    public TenantModules modules(TenantKey key) {
        Tenant tenant = load(key);
        return new TenantModules(tenant.key(), tenant.plan(), tenant.modules());
    }

    /** Switches a module of the tenant's plan on or off; a change is published to the tenant feed. */
    @Transactional
    public TenantModules switchModule(TenantKey key, String module, boolean enabled) {
        Tenant tenant = load(key);
        Plan plan = plans.findById(tenant.plan()).orElseThrow();
        if (tenant.switchModule(module, enabled, Tenant.PlanModules.of(plan), clock.instant())) {
            tenants.save(tenant);
        }
        return new TenantModules(tenant.key(), tenant.plan(), tenant.modules());
    }

    public record TenantModules(TenantKey key, String plan, Set<String> enabled) {
    }

    @Transactional(readOnly = true)
    TenantProfile profile(TenantKey key) {
        Tenant tenant = load(key);
        Plan plan = plans.findById(tenant.plan()).orElseThrow();
        return TenantProfile.of(tenant, plan);
    }

    private TenantView change(TenantKey key, Consumer<Tenant> transition) {
        Tenant tenant = load(key);
        transition.accept(tenant);
        return TenantView.of(tenants.save(tenant));
    }

    private Tenant load(TenantKey key) {
        return tenants.findById(key.value()).orElseThrow(() -> new TenantNotFoundException(key));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
