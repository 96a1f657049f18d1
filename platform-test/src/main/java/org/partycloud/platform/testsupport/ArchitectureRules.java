package org.partycloud.platform.testsupport;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;

/**
 * The shape every module keeps (CONVENTIONS.md), checked in each module's build: packages by feature without
 * cycles, repositories and entities hidden in their feature, a domain (entities and the refusals they throw) that
 * knows no web type, and the shared modules knowing no service.
 */
public final class ArchitectureRules {

    /** Packages whose types belong to the web layer; the domain must not reach them. */
    private static final String[] WEB = {"org.springframework.web..", "org.springframework.http..",
            "jakarta.servlet..", "org.partycloud.platform.web.."};
    private static final String[] SERVICES = {"org.partycloud.tenant..", "org.partycloud.affairs..",
            "org.partycloud.dues..", "org.partycloud.learning..", "org.partycloud.gateway..", "org.partycloud.infra.."};

    private ArchitectureRules() {
    }

    /** The production classes of a module (tests and jars left out). */
    public static JavaClasses productionClassesOf(String rootPackage) {
        return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS).importPackages(rootPackage);
    }

    /** The first-level packages below {@code rootPackage} (features, with their subpackages) form no cycle. */
    public static ArchRule noCyclesBetweenPackagesOf(String rootPackage) {
        return slices().matching(rootPackage + ".(*)..").should().beFreeOfCycles();
    }

    /** Spring Data repositories stay inside their feature: package-private. */
    public static ArchRule repositoriesAreNotPublic() {
        return classes().that().areAssignableTo("org.springframework.data.repository.Repository").and().areInterfaces()
                .should().notHaveModifier(JavaModifier.PUBLIC).allowEmptyShould(true)
                .because("a feature's repository is its own; other features ask its service");
    }

    /** JPA entities stay inside their feature: package-private. */
    public static ArchRule entitiesAreNotPublic() {
        return classes().that().areAnnotatedWith("jakarta.persistence.Entity")
                .should().notHaveModifier(JavaModifier.PUBLIC).allowEmptyShould(true)
                .because("a feature's aggregates are its own; other features see views");
    }

    /** Aggregates, and the domain refusals they throw, know no web type: the web layer maps them once. */
    public static ArchRule domainIsFreeOfWebTypes() {
        return noClasses().that().areAnnotatedWith("jakarta.persistence.Entity")
                .or().areAssignableTo("org.partycloud.core.problem.DomainException")
                .should().dependOnClassesThat().resideInAnyPackage(WEB).allowEmptyShould(true)
                .because("aggregates throw DomainException, which commons maps to problem details");
    }

    /** The shared modules (core, commons, test support) never name a service. */
    public static ArchRule knowsNoService() {
        return noClasses().should().dependOnClassesThat().resideInAnyPackage(SERVICES)
                .because("platform code is shared by every service and knows none of them");
    }

    /** Fails with every violation of the rules a domain service keeps. */
    public static void checkService(String rootPackage) {
        CompositeArchRule.of(noCyclesBetweenPackagesOf(rootPackage)).and(repositoriesAreNotPublic())
                .and(entitiesAreNotPublic()).and(domainIsFreeOfWebTypes()).check(productionClassesOf(rootPackage));
    }

}
