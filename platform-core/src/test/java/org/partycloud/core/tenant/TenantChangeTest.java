package org.partycloud.core.tenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TenantChangeTest {

    @Test
    void aChangeSurvivesItsOwnMap() {
        TenantChange change = new TenantChange(TenantKey.of("democorp"), TenantStatus.ACTIVE,
                Set.of("dues.billing", "affairs.organizations"), null, "示范集团公司党委", "enterprise",
                new SupportGrant("g-1", "operator", Instant.parse("2026-12-04T10:00:00Z"), true));
        Map<String, Object> map = change.toMap();
        assertThat(map.get("modules")).isEqualTo(List.of("affairs.organizations", "dues.billing"));
        assertThat(map).doesNotContainKey("reason");
        assertThat(TenantChange.fromMap(map)).isEqualTo(change);
    }

    @Test
    void readsAnOlderPayloadWithoutNameKindOrGrantAndIgnoresUnknownMembers() {
        TenantChange change = TenantChange.fromMap(Map.of("key", "democorp", "status", "SUSPENDED",
                "modules", List.of("dues.billing"), "reason", "合同到期未续费", "futureField", 1));
        assertThat(change.status()).isEqualTo(TenantStatus.SUSPENDED);
        assertThat(change.reason()).isEqualTo("合同到期未续费");
        assertThat(change.name()).isNull();
        assertThat(change.support()).isNull();
    }

    @Test
    void refusesAMalformedPayloadInsteadOfHalfApplyingIt() {
        assertThatThrownBy(() -> TenantChange.fromMap(Map.of("key", "Bad Key", "status", "ACTIVE")))
                .isInstanceOf(InvalidTenantKeyException.class);
        assertThatThrownBy(() -> TenantChange.fromMap(Map.of("key", "democorp", "status", "LIMBO")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TenantChange.fromMap(Map.of("status", "ACTIVE")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
