package uk.msp.examples.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.msp.examples.cli.MspCommand;
import uk.msp.model.Achievement;
import uk.msp.model.EnquiryType;
import uk.msp.model.SacActionResult;
import uk.msp.model.SacAsked;
import uk.msp.model.SafeguardingCase;
import uk.msp.model.Stage;
import uk.msp.model.advice.Advice;
import uk.msp.model.advice.Finding;
import uk.msp.model.advice.Severity;
import uk.msp.rules.CaseJson;
import uk.msp.rules.MspAdvisor;
import uk.msp.rules.SacRow;

/** The board report as a user runs it, with its figures checked against SacRow and the advisor, computed here. */
class BoardReportTest {
    static final Path SAMPLE = Path.of("sample-data/cases-200.jsonl");
    static final String AS_OF = "2026-03-31";

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
    void the_sac_figures_match_sac_rows_computed_independently() throws Exception {
        // GIVEN each sample case's SAC row, computed here from SacRow and the case, not from the report
        List<SacRow> concluded = new ArrayList<>();
        for (String line : Files.readAllLines(SAMPLE)) {
            SafeguardingCase c = CaseJson.read(line, "sample");
            if (c.stage() == Stage.CLOSED && c.enquiryType() == EnquiryType.S42) concluded.add(SacRow.of(c));
        }
        Map<String, Integer> expected = new TreeMap<>();
        for (SacAsked a : SacAsked.values()) expected.put("SG4 asked/" + a.name(), 0);
        for (Achievement a : Achievement.values()) expected.put("SG4 achieved/" + a.name(), 0);
        int outset = 0;
        int riskTaken = 0;
        for (SacRow r : concluded) {
            expected.merge("SG4 asked/" + r.sg4Asked().name(), 1, Integer::sum);
            if (r.sg4Asked() == SacAsked.YES_OUTCOMES_EXPRESSED && r.sg4Achieved() != null) {
                expected.merge("SG4 achieved/" + r.sg4Achieved().name(), 1, Integer::sum);
            }
            if (r.askedAtOutset()) outset++;
            if (r.sg2cActionResult() == SacActionResult.RISK_IDENTIFIED_ACTION_TAKEN) {
                riskTaken++;
                if (r.sg2eRiskOutcome() != null) expected.merge("SG2e risk outcome/" + r.sg2eRiskOutcome().name(), 1, Integer::sum);
            }
        }
        expected.put("Asked at the outset/YES", outset);
        // WHEN the report's CSV is read
        List<List<String>> rows = csv(out.resolve("sac-msp.csv"));
        assertThat(rows.get(0)).containsExactly("measure", "value", "label", "count", "denominator", "percent");
        Map<String, Integer> actual = new TreeMap<>();
        Map<String, Integer> denominators = new HashMap<>();
        for (List<String> row : rows.subList(1, rows.size())) {
            actual.put(row.get(0) + "/" + row.get(1), Integer.parseInt(row.get(3)));
            denominators.put(row.get(0), Integer.parseInt(row.get(4)));
        }
        // THEN every expected figure is there, with the right denominators
        assertThat(concluded).hasSizeGreaterThan(40);
        assertThat(actual).containsAllEntriesOf(expected);
        assertThat(denominators).containsEntry("SG4 asked", concluded.size()).containsEntry("Asked at the outset", concluded.size())
                .containsEntry("SG2e risk outcome", riskTaken);
        assertThat(keyValue(out.resolve("summary.csv"))).containsEntry("concludedS42Enquiries", String.valueOf(concluded.size()))
                .containsEntry("askedAtOutset", String.valueOf(outset));
        assertThat(Files.readString(out.resolve("index.html"))).contains(outset + " of " + concluded.size() + ", on or before the s.42 decision");
    }

    @Test
    void the_commonest_findings_match_the_advisor_case_by_case() throws Exception {
        MspAdvisor advisor = MspAdvisor.builder().build();
        Map<String, Integer> casesByCode = new TreeMap<>();
        Map<String, int[]> bySeverity = new TreeMap<>();
        for (String line : Files.readAllLines(SAMPLE)) {
            Advice a = advisor.evaluate(CaseJson.read(line, "sample"), LocalDate.parse(AS_OF));
            a.findings().stream().map(Finding::code).distinct().forEach(code -> casesByCode.merge(code, 1, Integer::sum));
            for (Finding f : a.findings()) {
                int[] c = bySeverity.computeIfAbsent(f.principle().name(), k -> new int[4]);
                c[f.checklist() ? 3 : f.severity() == Severity.CRITICAL ? 0 : f.severity() == Severity.WARNING ? 1 : 2]++;
            }
        }
        Map<String, Integer> reported = new TreeMap<>();
        List<List<String>> byCode = csv(out.resolve("findings-by-code.csv"));
        for (List<String> row : byCode.subList(1, byCode.size())) reported.put(row.get(0), Integer.parseInt(row.get(4)));
        assertThat(reported).isEqualTo(casesByCode);
        // commonest first
        List<Integer> counts = byCode.subList(1, byCode.size()).stream().map(r -> Integer.parseInt(r.get(4))).toList();
        assertThat(counts).isSortedAccordingTo((a, b) -> Integer.compare(b, a));
        for (List<String> row : csv(out.resolve("findings-by-principle.csv")).subList(1, 7)) {
            int[] c = bySeverity.getOrDefault(row.get(0), new int[4]);
            assertThat(row.subList(2, 6)).as(row.get(0)).containsExactly(String.valueOf(c[0]), String.valueOf(c[1]),
                    String.valueOf(c[2]), String.valueOf(c[3]));
        }
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
    void text_from_a_case_is_escaped_on_the_page_and_cannot_run_as_a_formula_in_a_spreadsheet(@TempDir Path dir) throws Exception {
        // GIVEN a case with a critical finding whose id holds markup and a formula
        Path cases = dir.resolve("cases.jsonl");
        Files.writeString(cases, """
                {"id": "=1+2<b>&'\\"", "stage": "CONCERN", "adult": {"id": "A-1", "age": 80}, "concerns": [{"id": "C-1", "immediateDanger": true}]}
                """);
        // WHEN the report runs
        Run r = msp("report", cases.toString(), "--out", dir.resolve("out").toString(), "--as-of", AS_OF);
        // THEN the page shows the id as text and the CSV cell starts with an apostrophe
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(Files.readString(dir.resolve("out/index.html"))).contains("<li><code>=1+2&lt;b&gt;&amp;&#39;&quot;</code> PRO-01</li>")
                .doesNotContain("<b>&'");
        assertThat(Files.readString(dir.resolve("out/critical-cases.csv"))).isEqualTo("caseId,criticalCodes\n\"'=1+2<b>&'\"\"\",PRO-01\n");
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
