package org.partycloud.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class TenantDirectoryTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final TenantDirectory directory = new TenantDirectory();

    private static JsonNode change(long seq, String payload) {
        return JSON.readTree("{\"seq\":" + seq + ",\"tenant\":\"democorp\",\"type\":\"tenant.changed\","
                + "\"subject\":\"democorp\",\"payload\":" + payload + ",\"at\":\"2026-11-23T10:00:00Z\"}");
    }

    @Test
    void appliesStatusModulesNameAndKindAndKeepsNameAndKindWhenALaterEntryLacksThem() {
        directory.apply(change(1, "{\"key\":\"democorp\",\"status\":\"PROVISIONING\",\"modules\":[\"affairs.organizations\"],"
                + "\"name\":\"示范集团公司党委\",\"kind\":\"enterprise\"}"));
        directory.apply(change(2, "{\"key\":\"democorp\",\"status\":\"ACTIVE\","
                + "\"modules\":[\"affairs.organizations\",\"learning.courses\"]}"));

        TenantDirectory.Tenant t = directory.find("democorp").orElseThrow();
        assertThat(t.isServed()).isTrue();
        assertThat(t.modules()).containsExactlyInAnyOrder("affairs.organizations", "learning.courses");
        assertThat(t.name()).isEqualTo("示范集团公司党委");
        assertThat(t.kind()).isEqualTo("enterprise");
        assertThat(t.reason()).isNull();
    }

    @Test
    void aModuleTurnedOffIsGoneAndASuspensionCarriesItsReasonUntilResumed() {
        directory.apply(change(1, "{\"key\":\"democorp\",\"status\":\"ACTIVE\",\"modules\":[\"affairs.organizations\",\"dues.billing\"]}"));
        directory.apply(change(2, "{\"key\":\"democorp\",\"status\":\"ACTIVE\",\"modules\":[\"dues.billing\"]}"));
        assertThat(directory.find("democorp").orElseThrow().hasModule("affairs.organizations")).isFalse();

        directory.apply(change(3, "{\"key\":\"democorp\",\"status\":\"SUSPENDED\",\"modules\":[\"dues.billing\"],\"reason\":\"合同到期未续费\"}"));
        assertThat(directory.find("democorp").orElseThrow().isServed()).isFalse();
        assertThat(directory.find("democorp").orElseThrow().reason()).isEqualTo("合同到期未续费");

        directory.apply(change(4, "{\"key\":\"democorp\",\"status\":\"ACTIVE\",\"modules\":[\"dues.billing\"]}"));
        assertThat(directory.find("democorp").orElseThrow().reason()).isNull();
    }

    @Test
    void aDeletedTenantIsForgottenAndOtherEntryTypesAreIgnored() {
        directory.apply(change(1, "{\"key\":\"democorp\",\"status\":\"ACTIVE\",\"modules\":[]}"));
        directory.apply(JSON.readTree("{\"seq\":2,\"type\":\"member.changed\",\"payload\":{\"key\":\"x\"}}"));
        assertThat(directory.size()).isEqualTo(1);
        directory.apply(change(3, "{\"key\":\"democorp\",\"status\":\"DELETED\",\"modules\":[]}"));
        assertThat(directory.find("democorp")).isEmpty();
    }

    @Test
    void refusesAMalformedEntryInsteadOfSkippingIt() {
        assertThatThrownBy(() -> directory.apply(change(1, "{\"key\":\"Bad Key\",\"status\":\"ACTIVE\"}")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(directory.isReady()).isFalse();
    }
}
