package org.partycloud.platform.stats;

import java.util.LinkedHashMap;
import java.util.Map;
import org.partycloud.platform.tenancy.JdbcTenantDirectory;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * One partition per tenant served now, named by its key: the worker steps are {@code tenantFigures:<key>}, so a
 * restart of the day finds each tenant's last step execution by name and skips the completed ones. Partitions are
 * listed again on a restart: a tenant activated since is computed, one suspended since is left alone.
 */
class TenantPartitioner implements Partitioner {

    static final String TENANT = "tenant";
    private final JdbcTenantDirectory directory;

    TenantPartitioner(JdbcTenantDirectory directory) {
        this.directory = directory;
    }

    /** The grid size is ignored: the number of tenants decides; the partition handler bounds the parallelism. */
    @Override
    public Map<String, ExecutionContext> partition(int gridSize) {
        Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
        directory.activeTenants().forEach(key -> {
            ExecutionContext context = new ExecutionContext();
            context.putString(TENANT, key.value());
            partitions.put(key.value(), context);
        });
        return partitions;
    }
}
