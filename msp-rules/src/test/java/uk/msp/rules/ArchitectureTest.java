package uk.msp.rules;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Architecture is a test: the model depends on nothing; the public API shows no Drools; the engine is reached only
 * through the front door; no package cycles; no standard streams; no wall clock. Each rule was broken once on purpose
 * and seen to fail.
 */
class ArchitectureTest {
    /** The public API packages. The rule-set packages hold classes Drools generates from DRL: not API. */
    static final String[] API_PACKAGES = {"uk.msp.model", "uk.msp.model.advice", "uk.msp.rules", "uk.msp.rules.drl",
            "uk.msp.rules.facts", "uk.msp.rules.testing"};
    /**
     * The only Drools types the public API may touch: the consequence's {@code kcontext} that {@code Raise.finding}
     * takes, and what it reads from it (the firing rule, the session to insert into, the matched facts that
     * {@code becauseMatched()} records for a rule written in sentences). All four are kie-api, Drools' own public API.
     */
    static final List<String> KCONTEXT_TYPES = List.of("org.kie.api.runtime.rule.RuleContext",
            "org.kie.api.definition.rule.Rule", "org.kie.api.runtime.KieRuntime", "org.kie.api.runtime.rule.Match");

    static final ArchRule MODEL_DEPENDS_ON_NOTHING_BUT_THE_JDK = classes().that().resideInAPackage("uk.msp.model..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("uk.msp.model..", "java..")
            .because("a host must be able to build a case without the rule engine");

    static final ArchRule PUBLIC_API_RETURNS_NO_DROOLS_TYPE = methods().that().areDeclaredInClassesThat()
            .resideInAnyPackage(API_PACKAGES).and().arePublic().and().areDeclaredInClassesThat().arePublic()
            .should().notHaveRawReturnType(describe("a Drools or KIE type", (JavaClass c) -> drools(c)))
            .because("hosts must not need Drools to use the advisor");

    static final ArchRule PUBLIC_API_DEPENDS_ON_NO_DROOLS = noClasses().that().resideInAnyPackage(API_PACKAGES)
            .should().dependOnClassesThat(describe("are Drools or KIE types other than the consequence's kcontext",
                    (JavaClass c) -> drools(c) && !KCONTEXT_TYPES.contains(c.getName())))
            .because("everything touching Drools is in uk.msp.rules.internal; the DRL helpers only take kcontext");

    static final ArchRule ONLY_THE_DRL_HELPERS_TOUCH_KCONTEXT = noClasses().that().resideInAnyPackage(API_PACKAGES)
            .and().resideOutsideOfPackage("uk.msp.rules.drl")
            .should().dependOnClassesThat().resideInAnyPackage("org.kie..", "org.drools..")
            .because("only what DRL calls may see the consequence's kcontext");

    static final ArchRule LIBRARY_CODE_USES_NO_STANDARD_STREAMS = GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS
            .because("a library logs through SLF4J; the host owns the console");

    static final ArchRule RULES_NEVER_READ_THE_WALL_CLOCK = noClasses().that().resideInAnyPackage("uk.msp.rules..")
            .and().doNotHaveFullyQualifiedName(MspAdvisor.class.getName())
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
            // Only the advisor's evaluate(case) takes today, from its injected Clock.
            .because("time-based rules count from the injected as-of date: same case and date, same advice");

    static final ArchRule NO_PACKAGE_CYCLES = slices().matching("uk.msp.(**)").should().beFreeOfCycles()
            .because("each package is its own slice (uk.msp.rules and uk.msp.rules.internal apart): data walks one way");

    static final ArchRule INTERNAL_IS_REACHED_ONLY_THROUGH_THE_FRONT_DOOR = noClasses()
            .that().resideOutsideOfPackages("uk.msp.rules", "uk.msp.rules.internal")
            .should().dependOnClassesThat().resideInAPackage("uk.msp.rules.internal..")
            .because("uk.msp.rules.internal changes without notice: the DRL helpers, facts, test kit and the classes"
                    + " generated from bundled DRL must use the public API");

    static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("uk.msp");
    }

    static boolean drools(JavaClass c) {
        return c.getPackageName().startsWith("org.kie") || c.getPackageName().startsWith("org.drools");
    }

    @Test
    void the_model_depends_on_nothing_but_the_jdk() {
        MODEL_DEPENDS_ON_NOTHING_BUT_THE_JDK.check(classes);
    }

    @Test
    void public_api_returns_no_drools_or_kie_type() {
        PUBLIC_API_RETURNS_NO_DROOLS_TYPE.check(classes);
    }

    @Test
    void public_api_depends_on_no_drools_or_kie_type_but_kcontext() {
        PUBLIC_API_DEPENDS_ON_NO_DROOLS.check(classes);
    }

    @Test
    void only_the_drl_helpers_touch_kcontext() {
        ONLY_THE_DRL_HELPERS_TOUCH_KCONTEXT.check(classes);
    }

    @Test
    void library_code_uses_no_standard_streams() {
        LIBRARY_CODE_USES_NO_STANDARD_STREAMS.check(classes);
    }

    @Test
    void rules_never_read_the_wall_clock() {
        RULES_NEVER_READ_THE_WALL_CLOCK.check(classes);
    }

    @Test
    void no_package_cycles() {
        NO_PACKAGE_CYCLES.check(classes);
    }

    @Test
    void the_engine_is_reached_only_through_the_front_door() {
        INTERNAL_IS_REACHED_ONLY_THROUGH_THE_FRONT_DOOR.check(classes);
    }

    @Test
    void the_checks_see_every_package_including_the_classes_generated_from_bundled_drl() {
        // A rule over packages that were not imported passes without checking anything.
        assertThat(classes.stream().map(JavaClass::getPackageName).distinct())
                .contains("uk.msp.model", "uk.msp.model.advice", "uk.msp.rules", "uk.msp.rules.drl", "uk.msp.rules.facts",
                        "uk.msp.rules.internal", "uk.msp.rules.testing", "uk.msp.rules.mca", "uk.msp.rules.enquiry");
    }
}
