package uk.msp.examples.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import uk.msp.model.Achievement;
import uk.msp.model.Labelled;
import uk.msp.model.SacActionResult;
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

        List<Map<String, Object>> charts = new ArrayList<>();
        StringBuilder body = new StringBuilder();
        body.append("<header><h1>Making Safeguarding Personal: report for the Safeguarding Adults Board</h1>\n<p class=\"meta\">As of <strong>")
                .append(r.asOf()).append("</strong> &middot; rules <strong>").append(esc(r.ruleSetVersion()))
                .append("</strong> &middot; ").append(r.casesRead()).append(" cases read, ").append(r.rows().size())
                .append(" evaluated, <span class=\"").append(r.failures().isEmpty() ? "" : "bad").append("\">")
                .append(r.failures().size()).append(" failed</span>")
                .append(r.ignored().isEmpty() ? "" : " &middot; " + r.ignored().size() + " other files ignored")
                .append(" &middot; ").append(concluded).append(" concluded section 42 enquiries</p></header>\n");

        body.append("<section class=\"tiles\">\n");
        tile(body, percentText(asked, concluded), "asked about the outcomes they wanted", asked + " of " + concluded + " concluded enquiries (SAC SG4)");
        tile(body, percentText(r.askedAtOutset(), concluded), "asked at the outset", r.askedAtOutset() + " of " + concluded + ", on or before the s.42 decision");
        tile(body, percentText(achieved.get(Achievement.FULLY_ACHIEVED) + achieved.get(Achievement.PARTIALLY_ACHIEVED), achievedKnown),
                "outcomes fully or partially achieved", achieved.get(Achievement.FULLY_ACHIEVED) + " fully, "
                        + achieved.get(Achievement.PARTIALLY_ACHIEVED) + " partially, of " + achievedKnown + " with a result");
        tile(body, percentText(risk.get(SacRiskOutcome.RISK_REDUCED) + risk.get(SacRiskOutcome.RISK_REMOVED), riskKnown),
                "risk reduced or removed", "of " + riskKnown + " enquiries where risk was identified and action taken (SG2e)");
        tile(body, String.valueOf(r.criticalCases().size()), "cases with critical findings", "of " + r.rows().size() + " cases evaluated");
        body.append("</section>\n");

        body.append("<h2>Making Safeguarding Personal: the SAC figures</h2>\n<p class=\"note\">Counted over the ")
                .append(concluded).append(" concluded section 42 enquiries (stage CLOSED, enquiry type S42), as the Safeguarding Adults ")
                .append("Collection counts them. A value the case recorded at closure is used as it is; otherwise it is derived ")
                .append("from the case, and left out where the case does not say.</p>\n<div class=\"grid\">\n");
        chart(body, charts, "sg4-asked", "Were they asked what outcomes they wanted? (SG4)", "bar", true,
                labels(r.sg4Asked()), List.of(dataset("Concluded enquiries", values(r.sg4Asked()), List.of(GREEN, SKY, RED, AMBER, GREY))),
                table(r.sg4Asked(), concluded));
        Map<String, Integer> outset = new LinkedHashMap<>();
        outset.put("Asked at the outset", r.askedAtOutset());
        outset.put("Asked later, or not asked", concluded - r.askedAtOutset());
        chart(body, charts, "asked-at-outset", "Asked at the outset (2016 MSP Temperature Check)", "doughnut", false,
                new ArrayList<>(outset.keySet()), List.of(dataset("Concluded enquiries", new ArrayList<>(outset.values()), List.of(GREEN, GREY))),
                table(outset, concluded));
        chart(body, charts, "sg4-achieved", "Were the outcomes they wanted achieved? (SG4)", "bar", false,
                labels(achieved), List.of(dataset("Enquiries with outcomes expressed", values(achieved), List.of(GREEN, AMBER, RED))),
                table(achieved, achievedKnown));
        chart(body, charts, "sg2e-risk", "Risk outcomes where risk was identified and action taken (SG2e)", "bar", false,
                labels(risk), List.of(dataset("Enquiries", values(risk), List.of(RED, AMBER, GREEN))), table(risk, riskKnown));
        body.append("</div>\n");

        body.append("<h2>What the rules found</h2>\n<p class=\"note\">Over all ").append(r.rows().size())
                .append(" cases evaluated, open and closed. Checklist items are steps of the MSP conversation not yet recorded.</p>\n<div class=\"grid\">\n");
        Map<Principle, int[]> byPrinciple = r.findingsByPrinciple();
        List<String> principleLabels = byPrinciple.keySet().stream().map(Principle::label).toList();
        List<Map<String, Object>> severitySets = new ArrayList<>();
        String[] colours = {RED, AMBER, BLUE, GREY};
        for (int i = 0; i < SEVERITY_COLUMNS.length; i++) {
            int col = i;
            severitySets.add(dataset(SEVERITY_COLUMNS[i], byPrinciple.values().stream().map(c -> (Object) c[col]).toList(), List.of(colours[i])));
        }
        StringBuilder principleTable = new StringBuilder("<table><thead><tr><th>Principle</th><th>critical</th><th>warning</th><th>prompt</th><th>checklist</th></tr></thead><tbody>");
        byPrinciple.forEach((p, c) -> principleTable.append("<tr><td>").append(esc(p.label())).append("</td><td>").append(c[0])
                .append("</td><td>").append(c[1]).append("</td><td>").append(c[2]).append("</td><td>").append(c[3]).append("</td></tr>"));
        principleTable.append("</tbody></table>");
        chart(body, charts, "by-principle", "Findings by principle", "bar", false, principleLabels, severitySets, principleTable.toString());
        Map<String, Integer> bySeverity = new LinkedHashMap<>();
        for (int i = 0; i < SEVERITY_COLUMNS.length; i++) {
            int col = i;
            bySeverity.put(SEVERITY_COLUMNS[i], byPrinciple.values().stream().mapToInt(c -> c[col]).sum());
        }
        chart(body, charts, "by-severity", "Findings by severity", "doughnut", false, new ArrayList<>(bySeverity.keySet()),
                List.of(dataset("Findings", new ArrayList<>(bySeverity.values()), List.of(colours))), table(bySeverity, sum(bySeverity)));

        List<BoardReport.CodeCount> codes = r.findingsByCode();
        List<BoardReport.CodeCount> top = codes.subList(0, Math.min(TOP_CODES, codes.size()));
        StringBuilder codeTable = new StringBuilder("<table><thead><tr><th>Code</th><th>Severity</th><th>Cases</th><th>Summary</th></tr></thead><tbody>");
        for (BoardReport.CodeCount c : codes) {
            codeTable.append("<tr><td>").append(esc(c.code())).append("</td><td>").append(c.checklist() ? "checklist" : c.severity().name().toLowerCase(Locale.ROOT))
                    .append("</td><td>").append(c.cases()).append("</td><td>").append(esc(c.summary())).append("</td></tr>");
        }
        codeTable.append("</tbody></table>");
        List<String> topColours = top.stream().map(c -> (c.checklist() ? GREY : switch (c.severity()) {
            case CRITICAL -> RED;
            case WARNING -> AMBER;
            case PROMPT -> BLUE;
        })).toList();
        chart(body, charts, "by-code", "Commonest findings by code (cases)", "bar", true,
                top.stream().map(c -> c.code() + " " + shorten(c.summary(), 60)).toList(), false,
                List.of(dataset("Cases", top.stream().map(c -> (Object) c.cases()).toList(), topColours)), codeTable.toString());
        body.append("</div>\n");

        body.append("<h2>Cases with critical findings</h2>\n");
        if (r.criticalCases().isEmpty()) {
            body.append("<p>None.</p>\n");
        } else {
            body.append("<p class=\"note\">Case ids only: open each case in the case record.</p>\n<ul class=\"ids\">");
            r.criticalCases().forEach((id, c) -> body.append("<li><code>").append(esc(id)).append("</code> ")
                    .append(esc(String.join(", ", c))).append("</li>"));
            body.append("</ul>\n");
        }
        body.append("<h2>Cases that could not be read</h2>\n");
        if (r.failures().isEmpty()) {
            body.append("<p>None: every case was read and evaluated.</p>\n");
        } else {
            body.append("<p class=\"note\">Each is left out of the figures above. Correct it and run the report again.</p>\n<table class=\"failures\"><thead><tr><th>Source</th><th>Problems</th><th>First problem</th></tr></thead><tbody>");
            for (BoardReport.Failure f : r.failures()) {
                body.append("<tr><td><code>").append(esc(f.source())).append("</code></td><td>").append(f.problems())
                        .append("</td><td>").append(esc(f.problem())).append("</td></tr>");
            }
            body.append("</tbody></table>\n");
        }
        if (!r.ignored().isEmpty()) {
            body.append("<p class=\"note\">Not case files (ignored): ").append(esc(String.join(", ", r.ignored()))).append("</p>\n");
        }
        body.append("<footer>The figures are in CSV beside this page: ").append(String.join(", ", CSV_FILES))
                .append(". Charts by Chart.js ").append(esc(chartJsVersion())).append(" (MIT licence), inlined so that the page works offline.</footer>\n");

        return "<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<title>MSP board report as of " + r.asOf() + "</title>\n<style>\n" + CSS + "</style>\n</head>\n<body>\n<main>\n"
                + body + "<div id=\"script-errors\" role=\"alert\"></div>\n</main>\n"
                + "<script type=\"application/json\" id=\"chart-data\">" + scriptSafe(json(Map.of("charts", charts))) + "</script>\n"
                + "<script>\n" + chartJs() + "\n</script>\n<script>\n" + RENDER + "</script>\n</body>\n</html>\n";
    }

    private static void tile(StringBuilder sb, String figure, String what, String detail) {
        sb.append("<div class=\"tile\"><div class=\"figure\">").append(esc(figure)).append("</div><div class=\"what\">")
                .append(esc(what)).append("</div><div class=\"detail\">").append(esc(detail)).append("</div></div>\n");
    }

    private static void chart(StringBuilder sb, List<Map<String, Object>> charts, String id, String title, String type,
                              boolean horizontal, List<String> labels, List<Map<String, Object>> datasets, String table) {
        chart(sb, charts, id, title, type, horizontal, labels, true, datasets, table);
    }

    private static void chart(StringBuilder sb, List<Map<String, Object>> charts, String id, String title, String type,
                              boolean horizontal, List<String> labels, boolean wrapLabels, List<Map<String, Object>> datasets,
                              String table) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("id", id);
        c.put("type", type);
        c.put("horizontal", horizontal);
        c.put("stacked", datasets.size() > 1);
        c.put("labels", labels.stream().map(l -> wrapLabels ? wrap(l) : l).toList());
        c.put("datasets", datasets);
        charts.add(c);
        int height = horizontal ? Math.max(220, (wrapLabels ? 46 : 30) * labels.size() + 60) : 300;
        sb.append("<figure class=\"chart").append(horizontal && labels.size() > 8 ? " wide" : "").append("\"><figcaption>")
                .append(esc(title)).append("</figcaption><div class=\"canvas\" style=\"height:").append(height)
                .append("px\"><canvas id=\"").append(id).append("\" role=\"img\" aria-label=\"").append(esc(title))
                .append("\"></canvas></div><details><summary>The figures</summary>").append(table).append("</details></figure>\n");
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

    private static String table(Map<?, Integer> counts, int denominator) {
        StringBuilder sb = new StringBuilder("<table><thead><tr><th>Value</th><th>Count</th><th>%</th></tr></thead><tbody>");
        counts.forEach((k, v) -> sb.append("<tr><td>").append(esc(k instanceof Labelled l ? l.label() : k.toString()))
                .append("</td><td>").append(v).append("</td><td>").append(percent(v, denominator)).append("</td></tr>"));
        return sb.append("</tbody></table>").toString();
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

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
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

    private static InputStream resource(String name) throws IOException {
        InputStream in = ReportFiles.class.getClassLoader().getResourceAsStream(name);
        if (in == null) throw new IOException(name + " is not on the classpath (the org.webjars.npm:chart.js dependency)");
        return in;
    }

    private static final String CSS = """
            :root { --ink: #0b0c0c; --muted: #505a5f; --line: #b1b4b6; --panel: #f3f2f1; --accent: #1d70b8; }
            * { box-sizing: border-box; }
            body { margin: 0; font-family: system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; color: var(--ink); background: #fff; }
            main { max-width: 1180px; margin: 0 auto; padding: 24px 28px 40px; }
            header { border-bottom: 6px solid var(--accent); margin-bottom: 20px; }
            h1 { font-size: 28px; margin: 0 0 8px; }
            h2 { font-size: 22px; margin: 32px 0 4px; }
            .meta, .note { color: var(--muted); margin: 4px 0 12px; }
            .bad { color: #d4351c; font-weight: bold; }
            .tiles { display: grid; grid-template-columns: repeat(5, 1fr); gap: 12px; }
            .tile { background: var(--panel); border-left: 5px solid var(--accent); padding: 12px 14px; }
            .figure { font-size: 34px; font-weight: 700; }
            .what { font-weight: 600; margin: 2px 0 4px; }
            .detail { color: var(--muted); font-size: 13px; }
            .grid { display: grid; grid-template-columns: 1fr 1fr; gap: 18px; }
            figure.chart { margin: 0; border: 1px solid var(--line); padding: 12px 14px; background: #fff; }
            figure.chart.wide { grid-column: 1 / -1; }
            figcaption { font-weight: 600; margin-bottom: 8px; }
            .canvas { position: relative; }
            details { margin-top: 8px; color: var(--muted); }
            table { border-collapse: collapse; width: 100%; font-size: 14px; margin-top: 6px; }
            th, td { text-align: left; border-bottom: 1px solid var(--line); padding: 4px 6px; vertical-align: top; }
            ul.ids { columns: 4; padding-left: 18px; }
            #script-errors:empty { display: none; }
            #script-errors { background: #fdf0ed; border: 2px solid #d4351c; padding: 10px; margin-top: 20px; white-space: pre-wrap; }
            footer { margin-top: 36px; color: var(--muted); font-size: 13px; border-top: 1px solid var(--line); padding-top: 10px; }
            @media (max-width: 900px) { .tiles { grid-template-columns: 1fr 1fr; } .grid { grid-template-columns: 1fr; } }
            @media print { details { display: none; } figure.chart { break-inside: avoid; } }
            """;

    /** Draws each chart from the JSON data; marks each canvas drawn, and shows any script error on the page. */
    private static final String RENDER = """
            (function () {
              var errors = document.getElementById('script-errors');
              window.addEventListener('error', function (e) { errors.textContent += 'Script error: ' + e.message + '\\n'; });
              if (typeof Chart === 'undefined') { errors.textContent += 'Chart.js did not load: the charts cannot be drawn.\\n'; return; }
              Chart.defaults.font.family = 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif';
              Chart.defaults.color = '#0b0c0c';
              var data = JSON.parse(document.getElementById('chart-data').textContent);
              data.charts.forEach(function (c) {
                var canvas = document.getElementById(c.id);
                try {
                  var pie = c.type === 'doughnut';
                  new Chart(canvas, {
                    type: c.type,
                    data: { labels: c.labels, datasets: c.datasets },
                    options: {
                      animation: false, responsive: true, maintainAspectRatio: false,
                      indexAxis: c.horizontal ? 'y' : 'x',
                      plugins: { legend: { display: pie || c.datasets.length > 1, position: pie ? 'right' : 'top' } },
                      scales: pie ? {} : {
                        x: { stacked: c.stacked, beginAtZero: true, ticks: { precision: 0 } },
                        y: { stacked: c.stacked, beginAtZero: true, ticks: { precision: 0 } }
                      }
                    }
                  });
                  canvas.setAttribute('data-rendered', 'true');
                } catch (e) {
                  errors.textContent += 'Chart ' + c.id + ' failed: ' + e.message + '\\n';
                }
              });
            })();
            """;
}
