package org.partycloud.tenant.registry;

import java.util.Optional;
import org.partycloud.core.tenant.TenantKey;
import org.partycloud.core.tenant.TenantState;
import org.partycloud.core.tenant.TenantStatus;
import org.partycloud.platform.tenancy.TenantDirectory;
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
    public Optional<TenantState> stateOf(TenantKey key) {
        return jdbc.query("SELECT status, suspension_reason FROM platform.tenant WHERE tenant_key = ?",
                rs -> rs.next() ? Optional.of(new TenantState(TenantStatus.valueOf(rs.getString(1)), rs.getString(2),
                        null)) : Optional.empty(), key.value());
    }
}
