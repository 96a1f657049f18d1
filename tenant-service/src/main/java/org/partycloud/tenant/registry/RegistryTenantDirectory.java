package org.partycloud.tenant.registry;

import java.util.Optional;
import org.partycloud.platform.tenancy.TenantDirectory;
import org.partycloud.platform.tenancy.TenantKey;
import org.partycloud.platform.tenancy.TenantStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The tenant directory of tenant-service itself: answered from the registry, not from a feed replica. */
@Component
class RegistryTenantDirectory implements TenantDirectory {

    private final JdbcTemplate jdbc;

    RegistryTenantDirectory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<TenantStatus> statusOf(TenantKey key) {
        return jdbc.query("SELECT status FROM platform.tenant WHERE tenant_key = ?",
                rs -> rs.next() ? Optional.of(TenantStatus.valueOf(rs.getString(1))) : Optional.empty(), key.value());
    }

    @Override
    public Optional<String> reasonOf(TenantKey key) {
        return jdbc.query("SELECT suspension_reason FROM platform.tenant WHERE tenant_key = ?",
                rs -> rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.empty(), key.value());
    }
}
