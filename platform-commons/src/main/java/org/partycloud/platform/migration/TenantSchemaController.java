package org.partycloud.platform.migration;

import java.util.List;
import org.partycloud.platform.feed.ChangeFeed;
import org.partycloud.platform.tenancy.TenantContext;
import org.partycloud.core.tenant.TenantKey;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The provisioning steps tenant-service calls on every data-owning service. Both are idempotent: a retried
 * or resumed saga repeats them safely.
 */
@RestController
@RequestMapping("/internal/tenants")
class TenantSchemaController {

    private final TenantSchemaMigrator migrator;
    private final List<TenantSeeder> seeders;
    private final ChangeFeed changeFeed;

    TenantSchemaController(TenantSchemaMigrator migrator, List<TenantSeeder> seeders, ChangeFeed changeFeed) {
        this.migrator = migrator;
        this.seeders = seeders;
        this.changeFeed = changeFeed;
    }

    record TenantSchema(String tenant, String schema, String version) {
    }

    @PutMapping("/{key}")
    TenantSchema provision(@PathVariable String key) {
        TenantKey tenant = TenantKey.of(key);
        String version = migrator.migrate(tenant).getVersion();
        seeders.forEach(seeder -> TenantContext.run(tenant, () -> seeder.seed(tenant)));
        return new TenantSchema(tenant.value(), tenant.schemaName(), version);
    }

    /** Drops the schema and forgets the tenant's feed entries: a deleted tenant leaves no rows behind. */
    @DeleteMapping("/{key}")
    ResponseEntity<Void> delete(@PathVariable String key) {
        TenantKey tenant = TenantKey.of(key);
        migrator.drop(tenant);
        changeFeed.forget(tenant);
        return ResponseEntity.noContent().build();
    }
}
