package uk.msp.rules;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Architecture is a test: the model depends on nothing; the public API shows no Drools; no standard streams. */
class ArchitectureTest {
    /** The public API packages. The rule-set packages hold classes Drools generates from DRL: not API. */
    static final String[] API_PACKAGES = {"uk.msp.model", "uk.msp.model.advice", "uk.msp.rules", "uk.msp.rules.drl",
            "uk.msp.rules.facts", "uk.msp.rules.testing"};
    /**
     * The only Drools types the public API may touch: the consequence's {@code kcontext} that {@code Raise.finding}
     * takes, and what it reads from it (the firing rule, the session to insert into). All three are kie-api, Drools'
     * own public API.
     */
    static final String[] KCONTEXT_TYPES = {"org.kie.api.runtime.rule.RuleContext", "org.kie.api.definition.rule.Rule",
            "org.kie.api.runtime.KieRuntime"};
    static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("uk.msp");
    }

    @Test
    void the_model_depends_on_nothing_but_the_jdk() {
        classes().that().resideInAPackage("uk.msp.model..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("uk.msp.model..", "java..")
                .check(classes);
    }

    @Test
    void public_api_mentions_no_drools_or_kie_type() {
        methods().that().areDeclaredInClassesThat().resideInAnyPackage(API_PACKAGES)
                .and().arePublic().and().areDeclaredInClassesThat().arePublic()
                .should().notHaveRawReturnType(com.tngtech.archunit.base.DescribedPredicate.describe("a Drools or KIE type",
                        (com.tngtech.archunit.core.domain.JavaClass c) -> c.getPackageName().startsWith("org.kie")
                                || c.getPackageName().startsWith("org.drools")))
                .check(classes);
        noClasses().that().resideInAnyPackage(API_PACKAGES)
                .should().dependOnClassesThat(com.tngtech.archunit.base.DescribedPredicate.describe(
                        "are Drools or KIE types other than the consequence's kcontext",
                        (com.tngtech.archunit.core.domain.JavaClass c) -> (c.getPackageName().startsWith("org.kie")
                                || c.getPackageName().startsWith("org.drools"))
                                && !java.util.Arrays.asList(KCONTEXT_TYPES).contains(c.getName())))
                .check(classes);
        noClasses().that().resideInAnyPackage(API_PACKAGES).and().resideOutsideOfPackage("uk.msp.rules.drl")
                .should().dependOnClassesThat().resideInAnyPackage("org.kie..", "org.drools..")
                .check(classes);
    }

    @Test
    void library_code_uses_no_standard_streams() {
        noClasses().that().resideInAnyPackage("uk.msp.model..", "uk.msp.rules..")
                .should().accessField(System.class, "out").orShould().accessField(System.class, "err")
                .check(classes);
    }

    @Test
    void rules_never_read_the_wall_clock() {
        // Time-based rules count from the injected as-of date. Only the advisor's evaluate(case) takes today, from
        // its injected Clock. The classes generated from the bundled DRL are in uk.msp.rules.<area> and are checked too.
        noClasses().that().resideInAnyPackage("uk.msp.rules..").and().doNotHaveFullyQualifiedName(MspAdvisor.class.getName())
                .and().doNotHaveFullyQualifiedName(MspAdvisor.Builder.class.getName())
                .should().callMethod(java.time.LocalDate.class, "now")
                .orShould().callMethod(java.time.LocalDate.class, "now", java.time.Clock.class)
                .orShould().callMethod(java.time.LocalDate.class, "now", java.time.ZoneId.class)
                .orShould().callMethod(java.time.LocalDateTime.class, "now")
                .orShould().callMethod(java.time.Instant.class, "now")
                .orShould().callMethod(java.time.ZonedDateTime.class, "now")
                .orShould().callMethod(java.time.Clock.class, "systemDefaultZone")
                .orShould().callMethod(java.time.Clock.class, "systemUTC")
                .orShould().callMethod(System.class, "currentTimeMillis")
                .orShould().callConstructor(java.util.Date.class)
                .check(classes);
        assertThat(classes.contain("uk.msp.rules.mca.RulesMca") || classes.stream().anyMatch(c -> c.getPackageName().equals("uk.msp.rules.mca")))
                .as("the classes generated from the bundled DRL are imported").isTrue();
    }

    @Test
    void no_package_cycles() {
        slices().matching("uk.msp.(*)..").should().beFreeOfCycles().check(classes);
        slices().matching("uk.msp.model.(*)..").should().beFreeOfCycles().check(classes);
    }
}
