package org.partycloud.tenant.provisioning;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.partycloud.platform.tenancy.TenantContext;
import org.partycloud.core.tenant.TenantKey;
import org.partycloud.core.tenant.TenantStatus;
import org.partycloud.tenant.keycloak.KeycloakTenants;
import org.partycloud.tenant.keycloak.KeycloakTenants.AdminAccount;
import org.partycloud.tenant.registry.OneTimePasswords;
import org.partycloud.tenant.registry.TenantRegistry;
import org.partycloud.tenant.registry.TenantSnapshot;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClientResponseException;

/**
 * Brings a PROVISIONING tenant to ACTIVE and a DELETING one to DELETED. Provisioning runs its steps in order
 * (each domain service, then the Keycloak organisation, its groups, the admin user), records each when done
 * and skips those already done, so a retry or a restart continues where the last run stopped; every step is
 * idempotent on its own, so a crash between doing a step and recording it does no harm either. A step that
 * fails leaves the tenant FAILED with the step and the reason.
 */
@Component
public class ProvisioningSaga {

    static final String ORGANIZATION = "keycloak:organization";
    static final String GROUPS = "keycloak:groups";
    static final String ADMIN_USER = "keycloak:admin-user";
    private static final Logger log = LoggerFactory.getLogger(ProvisioningSaga.class);

    private final TenantRegistry registry;
    private final ProvisioningSteps steps;
    private final DomainServices services;
    private final KeycloakTenants keycloak;
    private final OneTimePasswords passwords;
    private final ProvisioningProperties properties;
    /** Tenants a saga runs for in this process; a second request for one of them waits for the next run. */
    private final Set<TenantKey> running = ConcurrentHashMap.newKeySet();

    ProvisioningSaga(TenantRegistry registry, ProvisioningSteps steps, DomainServices services,
            KeycloakTenants keycloak, OneTimePasswords passwords, ProvisioningProperties properties) {
        this.registry = registry;
        this.steps = steps;
        this.services = services;
        this.keycloak = keycloak;
        this.passwords = passwords;
        this.properties = properties;
    }

    private record Step(String name, Consumer<TenantSnapshot> action) {
    }

    static String serviceStep(String service) {
        return "service:" + service;
    }

    /** Runs the provisioning of a PROVISIONING tenant to its end (ACTIVE or FAILED); anything else is left alone. */
    public void provision(TenantKey key) {
        exclusively(key, () -> {
            Optional<TenantSnapshot> tenant = registry.snapshot(key);
            if (tenant.isEmpty() || tenant.get().status() != TenantStatus.PROVISIONING) {
                return;
            }
            Set<String> done = steps.completed(key);
            for (Step step : plan()) {
                if (done.contains(step.name())) {
                    continue;
                }
                try {
                    step.action().accept(registry.snapshot(key).orElseThrow());
                    steps.complete(key, step.name());
                } catch (RuntimeException e) {
                    String reason = reason(e);
                    log.warn("Provisioning of tenant {} failed at step {}: {}", key, step.name(), reason);
                    registry.fail(key, step.name(), reason);
                    return;
                }
            }
            registry.activate(key);
            log.info("Tenant {} is ACTIVE", key);
        });
    }

    /** Removes a DELETING tenant from every service and from Keycloak, then marks it DELETED. */
    public void delete(TenantKey key) {
        exclusively(key, () -> {
            Optional<TenantSnapshot> found = registry.snapshot(key);
            if (found.isEmpty() || found.get().status() != TenantStatus.DELETING) {
                return;
            }
            TenantSnapshot tenant = found.get();
            String step = null;
            try {
                for (Map.Entry<String, String> service : properties.activeServices().entrySet()) {
                    step = serviceStep(service.getKey());
                    callService("DELETE", service.getKey(), service.getValue(), key,
                            () -> services.deprovision(service.getValue(), key));
                }
                step = "keycloak";
                keycloak.deleteTenant(key, tenant.keycloakOrganizationId(), tenant.adminUsername());
                registry.markDeleted(key);
                log.info("Tenant {} is DELETED", key);
            } catch (RuntimeException e) {
                String reason = reason(e);
                log.warn("Deletion of tenant {} failed at step {}: {}", key, step, reason);
                registry.deletionFailed(key, step, reason);
            }
        });
    }

    private List<Step> plan() {
        List<Step> plan = new ArrayList<>();
        properties.activeServices().forEach((name, url) -> plan.add(new Step(serviceStep(name),
                t -> callService("PUT", name, url, t.key(), () -> services.provision(url, t.key())))));
        plan.add(new Step(ORGANIZATION, t -> registry.recordOrganization(t.key(),
                keycloak.ensureOrganization(t.key(), t.name()))));
        plan.add(new Step(GROUPS, t -> keycloak.ensureTenantGroups(requireOrganization(t))));
        plan.add(new Step(ADMIN_USER, t -> {
            keycloak.ensureAdminUser(requireOrganization(t), new AdminAccount(t.key(), t.adminUsername(),
                    t.adminEmail(), "租户管理员", t.key().value(), passwords.find(t.key())));
            passwords.discard(t.key());
        }));
        return plan;
    }

    private static String requireOrganization(TenantSnapshot tenant) {
        if (tenant.keycloakOrganizationId() == null) {
            throw new IllegalStateException("Tenant " + tenant.key() + " has no Keycloak organisation recorded");
        }
        return tenant.keycloakOrganizationId();
    }

    private static void callService(String method, String name, String url, TenantKey key, Runnable call) {
        try {
            call.run();
        } catch (RestClientResponseException e) {
            throw new IllegalStateException(name + "-service answered " + e.getStatusCode() + " to " + method + " "
                    + url + "/internal/tenants/" + key, e);
        } catch (RuntimeException e) {
            throw new IllegalStateException(name + "-service at " + url + " could not be reached for " + method
                    + " /internal/tenants/" + key + ": " + rootMessage(e), e);
        }
    }

    private void exclusively(TenantKey key, Runnable work) {
        if (!running.add(key)) {
            log.info("A saga for tenant {} is already running here; this request is left to it", key);
            return;
        }
        try {
            TenantContext.run(key, work);
        } finally {
            running.remove(key);
        }
    }

    static String reason(RuntimeException e) {
        return e.getMessage() != null && !e.getMessage().isBlank() ? e.getMessage() : rootMessage(e);
    }

    /** The causes below the top exception, e.g. {@code ConnectException ← ClosedChannelException}. */
    static String rootMessage(Throwable e) {
        StringBuilder causes = new StringBuilder();
        Throwable cause = e.getCause() == null ? e : e.getCause();
        for (int depth = 0; cause != null && depth < 5; depth++, cause = cause.getCause()) {
            if (!causes.isEmpty()) {
                causes.append(" ← ");
            }
            causes.append(cause.getClass().getSimpleName());
            if (cause.getMessage() != null && !cause.getMessage().isBlank()) {
                causes.append(": ").append(cause.getMessage());
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return causes.toString();
    }
}
