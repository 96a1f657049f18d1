package org.partycloud.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.partycloud.gateway.GatewayProperties.ModuleRoute;

class ModuleMapTest {

    private final ModuleMap map = new ModuleMap(List.of(
            new ModuleRoute("/api/affairs/organizations/**", "affairs.organizations"),
            new ModuleRoute("/api/affairs/notices/**", "info.notices"),
            new ModuleRoute("/api/affairs/**", "affairs.organizations"),
            new ModuleRoute("/api/learning/exams/**", "learning.exams"),
            new ModuleRoute("/api/learning/**", "learning.courses"),
            new ModuleRoute("/api/dues/**", "dues.billing")), List.of("/api/tenant/**"));

    @Test
    void theFirstMatchingPatternNamesTheModule() {
        assertThat(map.moduleOf("/api/affairs/organizations")).contains("affairs.organizations");
        assertThat(map.moduleOf("/api/affairs/organizations/42/children")).contains("affairs.organizations");
        assertThat(map.moduleOf("/api/affairs/notices/7")).contains("info.notices");
        assertThat(map.moduleOf("/api/learning/courses/3")).contains("learning.courses");
        assertThat(map.moduleOf("/api/learning/exams")).contains("learning.exams");
        assertThat(map.moduleOf("/api/dues/rate-brackets")).contains("dues.billing");
    }

    @Test
    void theControlPlaneIsAlwaysOnAndUnmappedPathsBelongToNoModule() {
        assertThat(map.moduleOf("/api/tenant/modules/affairs.organizations")).isEmpty();
        assertThat(map.moduleOf("/api/tenant")).isEmpty();
        assertThat(map.moduleOf("/api/other/x")).isEmpty();
        assertThat(map.moduleOf("/api/learningx/courses")).isEmpty();
    }
}
