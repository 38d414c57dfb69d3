package uk.msp.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.drools.model.codegen.ExecutableModelProject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;

import uk.msp.model.Achievement;
import uk.msp.model.ActionStatus;
import uk.msp.model.ActionType;
import uk.msp.model.CommunicationNeed;
import uk.msp.model.DecisionTopic;
import uk.msp.model.OutcomeCategory;
import uk.msp.model.PersonRole;
import uk.msp.model.ReferralTarget;
import uk.msp.model.Relationship;
import uk.msp.model.RiskIndicator;
import uk.msp.model.RiskLocation;
import uk.msp.model.RiskSource;
import uk.msp.model.RiskType;
import uk.msp.model.Stage;

/**
 * Every sentence of the vocabulary compiles: a tiny rule per sentence (with the sentences naming the parts it speaks
 * of before it), expanded by Drools' expander and compiled with the executable model, all in one build.
 */
class SentencesTest {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");
    private static final Map<String, String> ERRORS = new LinkedHashMap<>();

    static Stream<String> sentences() {
        return Sentences.vocabulary().sentences().stream().map(Sentences.Sentence::template);
    }

    /** The sentence with its placeholders filled with a value of the right kind, in lower case (case is ignored). */
    static String filled(String template) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            Class<? extends Enum<?>> kind = switch (m.group(1)) {
                case "n" -> null;
                case "stage" -> Stage.class;
                case "type" -> template.startsWith("The action") ? ActionType.class : RiskType.class;
                case "location" -> RiskLocation.class;
                case "source" -> RiskSource.class;
                case "indicator" -> RiskIndicator.class;
                case "relationship" -> Relationship.class;
                case "role" -> PersonRole.class;
                case "topic" -> DecisionTopic.class;
                case "category" -> OutcomeCategory.class;
                case "achievement" -> Achievement.class;
                case "status" -> ActionStatus.class;
                case "target" -> ReferralTarget.class;
                case "need" -> CommunicationNeed.class;
                default -> throw new AssertionError("no sample value for {" + m.group(1) + "} in " + template);
            };
            String value = kind == null ? "90" : kind.getEnumConstants()[kind.getEnumConstants().length - 1].name()
                    .toLowerCase(Locale.ROOT);
            m.appendReplacement(out, value);
        }
        return m.appendTail(out).toString();
    }

    /** A rule holding the sentence, after the sentences that name what it speaks of. */
    static String rule(int i, Sentences.Sentence s) {
        String value = s.entry().getMappingValue();
        List<String> when = new ArrayList<>();
        for (String[] part : new String[][] {{"$adult", "There is an adult"}, {"$concern", "There is a concern"},
                {"$outcome", "There is a desired outcome"}, {"$action", "There is an action"}}) {
            if (value.contains(part[0]) && !value.contains(part[0] + " :")) when.add(part[1]);
        }
        if (s.section().equals("when")) when.add(filled(s.template()));
        else when.add("There is an adult");
        String then = s.section().equals("then") ? filled(s.template()) : "Raise the finding";
        return "package uk.msp.vocabulary;\n\nimport uk.msp.model.*;\nimport uk.msp.rules.facts.*;\nimport uk.msp.rules.drl.*;\n\n"
                + "rule \"VOC-" + i + "\"\n    @code(\"VOC-" + i + "\")\nwhen\n    " + String.join("\n    ", when)
                + "\nthen\n    " + then + "\nend\n";
    }

    @BeforeAll
    static void compileEverySentence() {
        KieServices ks = KieServices.Factory.get();
        KieFileSystem kfs = ks.newKieFileSystem();
        kfs.generateAndWritePomXML(ks.newReleaseId("uk.msp.test", "vocabulary-" + UUID.randomUUID(), "1.0.0"));
        List<Sentences.Sentence> all = Sentences.vocabulary().sentences();
        Map<String, String> byFile = new LinkedHashMap<>();
        for (int i = 0; i < all.size(); i++) {
            String file = "src/main/resources/uk/msp/vocabulary/sentence-" + i + ".drl";
            Sentences.Expanded e = Sentences.vocabulary().expand("sentence-" + i + ".dslr", rule(i, all.get(i)));
            assertThat(e.faults()).as(all.get(i).template()).isEmpty();
            kfs.write(file, e.drl());
            byFile.put("uk/msp/vocabulary/sentence-" + i + ".drl", all.get(i).template());
            ERRORS.put(all.get(i).template(), "");
        }
        KieBuilder kb = ks.newKieBuilder(kfs, SentencesTest.class.getClassLoader()).buildAll(ExecutableModelProject.class);
        for (Message m : kb.getResults().getMessages(Message.Level.ERROR)) {
            String template = byFile.get(CompileErrors.resourcePath(m));
            ERRORS.merge(template == null ? "?" : template, m.getText(), (a, b) -> a + b);
        }
    }

    @ParameterizedTest
    @MethodSource("sentences")
    void each_sentence_compiles_in_a_rule_of_its_own(String template) {
        assertThat(ERRORS).containsKey(template);
        assertThat(ERRORS.get(template)).as("compile errors for '%s'", template).isEmpty();
    }

    @Test
    void a_build_error_would_be_seen_here() {
        assertThat(ERRORS).doesNotContainKey("?").hasSize(Sentences.vocabulary().sentences().size());
    }

    @Test
    void expansion_keeps_the_analysts_lines() {
        String dslr = "package x;\nexpander safeguarding.dsl\n/* a comment\n   over two lines */\nrule \"R\"\nwhen\n    There is an adult\n"
                + "    The adult is aged 90 or over\n    No advocate is recorded\nthen\n    Raise the finding\nend\n";
        String drl = Sentences.vocabulary().expand("x.dslr", dslr).drl();
        String[] lines = drl.split("\n", -1);
        assertThat(lines[1]).isEmpty();
        assertThat(lines[6].trim()).isEqualTo("$adult : Adult( )");
        assertThat(lines[7].trim()).isEqualTo("AsOf( Ages.of($adult, this) >= 90 )");
        assertThat(lines[8].trim()).isEqualTo("not Advocate( )");
        assertThat(lines[10].trim()).isEqualTo("Raise.finding(kcontext).becauseMatched().done();");
    }

    @Test
    void a_sentence_about_a_part_no_line_names_says_which_sentence_to_write_first() {
        String dslr = "package x;\n\nrule \"R\"\nwhen\n    The adult is aged 90 or over\n    There is an action\n"
                + "    The action has no owner\nthen\n    Raise the finding\nend\n";
        assertThat(Sentences.vocabulary().expand("local/x.dslr", dslr).faults()).containsExactly(new Fault(
                "local/x.dslr", 5, "'The adult is aged 90 or over' speaks of a part of the case no line before it names:"
                        + " write 'There is an adult' before it"));
    }

    @Test
    void a_line_no_sentence_says_is_named_with_the_closest_sentences() {
        String dslr = "package x;\n\nrule \"R\"\nwhen\n    There is an adult\n    The adult is agd 90 or over\nthen\n"
                + "    Raise the finding\nend\n";
        assertThat(Sentences.vocabulary().expand("local/x.dslr", dslr).faults()).containsExactly(new Fault(
                "local/x.dslr", 6, "no sentence matches 'The adult is agd 90 or over'; closest: "
                        + "'The adult is aged {n} or over', 'The adult is aged under {n}', 'The adult's age is not recorded'"));
    }
}
