package uk.msp.examples.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.samskivert.mustache.Escapers;
import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;

import uk.msp.model.Achievement;
import uk.msp.model.Labelled;
import uk.msp.model.SacAsked;
import uk.msp.model.SacLackedCapacity;
import uk.msp.model.SacRiskOutcome;
import uk.msp.model.advice.Principle;
import uk.msp.model.advice.Severity;
import uk.msp.rules.CaseJson;

/**
 * Writes a {@link BoardReport} as {@code index.html} (charts drawn by Chart.js, inlined from its WebJar so that the
 * page works offline, each chart with its figures as a table) and CSV files. The same report gives the same files,
 * byte for byte: nothing in them depends on the wall clock.
 */
final class ReportFiles {
    static final String INDEX = "index.html";
    static final List<String> CSV_FILES = List.of("summary.csv", "sac-msp.csv", "findings-by-principle.csv",
            "findings-by-code.csv", "critical-cases.csv", "failures.csv", "cases.csv");
    /** How many codes the "commonest findings" chart shows; the CSV has them all. */
    static final int TOP_CODES = 15;
    /** Chart labels longer than this are drawn on more than one line. */
    private static final int LABEL_WIDTH = 26;

    private static final ObjectMapper JSON = CaseJson.mapper().disable(SerializationFeature.INDENT_OUTPUT);
    /** Where the page's template, its partials, style sheet and script are, on the classpath. */
    private static final String TEMPLATES = "uk/msp/examples/report/";
    /**
     * The page: {@code index.html.mustache} and its partials, rendered by JMustache. Every {@code {{value}}} is
     * HTML-escaped (&amp; &lt; &gt; &quot; &#39;); only the style sheet, the scripts and the chart data, which are ours,
     * go in unescaped ({@code {{{...}}}}). A name the template uses and the model lacks is an error, not a blank.
     */
    private static final Template PAGE = Mustache.compiler()
            .withEscaper(Escapers.simple(new String[][] {{"&", "&amp;"}, {"<", "&lt;"}, {">", "&gt;"}, {"\"", "&quot;"}, {"'", "&#39;"}}))
            .withLoader(name -> new StringReader(text(name + ".mustache")))
            .compile(text("index.html.mustache"));
    private static final String[] SEVERITY_COLUMNS = {"critical", "warning", "prompt", "checklist"};
    // Okabe-Ito colours: told apart with the common colour-vision deficiencies.
    private static final String RED = "#D55E00";
    private static final String AMBER = "#E69F00";
    private static final String BLUE = "#0072B2";
    private static final String GREEN = "#009E73";
    private static final String SKY = "#56B4E9";
    private static final String GREY = "#999999";
    private static final String PURPLE = "#CC79A7";

    private ReportFiles() {}

    static List<Path> write(BoardReport r, Path outDir) throws IOException {
        Files.createDirectories(outDir);
        Map<String, String> files = new LinkedHashMap<>();
        files.put(INDEX, html(r));
        files.put("summary.csv", summaryCsv(r));
        files.put("sac-msp.csv", sacCsv(r));
        files.put("findings-by-principle.csv", principleCsv(r));
        files.put("findings-by-code.csv", codeCsv(r));
        files.put("critical-cases.csv", criticalCsv(r));
        files.put("failures.csv", failuresCsv(r));
        files.put("cases.csv", casesCsv(r));
        List<Path> written = new ArrayList<>();
        for (Map.Entry<String, String> e : files.entrySet()) {
            Path p = outDir.resolve(e.getKey());
            Files.writeString(p, e.getValue(), StandardCharsets.UTF_8);
            written.add(p);
        }
        return written;
    }

    // ---- CSV ----------------------------------------------------------------------------------------------------

    static String summaryCsv(BoardReport r) {
        List<List<?>> rows = List.of(
                List.of("asOf", r.asOf().toString()),
                List.of("ruleSetVersion", r.ruleSetVersion()),
                List.of("casesRead", r.casesRead()),
                List.of("casesEvaluated", r.rows().size()),
                List.of("casesFailed", r.failures().size()),
                List.of("filesIgnored", r.ignored().size()),
                List.of("concludedS42Enquiries", r.concluded().size()),
                List.of("askedAtOutset", r.askedAtOutset()),
                List.of("casesWithCriticalFindings", r.criticalCases().size()));
        return Csv.write(List.of("measure", "value"), rows);
    }

    static String sacCsv(BoardReport r) {
        List<List<?>> rows = new ArrayList<>();
        int concluded = r.concluded().size();
        sac(rows, "SG4 asked", r.sg4Asked(), concluded);
        rows.add(List.of("Asked at the outset", "YES", "Asked about desired outcomes on or before the s.42 decision",
                r.askedAtOutset(), concluded, percent(r.askedAtOutset(), concluded)));
        Map<Achievement, Integer> achieved = r.sg4Achieved();
        sac(rows, "SG4 achieved", achieved, r.outcomesExpressed());
        int achievedUnknown = r.outcomesExpressed() - sum(achieved);
        rows.add(List.of("SG4 achieved", "NOT_RECORDED", "Outcomes expressed, result not recorded",
                achievedUnknown, r.outcomesExpressed(), percent(achievedUnknown, r.outcomesExpressed())));
        sac(rows, "SG2c action and result", r.sg2cActionResult(), concluded);
        Map<SacRiskOutcome, Integer> risk = r.sg2eRiskOutcome();
        sac(rows, "SG2e risk outcome", risk, r.riskIdentifiedActionTaken());
        int riskUnknown = r.riskIdentifiedActionTaken() - sum(risk);
        rows.add(List.of("SG2e risk outcome", "NOT_RECORDED", "Risk identified and action taken, outcome not recorded",
                riskUnknown, r.riskIdentifiedActionTaken(), percent(riskUnknown, r.riskIdentifiedActionTaken())));
        sac(rows, "SG3 lacked capacity", r.sg3LackedCapacity(), concluded);
        int lacked = r.sg3LackedCapacity().get(SacLackedCapacity.YES);
        rows.add(List.of("SG3 supported", "YES", "Lacked capacity and supported by an advocate, family or friend",
                r.sg3Supported(), lacked, percent(r.sg3Supported(), lacked)));
        return Csv.write(List.of("measure", "value", "label", "count", "denominator", "percent"), rows);
    }

    private static <E extends Enum<E> & Labelled> void sac(List<List<?>> rows, String measure, Map<E, Integer> counts, int denominator) {
        for (Map.Entry<E, Integer> e : counts.entrySet()) {
            rows.add(List.of(measure, e.getKey().name(), e.getKey().label(), e.getValue(), denominator, percent(e.getValue(), denominator)));
        }
    }

    static String principleCsv(BoardReport r) {
        List<List<?>> rows = new ArrayList<>();
        for (Map.Entry<Principle, int[]> e : r.findingsByPrinciple().entrySet()) {
            int[] c = e.getValue();
            rows.add(List.of(e.getKey().name(), e.getKey().label(), c[0], c[1], c[2], c[3], c[0] + c[1] + c[2] + c[3]));
        }
        return Csv.write(List.of("principle", "label", "critical", "warning", "prompt", "checklist", "total"), rows);
    }

    static String codeCsv(BoardReport r) {
        List<List<?>> rows = new ArrayList<>();
        int evaluated = r.rows().size();
        for (BoardReport.CodeCount c : r.findingsByCode()) {
            rows.add(List.of(c.code(), c.principle().name(), c.severity().name(), c.checklist(), c.cases(),
                    percent(c.cases(), evaluated), c.findings(), c.summary()));
        }
        return Csv.write(List.of("code", "principle", "severity", "checklist", "cases", "percentOfCases", "findings", "summary"), rows);
    }

    static String criticalCsv(BoardReport r) {
        List<List<?>> rows = new ArrayList<>();
        r.criticalCases().forEach((id, codes) -> rows.add(List.of(id, String.join(" ", codes))));
        return Csv.write(List.of("caseId", "criticalCodes"), rows);
    }

    static String failuresCsv(BoardReport r) {
        List<List<?>> rows = new ArrayList<>();
        for (BoardReport.Failure f : r.failures()) {
            rows.add(List.of(f.source(), f.problems(), f.ruleFault(), f.problem()));
        }
        return Csv.write(List.of("source", "problems", "ruleFault", "firstProblem"), rows);
    }

    static String casesCsv(BoardReport r) {
        List<List<?>> rows = new ArrayList<>();
        for (BoardReport.CaseRow c : r.rows()) {
            rows.add(Arrays.asList(c.source(), c.caseId(), c.stage().name(), name(c.enquiryType()),
                    c.concludedS42(), name(c.sac().sg4Asked()), c.sac().askedAtOutset(),
                    name(c.sac().sg4Achieved()), name(c.sac().sg2cActionResult()), name(c.sac().sg2eRiskOutcome()),
                    name(c.sac().sg3LackedCapacity()), c.sac().sg3Supported(),
                    c.alerts().get(Severity.CRITICAL), c.alerts().get(Severity.WARNING),
                    c.alerts().get(Severity.PROMPT), c.checklist(), String.join(" ", c.codes())));
        }
        return Csv.write(List.of("source", "caseId", "stage", "enquiryType", "concludedS42Enquiry", "sg4Asked", "askedAtOutset",
                "sg4Achieved", "sg2cActionResult", "sg2eRiskOutcome", "sg3LackedCapacity", "sg3Supported", "critical", "warnings",
                "prompts", "checklist", "codes"), rows);
    }

    private static String name(Enum<?> e) {
        return e == null ? "" : e.name();
    }

    /** A percentage with one decimal, or empty where the denominator is zero. */
    static String percent(int n, int of) {
        return of == 0 ? "" : String.format(Locale.ROOT, "%.1f", 100.0 * n / of);
    }

    private static int sum(Map<?, Integer> m) {
        return m.values().stream().mapToInt(Integer::intValue).sum();
    }

    // ---- HTML ---------------------------------------------------------------------------------------------------

    static String html(BoardReport r) {
        int concluded = r.concluded().size();
        int asked = r.sg4Asked().get(SacAsked.YES_OUTCOMES_EXPRESSED) + r.sg4Asked().get(SacAsked.YES_NO_OUTCOMES_EXPRESSED);
        Map<Achievement, Integer> achieved = r.sg4Achieved();
        int achievedKnown = sum(achieved);
        Map<SacRiskOutcome, Integer> risk = r.sg2eRiskOutcome();
        int riskKnown = sum(risk);
        List<Map<String, Object>> chartData = new ArrayList<>();

        List<Map<String, Object>> tiles = List.of(
                tile(percentText(asked, concluded), "asked about the outcomes they wanted", asked + " of " + concluded + " concluded enquiries (SAC SG4)"),
                tile(percentText(r.askedAtOutset(), concluded), "asked at the outset", r.askedAtOutset() + " of " + concluded + ", on or before the s.42 decision"),
                tile(percentText(achieved.get(Achievement.FULLY_ACHIEVED) + achieved.get(Achievement.PARTIALLY_ACHIEVED), achievedKnown),
                        "outcomes fully or partially achieved", achieved.get(Achievement.FULLY_ACHIEVED) + " fully, "
                                + achieved.get(Achievement.PARTIALLY_ACHIEVED) + " partially, of " + achievedKnown + " with a result"),
                tile(percentText(risk.get(SacRiskOutcome.RISK_REDUCED) + risk.get(SacRiskOutcome.RISK_REMOVED), riskKnown),
                        "risk reduced or removed", "of " + riskKnown + " enquiries where risk was identified and action taken (SG2e)"),
                tile(String.valueOf(r.criticalCases().size()), "cases with critical findings", "of " + r.rows().size() + " cases evaluated"));

        List<Map<String, Object>> sacCharts = new ArrayList<>();
        sacCharts.add(chart(chartData, "sg4-asked", "Were they asked what outcomes they wanted? (SG4)", "bar", true,
                labels(r.sg4Asked()), List.of(dataset("Concluded enquiries", values(r.sg4Asked()), List.of(GREEN, SKY, RED, AMBER, GREY))),
                table(r.sg4Asked(), concluded)));
        Map<String, Integer> outset = new LinkedHashMap<>();
        outset.put("Asked at the outset", r.askedAtOutset());
        outset.put("Asked later, or not asked", concluded - r.askedAtOutset());
        sacCharts.add(chart(chartData, "asked-at-outset", "Asked at the outset (2016 MSP Temperature Check)", "doughnut", false,
                new ArrayList<>(outset.keySet()), List.of(dataset("Concluded enquiries", new ArrayList<>(outset.values()), List.of(GREEN, GREY))),
                table(outset, concluded)));
        sacCharts.add(chart(chartData, "sg4-achieved", "Were the outcomes they wanted achieved? (SG4)", "bar", false,
                labels(achieved), List.of(dataset("Enquiries with outcomes expressed", values(achieved), List.of(GREEN, AMBER, RED))),
                table(achieved, achievedKnown)));
        sacCharts.add(chart(chartData, "sg2e-risk", "Risk outcomes where risk was identified and action taken (SG2e)", "bar", false,
                labels(risk), List.of(dataset("Enquiries", values(risk), List.of(RED, AMBER, GREEN))), table(risk, riskKnown)));

        List<Map<String, Object>> findingCharts = new ArrayList<>();
        Map<Principle, int[]> byPrinciple = r.findingsByPrinciple();
        List<String> principleLabels = byPrinciple.keySet().stream().map(Principle::label).toList();
        List<Map<String, Object>> severitySets = new ArrayList<>();
        String[] colours = {RED, AMBER, BLUE, GREY};
        for (int i = 0; i < SEVERITY_COLUMNS.length; i++) {
            int col = i;
            severitySets.add(dataset(SEVERITY_COLUMNS[i], byPrinciple.values().stream().map(c -> (Object) c[col]).toList(), List.of(colours[i])));
        }
        List<List<Object>> principleRows = byPrinciple.entrySet().stream()
                .<List<Object>>map(e -> List.of(e.getKey().label(), e.getValue()[0], e.getValue()[1], e.getValue()[2], e.getValue()[3])).toList();
        findingCharts.add(chart(chartData, "by-principle", "Findings by principle", "bar", false, principleLabels, severitySets,
                table(List.of("Principle", "critical", "warning", "prompt", "checklist"), principleRows)));
        Map<String, Integer> bySeverity = new LinkedHashMap<>();
        for (int i = 0; i < SEVERITY_COLUMNS.length; i++) {
            int col = i;
            bySeverity.put(SEVERITY_COLUMNS[i], byPrinciple.values().stream().mapToInt(c -> c[col]).sum());
        }
        findingCharts.add(chart(chartData, "by-severity", "Findings by severity", "doughnut", false, new ArrayList<>(bySeverity.keySet()),
                List.of(dataset("Findings", new ArrayList<>(bySeverity.values()), List.of(colours))), table(bySeverity, sum(bySeverity))));

        List<BoardReport.CodeCount> codes = r.findingsByCode();
        List<BoardReport.CodeCount> top = codes.subList(0, Math.min(TOP_CODES, codes.size()));
        List<List<Object>> codeRows = codes.stream().<List<Object>>map(c -> List.of(c.code(),
                c.checklist() ? "checklist" : c.severity().name().toLowerCase(Locale.ROOT), c.cases(), c.summary())).toList();
        List<String> topColours = top.stream().map(c -> (c.checklist() ? GREY : switch (c.severity()) {
            case CRITICAL -> RED;
            case WARNING -> AMBER;
            case PROMPT -> BLUE;
        })).toList();
        findingCharts.add(chart(chartData, "by-code", "Commonest findings by code (cases)", "bar", true,
                top.stream().map(c -> c.code() + " " + shorten(c.summary(), 60)).toList(), false,
                List.of(dataset("Cases", top.stream().map(c -> (Object) c.cases()).toList(), topColours)),
                table(List.of("Code", "Severity", "Cases", "Summary"), codeRows)));

        Map<String, Object> page = new HashMap<>();
        page.put("asOf", r.asOf());
        page.put("ruleSetVersion", r.ruleSetVersion());
        page.put("casesRead", r.casesRead());
        page.put("evaluated", r.rows().size());
        page.put("failed", r.failures().size());
        page.put("anyFailed", !r.failures().isEmpty());
        page.put("anyIgnored", !r.ignored().isEmpty());
        page.put("ignoredCount", r.ignored().size());
        page.put("ignored", String.join(", ", r.ignored()));
        page.put("concluded", concluded);
        page.put("tiles", tiles);
        page.put("sacCharts", sacCharts);
        page.put("findingCharts", findingCharts);
        page.put("anyCritical", !r.criticalCases().isEmpty());
        List<Map<String, Object>> critical = new ArrayList<>();
        r.criticalCases().forEach((id, c) -> critical.add(Map.of("id", id, "codes", String.join(", ", c))));
        page.put("critical", critical);
        page.put("failures", r.failures().stream()
                .map(f -> Map.<String, Object>of("source", f.source(), "problems", f.problems(), "problem", f.problem())).toList());
        page.put("csvFiles", String.join(", ", CSV_FILES));
        page.put("chartJsVersion", chartJsVersion());
        page.put("css", text("report.css"));
        page.put("render", text("render.js"));
        page.put("chartJs", chartJs());
        page.put("chartData", scriptSafe(json(Map.of("charts", chartData))));
        return PAGE.execute(page);
    }

    private static Map<String, Object> tile(String figure, String what, String detail) {
        return Map.of("figure", figure, "what", what, "detail", detail);
    }

    private static Map<String, Object> chart(List<Map<String, Object>> charts, String id, String title, String type,
                                             boolean horizontal, List<String> labels, List<Map<String, Object>> datasets,
                                             Map<String, Object> table) {
        return chart(charts, id, title, type, horizontal, labels, true, datasets, table);
    }

    /** Adds the chart's data for Chart.js to {@code charts} and returns what the page template shows of it. */
    private static Map<String, Object> chart(List<Map<String, Object>> charts, String id, String title, String type,
                                             boolean horizontal, List<String> labels, boolean wrapLabels,
                                             List<Map<String, Object>> datasets, Map<String, Object> table) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("id", id);
        c.put("type", type);
        c.put("horizontal", horizontal);
        c.put("stacked", datasets.size() > 1);
        c.put("labels", labels.stream().map(l -> wrapLabels ? wrap(l) : l).toList());
        c.put("datasets", datasets);
        charts.add(c);
        Map<String, Object> shown = new HashMap<>(table);
        shown.put("id", id);
        shown.put("title", title);
        shown.put("wide", horizontal && labels.size() > 8);
        shown.put("height", horizontal ? Math.max(220, (wrapLabels ? 46 : 30) * labels.size() + 60) : 300);
        return shown;
    }

    private static Map<String, Object> dataset(String label, List<Object> data, List<String> colours) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("label", label);
        d.put("data", data);
        d.put("backgroundColor", colours.size() == 1 ? colours.get(0) : colours);
        return d;
    }

    private static <E extends Labelled> List<String> labels(Map<E, Integer> counts) {
        return counts.keySet().stream().map(Labelled::label).toList();
    }

    private static List<Object> values(Map<?, Integer> counts) {
        return new ArrayList<>(counts.values());
    }

    /** A chart's figures as a table: value, count and percentage of {@code denominator}. */
    private static Map<String, Object> table(Map<?, Integer> counts, int denominator) {
        List<List<Object>> rows = new ArrayList<>();
        counts.forEach((k, v) -> rows.add(List.of(k instanceof Labelled l ? l.label() : k.toString(), v, percent(v, denominator))));
        return table(List.of("Value", "Count", "%"), rows);
    }

    private static Map<String, Object> table(List<String> headers, List<List<Object>> rows) {
        return Map.of("headers", headers, "rows", rows.stream().map(cells -> Map.of("cells", cells)).toList());
    }

    private static String percentText(int n, int of) {
        return of == 0 ? "n/a" : Math.round(100.0 * n / of) + "%";
    }

    /** A long label as lines (Chart.js draws a list as a multi-line label), so that it is not cut off. */
    static Object wrap(String label) {
        if (label.length() <= LABEL_WIDTH) return label;
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : label.split(" ")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > LABEL_WIDTH) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) line.append(' ');
            line.append(word);
        }
        if (line.length() > 0) lines.add(line.toString());
        return lines;
    }

    private static String shorten(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1).trim() + "\u2026";
    }

    /** JSON in a script element: no "</" (it would end the element) and no line separators. */
    private static String scriptSafe(String json) {
        return json.replace("</", "<\\/").replace("\u2028", "\\u2028").replace("\u2029", "\\u2029");
    }

    private static String json(Object o) {
        try {
            return JSON.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write chart data", e);
        }
    }

    private static final String WEBJAR = "META-INF/resources/webjars/chart.js/";

    /** The Chart.js version on the classpath, from its WebJar's Maven properties. */
    static String chartJsVersion() {
        try (InputStream in = resource("META-INF/maven/org.webjars.npm/chart.js/pom.properties")) {
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the Chart.js WebJar's version", e);
        }
    }

    /** The Chart.js UMD bundle, without its source-map comment. */
    static String chartJs() {
        try (InputStream in = resource(WEBJAR + chartJsVersion() + "/dist/chart.umd.js")) {
            String js = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            if (js.toLowerCase(Locale.ROOT).contains("</script")) throw new IllegalStateException("Chart.js cannot be inlined: it contains </script");
            return js.lines().filter(l -> !l.startsWith("//# sourceMappingURL=")).collect(Collectors.joining("\n"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read Chart.js from its WebJar", e);
        }
    }

    /** A text resource of the page (template, partial, style sheet, script) from {@link #TEMPLATES}. */
    private static String text(String name) {
        try (InputStream in = resource(TEMPLATES + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the report page's " + name, e);
        }
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = ReportFiles.class.getClassLoader().getResourceAsStream(name);
        if (in == null) throw new IOException(name + " is not on the classpath (the org.webjars.npm:chart.js dependency)");
        return in;
    }
}
