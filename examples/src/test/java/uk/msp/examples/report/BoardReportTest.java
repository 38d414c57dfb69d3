package uk.msp.examples.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.msp.examples.cli.MspCommand;
import uk.msp.rules.CaseJson;
import uk.msp.rules.MspAdvisor;
import uk.msp.rules.testing.Scenario;
import uk.msp.rules.testing.Scenarios;

/** The board report as a user runs it: SAC figures over cases whose values are known by hand, findings over vignettes whose exact codes are worked out by hand. */
class BoardReportTest {
    static final Path SAMPLE = Path.of("sample-data/cases-200.jsonl");
    static final String AS_OF = "2026-03-31";
    /** The bundled scenarios, whose vignettes give each case's exact findings worked out by hand. */
    static final Path VIGNETTES = Path.of("../msp-rules/src/test/resources/scenarios");

    @TempDir static Path out;
    static Run sampleRun;

    record Run(int code, String out, String err) {}

    static Run msp(String... args) {
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        int code = MspCommand.run(new PrintWriter(o), new PrintWriter(e), args);
        return new Run(code, o.toString(), e.toString());
    }

    @BeforeAll
    static void reportOverTheSample() {
        sampleRun = msp("report", SAMPLE.toString(), "--out", out.toString(), "--as-of", AS_OF, "--no-progress");
    }

    @Test
    void writes_the_page_and_every_csv_and_exits_0() throws Exception {
        assertThat(sampleRun.code()).as(sampleRun.err()).isZero();
        assertThat(sampleRun.out()).startsWith("Report: 200 cases read, 200 evaluated, 0 failed;").contains("index.html and 7 CSV files");
        assertThat(sampleRun.err()).isEmpty();
        assertThat(out.resolve("index.html")).exists();
        for (String csv : ReportFiles.CSV_FILES) assertThat(out.resolve(csv)).exists();
        String html = Files.readString(out.resolve("index.html"));
        assertThat(html).contains("<canvas id=\"sg4-asked\"").contains("Chart.js v4").doesNotContain("src=\"http")
                .contains("200 cases read, 200 evaluated");
        Map<String, String> summary = keyValue(out.resolve("summary.csv"));
        assertThat(summary).containsEntry("casesRead", "200").containsEntry("casesFailed", "0").containsEntry("asOf", AS_OF)
                .containsEntry("ruleSetVersion", MspAdvisor.builder().build().version());
    }

    @Test
    void the_sac_figures_are_counted_over_concluded_s42_enquiries(@TempDir Path dir) throws Exception {
        // GIVEN four concluded s.42 enquiries with their SAC values recorded at closure, an open enquiry and a closed
        // non-s.42 enquiry (both left out of the SAC figures)
        Path cases = dir.resolve("cases.jsonl");
        Files.writeString(cases, String.join("\n",
                // asked at the outset (before the s.42 decision); fully achieved; risk reduced; lacked capacity, supported
                concluded("K-1", "2026-01-05", "2026-01-06", "\"sg4Asked\": \"YES_OUTCOMES_EXPRESSED\", \"sg4Achieved\": \"FULLY_ACHIEVED\", "
                        + "\"sg2cActionResult\": \"RISK_IDENTIFIED_ACTION_TAKEN\", \"sg2eRiskOutcome\": \"RISK_REDUCED\", "
                        + "\"sg3LackedCapacity\": \"YES\", \"sg3SupportedByAdvocateFamilyOrFriend\": true"),
                // asked after the decision; partially achieved; risk outcome not recorded; did not lack capacity
                concluded("K-2", "2026-01-10", "2026-01-06", "\"sg4Asked\": \"YES_OUTCOMES_EXPRESSED\", \"sg4Achieved\": \"PARTIALLY_ACHIEVED\", "
                        + "\"sg2cActionResult\": \"RISK_IDENTIFIED_ACTION_TAKEN\", \"sg3LackedCapacity\": \"NO\""),
                // not asked; inconclusive, no action; capacity not recorded
                concluded("K-3", null, "2026-01-06", "\"sg4Asked\": \"NO\", \"sg2cActionResult\": \"INCONCLUSIVE_NO_ACTION_TAKEN\", "
                        + "\"sg3LackedCapacity\": \"NOT_RECORDED\""),
                // asked, no outcomes expressed, no s.42 decision date (so at the outset); risk removed; lacked capacity, not supported
                concluded("K-4", "2026-01-02", null, "\"sg4Asked\": \"YES_NO_OUTCOMES_EXPRESSED\", "
                        + "\"sg2cActionResult\": \"RISK_IDENTIFIED_ACTION_TAKEN\", \"sg2eRiskOutcome\": \"RISK_REMOVED\", "
                        + "\"sg3LackedCapacity\": \"YES\", \"sg3SupportedByAdvocateFamilyOrFriend\": false"),
                "{\"id\": \"K-5\", \"stage\": \"ENQUIRY\", \"enquiryType\": \"S42\", \"adult\": {\"id\": \"A-5\"}}",
                "{\"id\": \"K-6\", \"stage\": \"CLOSED\", \"enquiryType\": \"OTHER\", \"adult\": {\"id\": \"A-6\"}, "
                        + "\"closure\": {\"sg4Asked\": \"NO\"}}") + "\n");
        // WHEN the report runs
        Run r = msp("report", cases.toString(), "--out", dir.resolve("out").toString(), "--as-of", AS_OF, "--no-progress");
        assertThat(r.code()).as(r.err()).isZero();
        // THEN the figures, worked out by hand: 4 concluded; SG4 achieved over the 2 that expressed outcomes; SG2e over
        // the 3 with risk identified and action taken; SG3 supported over the 2 who lacked capacity
        assertThat(Files.readString(dir.resolve("out/sac-msp.csv"))).isEqualTo("""
                measure,value,label,count,denominator,percent
                SG4 asked,YES_OUTCOMES_EXPRESSED,Yes they were asked and outcomes were expressed,2,4,50.0
                SG4 asked,YES_NO_OUTCOMES_EXPRESSED,Yes they were asked but no outcomes were expressed,1,4,25.0
                SG4 asked,NO,No,1,4,25.0
                SG4 asked,DONT_KNOW,Don't Know,0,4,0.0
                SG4 asked,NOT_RECORDED,Not Recorded,0,4,0.0
                Asked at the outset,YES,Asked about desired outcomes on or before the s.42 decision,2,4,50.0
                SG4 achieved,FULLY_ACHIEVED,Fully Achieved,1,2,50.0
                SG4 achieved,PARTIALLY_ACHIEVED,Partially Achieved,1,2,50.0
                SG4 achieved,NOT_ACHIEVED,Not Achieved,0,2,0.0
                SG4 achieved,NOT_RECORDED,"Outcomes expressed, result not recorded",0,2,0.0
                SG2c action and result,RISK_IDENTIFIED_ACTION_TAKEN,Risk identified and action taken,3,4,75.0
                SG2c action and result,RISK_IDENTIFIED_NO_ACTION_TAKEN,Risk identified and no action taken,0,4,0.0
                SG2c action and result,INCONCLUSIVE_ACTION_TAKEN,Risk Assessment inconclusive and action taken,0,4,0.0
                SG2c action and result,INCONCLUSIVE_NO_ACTION_TAKEN,Risk Assessment inconclusive and no action taken,1,4,25.0
                SG2c action and result,NO_RISK_ACTION_TAKEN,No risk identified and action taken,0,4,0.0
                SG2c action and result,NO_RISK_NO_ACTION_TAKEN,No risk identified and no action taken,0,4,0.0
                SG2c action and result,CEASED_AT_INDIVIDUALS_REQUEST,Enquiry ceased at individual's request and no action taken,0,4,0.0
                SG2e risk outcome,RISK_REMAINED,Risk remained,0,3,0.0
                SG2e risk outcome,RISK_REDUCED,Risk reduced,1,3,33.3
                SG2e risk outcome,RISK_REMOVED,Risk removed,1,3,33.3
                SG2e risk outcome,NOT_RECORDED,"Risk identified and action taken, outcome not recorded",1,3,33.3
                SG3 lacked capacity,YES,"Yes, they lacked capacity",2,4,50.0
                SG3 lacked capacity,NO,"No, they did not lack capacity",1,4,25.0
                SG3 lacked capacity,DONT_KNOW,Don't know,0,4,0.0
                SG3 lacked capacity,NOT_RECORDED,Not recorded,1,4,25.0
                SG3 supported,YES,"Lacked capacity and supported by an advocate, family or friend",1,2,50.0
                """);
        assertThat(keyValue(dir.resolve("out/summary.csv"))).containsEntry("casesRead", "6").containsEntry("casesEvaluated", "6")
                .containsEntry("concludedS42Enquiries", "4").containsEntry("askedAtOutset", "2");
        // the page's tiles: 3 of 4 asked (SG4 yes, with or without outcomes), 2 of 4 at the outset
        assertThat(Files.readString(dir.resolve("out/index.html")))
                .contains("<div class=\"figure\">75%</div><div class=\"what\">asked about the outcomes they wanted</div>"
                        + "<div class=\"detail\">3 of 4 concluded enquiries (SAC SG4)</div>")
                .contains("<div class=\"detail\">2 of 4, on or before the s.42 decision</div>");
    }

    /** A concluded s.42 enquiry with its SAC values recorded at closure; asked on / decided on may be null. */
    static String concluded(String id, String askedOn, String decidedOn, String closure) {
        return "{\"id\": \"" + id + "\", \"stage\": \"CLOSED\", \"enquiryType\": \"S42\", \"adult\": {\"id\": \"A-" + id + "\"}"
                + (decidedOn == null ? "" : ", \"dates\": {\"concernRaised\": \"2026-01-01\", \"s42Decision\": \"" + decidedOn + "\"}")
                + (askedOn == null ? "" : ", \"conversation\": {\"outcomesAskedOn\": \"" + askedOn + "\"}")
                + ", \"closure\": {" + closure + "}}";
    }

    /**
     * The commonest findings count cases, not the advisor's say-so: the vignettes dated 2026-03-02 each list the exact
     * codes their author worked out by hand for the case, and the report over those cases must count, for every
     * code, the vignettes that list it, commonest first.
     */
    @Test
    void findings_by_code_count_the_cases_whose_hand_worked_vignettes_list_the_code(@TempDir Path dir) throws Exception {
        // GIVEN the vignettes evaluated as of the same day with the bundled policy, one case per line
        List<Scenario> vignettes = new ArrayList<>();
        try (Stream<Path> folders = Files.list(VIGNETTES)) {
            for (Path folder : folders.filter(p -> p.getFileName().toString().startsWith("vignettes")).sorted().toList()) {
                for (Scenario v : Scenarios.load(folder)) {
                    if (v.asOf().equals(LocalDate.parse("2026-03-02")) && v.policy().isEmpty() && v.exactly() != null) vignettes.add(v);
                }
            }
        }
        assertThat(vignettes).hasSizeGreaterThanOrEqualTo(10);
        Path cases = dir.resolve("vignettes.jsonl");
        Files.write(cases, vignettes.stream().map(v -> CaseJson.write(v.safeguardingCase()).replace("\n", "")).toList());
        Map<String, Integer> expected = new TreeMap<>();
        for (Scenario v : vignettes) for (String code : v.exactly()) expected.merge(code, 1, Integer::sum);
        // WHEN the report runs over them
        Path report = dir.resolve("out");
        Run r = msp("report", cases.toString(), "--out", report.toString(), "--as-of", "2026-03-02", "--no-progress");
        assertThat(r.code()).as(r.err()).isZero();
        // THEN each code's case count is the number of vignettes listing it, and the commonest come first
        List<List<String>> byCode = csv(report.resolve("findings-by-code.csv"));
        Map<String, Integer> reported = new TreeMap<>();
        for (List<String> row : byCode.subList(1, byCode.size())) reported.put(row.get(0), Integer.parseInt(row.get(4)));
        assertThat(reported).isEqualTo(expected);
        List<Integer> counts = byCode.subList(1, byCode.size()).stream().map(row -> Integer.parseInt(row.get(4))).toList();
        assertThat(counts).isSortedAccordingTo((a, b) -> Integer.compare(b, a));
    }

    @Test
    void a_bad_file_in_a_folder_is_counted_and_listed_and_the_rest_reported(@TempDir Path dir) throws Exception {
        // GIVEN three good case files, one broken one, one empty one and a note that is not a case file
        List<String> lines = Files.readAllLines(SAMPLE);
        for (int i = 0; i < 3; i++) Files.writeString(dir.resolve("case-" + i + ".json"), lines.get(i));
        Files.writeString(dir.resolve("broken.json"), "{\"id\": \"B-1\", \"stage\": \"OPEN\", \"adult\": {\"id\": \"A\"}}");
        Files.writeString(dir.resolve("empty.json"), "");
        Files.writeString(dir.resolve("notes.txt"), "not a case");
        Path report = dir.resolve("out");
        // WHEN the report runs over the folder
        Run r = msp("report", dir.toString(), "--out", report.toString(), "--as-of", AS_OF);
        // THEN it is written, exit 0, with the two failures counted and listed with their first problem
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("Report: 5 cases read, 3 evaluated, 2 failed;");
        assertThat(r.err()).contains("Skipped broken.json: stage (line 1, column").contains("'OPEN' is not allowed")
                .contains("Skipped empty.json: (document): the document is empty");
        List<List<String>> failures = csv(report.resolve("failures.csv"));
        assertThat(failures).hasSize(3);
        assertThat(failures.get(1).get(0)).isEqualTo("broken.json");
        assertThat(failures.get(1).get(3)).contains("'OPEN' is not allowed");
        assertThat(keyValue(report.resolve("summary.csv"))).containsEntry("casesRead", "5").containsEntry("casesFailed", "2")
                .containsEntry("filesIgnored", "1");
        assertThat(Files.readString(report.resolve("index.html"))).contains("<code>broken.json</code>").contains("notes.txt")
                .contains("2 failed");
        assertThat(csv(report.resolve("cases.csv"))).hasSize(4);
    }

    @Test
    void cases_with_critical_findings_are_listed_by_id_only(@TempDir Path dir) throws Exception {
        // GIVEN a case with immediate danger (PRO-01, critical) and one with nothing of the kind
        Path cases = dir.resolve("cases.jsonl");
        Files.writeString(cases, """
                {"id": "CR-1", "stage": "CONCERN", "adult": {"id": "A-1", "age": 80}, "concerns": [{"id": "C-1", "immediateDanger": true}]}

                {"id": "CR-2", "stage": "CONCERN", "adult": {"id": "A-2", "age": 70}}
                """);
        Run r = msp("report", cases.toString(), "--out", dir.resolve("out").toString(), "--as-of", AS_OF);
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("2 cases read").contains("1 with critical findings");
        assertThat(Files.readString(dir.resolve("out/critical-cases.csv"))).isEqualTo("caseId,criticalCodes\nCR-1,PRO-01\n");
        assertThat(Files.readString(dir.resolve("out/index.html"))).contains("<li><code>CR-1</code> PRO-01</li>");
    }

    @Test
    void text_from_the_input_is_escaped_on_the_page_and_cannot_run_as_a_formula_in_a_spreadsheet(@TempDir Path dir) throws Exception {
        // GIVEN a folder with a case whose id starts like a formula (ids allow letters, digits and . _ - : / only) and
        // a file, named with markup and a formula, holding a case that cannot be read (case text is never echoed, so
        // the file name is the text from the input that reaches the page)
        Path cases = Files.createDirectories(dir.resolve("cases"));
        Files.writeString(cases.resolve("-2-1.json"), """
                {"id": "-2-1", "stage": "CONCERN", "adult": {"id": "A-1", "age": 80}, "concerns": [{"id": "C-1", "immediateDanger": true}]}
                """);
        Files.writeString(cases.resolve("=cmd<b>&'.json"), """
                {"id": "C-2", "stage": "NOPE", "adult": {"id": "A-2"}}
                """);
        // WHEN the report runs
        Run r = msp("report", cases.toString(), "--out", dir.resolve("out").toString(), "--as-of", AS_OF);
        // THEN the page shows the file name as text, and every CSV cell that starts like a formula gets an apostrophe
        assertThat(r.code()).as(r.err()).isZero();
        String page = Files.readString(dir.resolve("out/index.html"));
        assertThat(page).contains("<li><code>-2-1</code> PRO-01</li>")
                .contains("<tr><td><code>=cmd&lt;b&gt;&amp;&#39;.json</code></td>")
                .doesNotContain("<b>&'");
        assertThat(Files.readString(dir.resolve("out/critical-cases.csv"))).isEqualTo("caseId,criticalCodes\n'-2-1,PRO-01\n");
        assertThat(Files.readAllLines(dir.resolve("out/failures.csv"))).containsExactly(
                "source,problems,ruleFault,firstProblem",
                "'=cmd<b>&'.json,1,false,\"stage (line 1, column 24): 'NOPE' is not allowed: expected one of [RECORD_ONLY,"
                        + " CONCERN, S42_DECISION, ENQUIRY, PLAN, CLOSED]\"");
    }

    @Test
    void the_same_cases_give_the_same_files(@TempDir Path dir) throws Exception {
        assertThat(msp("report", SAMPLE.toString(), "--out", dir.toString(), "--as-of", AS_OF).code()).isZero();
        for (String f : List.of("index.html", "cases.csv", "sac-msp.csv")) {
            assertThat(Files.readString(dir.resolve(f))).as(f).isEqualTo(Files.readString(out.resolve(f)));
        }
    }

    @Test
    void a_missing_input_is_bad_input() {
        Run r = msp("report", "no-such-folder", "--out", out.resolve("x").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("no-such-folder: no such folder or file").doesNotContain("\tat ");
        Run notCases = msp("report", "pom.xml", "--out", out.resolve("x").toString());
        assertThat(notCases.code()).isEqualTo(2);
        assertThat(notCases.err()).contains("is not a folder of case files or a .jsonl file");
    }

    @Test
    void the_progress_bar_redraws_in_place_and_ends_with_a_line_break() {
        assertThat(Progress.line(50, 200, 1, 3)).isEqualTo("[#######.......................]  25%  50/200 cases, 1 failed, 3 s");
        assertThat(Progress.line(0, 0, 0, 0)).startsWith("[##############################] 100%");
        StringWriter sw = new StringWriter();
        long[] now = {0};
        Progress p = Progress.bar(new PrintWriter(sw), () -> now[0]);
        p.start(3);
        p.step(0);
        now[0] += 50_000_000L;
        p.step(0); // too soon to redraw
        now[0] += 200_000_000L;
        p.step(1);
        p.finish(1);
        String drawn = sw.toString();
        assertThat(drawn.split("\r", -1)).hasSize(4); // drawn at the start, at the third step and at the finish
        assertThat(drawn).endsWith("3/3 cases, 1 failed, 0 s\n");
    }

    /** A tiny RFC 4180 reader: enough for the report's own CSV. */
    static List<List<String>> csv(Path file) throws Exception {
        List<List<String>> rows = new ArrayList<>();
        String text = Files.readString(file, StandardCharsets.UTF_8);
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') { cell.append('"'); i++; }
                else if (ch == '"') quoted = false;
                else cell.append(ch);
            } else if (ch == '"') quoted = true;
            else if (ch == ',') { row.add(cell.toString()); cell.setLength(0); }
            else if (ch == '\n') { row.add(cell.toString()); cell.setLength(0); rows.add(row); row = new ArrayList<>(); }
            else cell.append(ch);
        }
        return rows;
    }

    static Map<String, String> keyValue(Path file) throws Exception {
        Map<String, String> m = new LinkedHashMap<>();
        for (List<String> row : csv(file).subList(1, csv(file).size())) m.put(row.get(0), row.get(1));
        return m;
    }
}
