package org.partycloud.tenant.provisioning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProvisioningPropertiesTest {

    @Test
    void servicesAreCalledInNameOrderAndABlankUrlLeavesAServiceOut() {
        Map<String, String> configured = new LinkedHashMap<>();
        configured.put("learning", "http://learning:8084/");
        configured.put("affairs", "http://affairs:8082");
        configured.put("dues", " ");

        var active = new ProvisioningProperties(configured, 4).activeServices();

        assertThat(active).containsExactly(Map.entry("affairs", "http://affairs:8082"),
                Map.entry("learning", "http://learning:8084"));
    }
}
