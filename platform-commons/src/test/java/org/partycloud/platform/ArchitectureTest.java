package org.partycloud.platform;

import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.Test;
import org.partycloud.platform.testsupport.ArchitectureRules;

/** platform-commons' packages form no cycle and name no service. */
class ArchitectureTest {

    private final JavaClasses classes = ArchitectureRules.productionClassesOf("org.partycloud.platform");

    @Test
    void packagesFormNoCycle() {
        ArchitectureRules.noCyclesBetweenPackagesOf("org.partycloud.platform").check(classes);
    }

    @Test
    void commonsKnowsNoService() {
        ArchitectureRules.knowsNoService().check(classes);
    }
}
