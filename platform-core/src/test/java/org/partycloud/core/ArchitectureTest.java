package org.partycloud.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The tenant contract is framework-free (the JDK only) and its packages form no cycle. */
class ArchitectureTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.partycloud.core");

    @Test
    void dependsOnTheJdkOnly() {
        classes().should().onlyDependOnClassesThat().resideInAnyPackage("org.partycloud.core..", "java..")
                .because("the reactive gateway and the servlet commons both build on it").check(classes);
    }

    @Test
    void packagesFormNoCycle() {
        slices().matching("org.partycloud.core.(*)..").should().beFreeOfCycles().check(classes);
    }
}
