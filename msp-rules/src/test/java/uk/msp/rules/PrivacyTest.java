package uk.msp.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import uk.msp.model.SafeguardingCase;
import uk.msp.model.advice.Advice;

/**
 * Case data is special-category personal data: logs carry case ids, codes and timings only, and exceptions name
 * paths and codes, never free text. Every free-text field and every id but the case id holds a unique canary
 * ({@code canary-N...}); logging is at TRACE for every logger (the library's and Drools'); everything written to
 * standard error and standard output is captured. No canary may appear in any log record of the library's (at any
 * level) or of Drools and the rest at DEBUG or above, nor in any exception's message, causes or printed stack trace.
 * Drools' own TRACE records do carry case data: a known hazard, pinned by a test of its own.
 *
 * <p>slf4j-simple fixes its levels when first used, so this class runs in a JVM of its own (the
 * {@code privacy-at-trace} execution in {@code msp-rules/pom.xml}), and checks that TRACE is really on.
 */
class PrivacyTest {
    static final LocalDate AS_OF = LocalDate.of(2026, 3, 2);
    static final String CANARY = "canary-";

    static {
        // For a run of this class alone (e.g. -Dtest=PrivacyTest); the pom sets the same for its own execution.
        // slf4j-simple reads the default level once, when first used (a test engine may already have used it), but
        // a logger's own level when the logger is made: so every top-level package is set as well.
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "trace");
        for (String top : List.of("uk", "uk.msp", "org", "com", "net", "io", "java", "javax", "jdk", "sun")) {
            System.setProperty("org.slf4j.simpleLogger.log." + top, "trace");
        }
    }

    static final ByteArrayOutputStream captured = new ByteArrayOutputStream();
    static PrintStream originalErr;
    static PrintStream originalOut;

    @BeforeAll
    static void capture_standard_error_and_output() {
        originalErr = System.err;
        originalOut = System.out;
        System.setErr(new PrintStream(new Capture(), true, StandardCharsets.UTF_8));
        System.setOut(new PrintStream(new Capture(), true, StandardCharsets.UTF_8));
    }

    @AfterAll
    static void restore_standard_streams() {
        System.setErr(originalErr);
        System.setOut(originalOut);
    }

    static String log() {
        synchronized (captured) {
            return captured.toString(StandardCharsets.UTF_8);
        }
    }

    /** One log record: slf4j-simple's {@code [thread] LEVEL logger - message}, with its continuation lines. */
    record LogRecord(String level, String logger, String text) {
        /** What the README allows hosts to run with: the library at any level, Drools and the rest at DEBUG or above. */
        boolean allowed() {
            return logger.startsWith("uk.msp") || !level.equals("TRACE");
        }
    }

    private static final Pattern RECORD_START = Pattern.compile("^\\[[^\\]]+] (TRACE|DEBUG|INFO|WARN|ERROR) (\\S+) - ");

    static List<LogRecord> records() {
        return records(log());
    }

    static List<LogRecord> records(String log) {
        List<LogRecord> out = new ArrayList<>();
        String level = "OTHER";
        String logger = "(not a log record)";
        StringBuilder text = new StringBuilder();
        for (String line : log.split("\n", -1)) {
            Matcher m = RECORD_START.matcher(line);
            if (m.find()) {
                if (text.length() > 0) out.add(new LogRecord(level, logger, text.toString()));
                level = m.group(1);
                logger = m.group(2);
                text.setLength(0);
            }
            text.append(line).append('\n');
        }
        if (text.length() > 0) out.add(new LogRecord(level, logger, text.toString()));
        return out;
    }

    /** The allowed log records (see {@link LogRecord#allowed()}) that hold {@code canary}: the first ten. */
    static List<String> leaks(String canary) {
        return leaks(canary, 0);
    }

    /**
     * As {@link #leaks(String)}, in what was logged from character {@code since} on. Where there are leaks, the
     * whole captured log is kept in {@code target/privacy-test.log} to look into (it is large: TRACE).
     */
    static List<String> leaks(String canary, int since) {
        List<String> leaks = records(log().substring(since)).stream().filter(LogRecord::allowed)
                .filter(r -> r.text().contains(canary)).limit(10)
                .map(r -> r.level() + " " + r.logger() + ": " + (r.text().length() > 300 ? r.text().substring(0, 300) : r.text()))
                .toList();
        if (!leaks.isEmpty()) {
            try {
                java.nio.file.Files.createDirectories(java.nio.file.Path.of("target"));
                java.nio.file.Files.writeString(java.nio.file.Path.of("target/privacy-test.log"), log());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return leaks;
    }

    @Test
    void logging_is_at_trace_for_the_library_and_for_drools() {
        assertThat(LoggerFactory.getLogger("uk.msp.rules.internal.Evaluator").isTraceEnabled())
                .as("run this class in a JVM of its own with TRACE logging (see the class comment)").isTrue();
        assertThat(LoggerFactory.getLogger("org.drools.core.Anything").isTraceEnabled()).isTrue();
    }

    @Test
    void evaluating_cases_full_of_canaries_logs_case_ids_but_no_case_data() {
        MspAdvisor advisor = MspAdvisor.builder().build();
        List<SafeguardingCase> cases = CaseArbitraries.sample(CaseArbitraries.withCanaries(AS_OF, CANARY), 150, 7L);
        assertThat(CaseJson.write(cases.get(0))).as("the cases carry canaries").contains(CANARY);
        int findings = 0;
        for (SafeguardingCase c : cases) {
            Advice advice = advisor.evaluate(c, AS_OF);
            findings += advice.findings().size();
            assertThat(CaseJson.read(CaseJson.write(c), "case.json")).isEqualTo(c);
        }
        assertThat(findings).isPositive();
        assertThat(log()).as("the capture works: the advisor's own DEBUG lines are there").contains("evaluated case CASE-");
        assertThat(leaks(CANARY)).as("log records with case data").isEmpty();
    }

    @Test
    void known_hazard_drools_at_trace_logs_case_data_and_the_advisor_warns_of_it() {
        // Drools at TRACE writes every fact it is given (the records' toString, free text and all). The library
        // cannot change that; it warns when it sees it, and the README tells hosts to keep org.drools and org.kie at
        // INFO or above. HAZARDS.md (H-10) records this. If Drools stops doing it, this test fails: update both.
        MspAdvisor advisor = MspAdvisor.builder().build();
        advisor.evaluate(CaseArbitraries.sample(CaseArbitraries.withCanaries(AS_OF, "drools-canary-"), 1, 3L).get(0), AS_OF);
        assertThat(records()).filteredOn(r -> r.level().equals("WARN") && r.logger().equals("uk.msp.rules.internal.RuleBase"))
                .anySatisfy(r -> assertThat(r.text()).contains("TRACE logging is on for org.drools"));
        assertThat(records()).filteredOn(r -> !r.allowed()).anySatisfy(r -> assertThat(r.text()).contains("drools-canary-"));
    }

    @Test
    void bad_input_full_of_canaries_is_refused_without_quoting_it() {
        String head = "{\"id\": \"C-1\", \"stage\": \"ENQUIRY\", \"adult\": {\"id\": \"A-1\"}";
        List<String> documents = List.of(
                "{\"id\": \"C-1\", \"stage\": \"canary-1 she was at home\", \"adult\": {\"id\": \"A-1\"}}",
                head + ", \"dates\": {\"concernRaised\": \"canary-2 last tuesday\"}}",
                head + ", \"s42\": {\"rationale\": canary-3}}",
                head.replace("\"id\": \"A-1\"", "\"id\": \"A-1\", \"age\": \"canary-4\"") + "}",
                head + ", \"desiredOutcomes\": [{\"words\": [\"canary-5 I want to go home\"]}]}",
                head + ", \"narrative\": \"canary-6 the son shouted\"}",
                head + ", \"s42\": {\"rationale\": \"canary-7 unterminated",
                head + ", \"s42\": {\"rationale\": \"canary-8 " + "x".repeat(CaseJson.MAX_STRING_LENGTH) + "\"}}",
                head + ", \"s42\": {\"rationale\": \"canary-9 with a raw control character \u0001 in it\"}}",
                head + ", \"concerns\": [{\"riskTypes\": [\"canary-10 hit with a stick\"]}]}",
                head.replace("\"id\": \"A-1\"", "\"id\": \"A-1\", \"seenAlone\": \"canary-11 yes\"") + "}",
                head + ", \"risk\": {\"dashScore\": \"canary-12 \\\"high\\\"\"}}",
                head + "} canary-13 trailing words",
                "{'id': 'canary-14', \"stage\": \"ENQUIRY\"}",
                head + ", /* canary-15 a comment */ \"agencies\": []}",
                head + ", \"actions\": [{\"status\": \"canary-16 Done\", \"due\": \"canary-16 soon\"}]}",
                head + ", \"capacityAssessments\": [{\"decision\": {\"text\": \"canary-17 where to live\"}}]}",
                head + ", \"agencies\": \"canary-18 police\"}",
                head + ", \"leadProfessional\": [\"canary-19 Jo\"]}",
                head + ", \"s42\": {\"rationale\": \"canary-20\", \"decision\": \"S42\"}, \"stage\": \"canary-20b\"}");
        List<String> leaks = new ArrayList<>();
        for (String doc : documents) {
            InvalidCaseException e = refused(doc.getBytes(StandardCharsets.UTF_8));
            leaks.addAll(linesWith(everything(e), CANARY));
        }
        byte[] badUtf8 = (head + ", \"s42\": {\"rationale\": \"canary-21 \u00ff\"}}").getBytes(StandardCharsets.ISO_8859_1);
        InvalidCaseException e = refused(badUtf8);
        leaks.addAll(linesWith(everything(e), CANARY));
        assertThat(leaks).as("lines of exceptions that quote case data").isEmpty();
        assertThat(leaks(CANARY)).isEmpty();
    }

    @Test
    void a_case_refused_by_the_validator_is_named_by_path_not_by_its_free_text() {
        SafeguardingCase c = CaseJson.read("""
                {"id": "C-1", "stage": "CLOSED", "adult": {"id": "canary-30", "dateOfBirth": "2031-02-01"},
                 "dates": {"concernRaised": "2026-02-10", "closed": "2026-02-01"},
                 "s42": {"rationale": "canary-31 the neighbour told us"},
                 "actions": [{"id": "canary-32", "aim": "canary-33", "servesOutcomes": ["canary-34"],
                              "bestInterestsDecision": "canary-35", "capacityAssessment": "canary-36"}]}
                """, "case.json");
        InvalidCaseException e = org.assertj.core.api.Assertions.catchThrowableOfType(
                () -> MspAdvisor.builder().build().evaluate(c, AS_OF), InvalidCaseException.class);
        assertThat(e.problems()).hasSize(5);
        assertThat(linesWith(everything(e), CANARY)).isEmpty();
        assertThat(leaks(CANARY)).isEmpty();
    }

    @Test
    void a_failing_rule_names_its_code_and_never_the_case_data_its_error_quoted() {
        // The faulty rules throw errors whose messages quote the adult's id: that id is the canary here.
        MspAdvisor advisor = MspAdvisor.builder().localRules(RuleFaultsTest.FAULTY_RULES).build();
        int since = log().length(); // compiling logs the rules' text, and the ids are in it: look only at what follows
        for (String trigger : List.of("THROWS-IN-CONDITION", "THROWS-IN-BETA-CONDITION", "THROWS-IN-CONSEQUENCE",
                "NEVER-ENDS", "NOT-ITS-CODE", "DELETES-FINDING", "HALTS")) {
            EvaluationException e = org.assertj.core.api.Assertions.catchThrowableOfType(
                    () -> advisor.evaluate(RuleFaultsTest.caseFor(trigger), AS_OF), EvaluationException.class);
            assertThat(e.ruleCode()).startsWith("FLT-");
            assertThat(linesWith(everything(e), trigger)).as("what a host could log about the failure").isEmpty();
            assertThat(linesWith(everything(e), "failed on")).isEmpty();
            assertThat(leaks(trigger, since)).isEmpty();
        }
    }

    static InvalidCaseException refused(byte[] json) {
        try {
            CaseJson.read(json, "case.json");
        } catch (InvalidCaseException e) {
            assertThat(e.problems()).isNotEmpty();
            return e;
        }
        throw new AssertionError("expected InvalidCaseException for " + new String(json, StandardCharsets.UTF_8));
    }

    /** What a host could log about an exception: its message, its problems, its causes and its stack trace. */
    static String everything(Throwable e) {
        StringWriter w = new StringWriter();
        e.printStackTrace(new PrintWriter(w));
        StringBuilder sb = new StringBuilder(w.toString());
        for (Throwable t = e; t != null; t = t.getCause()) sb.append('\n').append(t).append('\n').append(t.getMessage());
        if (e instanceof InvalidCaseException ice) ice.problems().forEach(p -> sb.append('\n').append(p));
        return sb.toString();
    }

    /** The lines of {@code text} that hold {@code canary}: the first ten, enough to show where data leaks. */
    static List<String> linesWith(String text, String canary) {
        return text.lines().filter(l -> l.contains(canary)).limit(10).map(l -> l.length() > 300 ? l.substring(0, 300) : l).toList();
    }

    /** Keeps what is written (TRACE output is large: it is not passed on to the console). */
    static final class Capture extends OutputStream {
        @Override
        public void write(int b) {
            synchronized (captured) {
                captured.write(b);
            }
        }

        @Override
        public void write(byte[] b, int off, int len) {
            synchronized (captured) {
                captured.write(b, off, len);
            }
        }
    }
}
