package uk.msp.examples.report;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import uk.msp.model.Achievement;
import uk.msp.model.EnquiryType;
import uk.msp.model.SacActionResult;
import uk.msp.model.SacAsked;
import uk.msp.model.SacLackedCapacity;
import uk.msp.model.SacRiskOutcome;
import uk.msp.model.SafeguardingCase;
import uk.msp.model.Stage;
import uk.msp.model.advice.Advice;
import uk.msp.model.advice.Finding;
import uk.msp.model.advice.Principle;
import uk.msp.model.advice.Severity;
import uk.msp.rules.DeadlineExceededException;
import uk.msp.rules.EvaluationException;
import uk.msp.rules.InvalidCaseException;
import uk.msp.rules.MspAdvisor;
import uk.msp.rules.SacRow;

/**
 * A Safeguarding Adults Board report over many cases: the SAC Making Safeguarding Personal figures (SG4 asked and
 * achieved, SG2c action and result, SG2e risk outcomes, SG3 capacity), the share asked at the outset, and the
 * commonest findings by principle and by code.
 *
 * <p>The SAC figures count <em>concluded section 42 enquiries</em> (stage {@code CLOSED}, enquiry type {@code S42}),
 * as the SAC tables do; each case's values come from {@link SacRow#of}. Findings count every case evaluated, open or
 * closed. A case that cannot be read or evaluated is counted and listed with its first problem, never dropped.
 * Not thread-safe; build one per report.
 */
public final class BoardReport {
    /** A case that could not be read or evaluated, with its first problem and how many there were. */
    public record Failure(String source, String problem, int problems, boolean ruleFault) {}

    /** One evaluated case, as the per-case CSV lists it. */
    public record CaseRow(String source, String caseId, Stage stage, EnquiryType enquiryType, boolean concludedS42,
                          SacRow sac, Map<Severity, Integer> alerts, int checklist, List<String> codes) {}

    /** How often a code fired: the cases it fired in and its findings (a code can fire more than once a case). */
    public record CodeCount(String code, Principle principle, Severity severity, boolean checklist, String summary,
                            int cases, int findings) {}

    private final LocalDate asOf;
    private final String ruleSetVersion;
    private final List<String> ignored;
    private final List<CaseRow> rows = new ArrayList<>();
    private final List<Failure> failures = new ArrayList<>();
    private final Map<String, CodeCount> byCode = new TreeMap<>();
    private final Map<Principle, int[]> byPrinciple = new EnumMap<>(Principle.class);
    private final Map<String, List<String>> critical = new TreeMap<>();

    private BoardReport(LocalDate asOf, String ruleSetVersion, List<String> ignored) {
        this.asOf = asOf;
        this.ruleSetVersion = ruleSetVersion;
        this.ignored = List.copyOf(ignored);
        for (Principle p : Principle.values()) byPrinciple.put(p, new int[4]);
    }

    /**
     * Reads and evaluates every case in a folder of {@code *.json} files or a {@code .jsonl} file.
     *
     * @param advisor the advisor; never null
     * @param input a folder or a JSON-lines file; never null
     * @param asOf the evaluation date; never null
     * @param progress told of each case; never null ({@link Progress#none()} for none)
     * @return the report; never null
     * @throws IllegalArgumentException if the input is not a readable folder or {@code .jsonl} file
     * @throws IOException if reading the JSON-lines file fails part-way
     */
    public static BoardReport evaluate(MspAdvisor advisor, Path input, LocalDate asOf, Progress progress) throws IOException {
        Objects.requireNonNull(advisor, "advisor must not be null");
        Objects.requireNonNull(asOf, "asOf must not be null");
        Objects.requireNonNull(progress, "progress must not be null");
        CaseInput cases = CaseInput.open(input);
        BoardReport report = new BoardReport(asOf, advisor.version(), cases.ignored());
        progress.start(cases.size());
        cases.forEach(item -> {
            try {
                SafeguardingCase c = item.reader().get();
                report.add(item.source(), c, advisor.evaluate(c, asOf));
            } catch (InvalidCaseException e) {
                report.failures.add(new Failure(item.source(), e.problems().get(0).toString(), e.problems().size(), false));
            } catch (DeadlineExceededException e) {
                // Its message names the case id and the rule that was running; the run goes on.
                report.failures.add(new Failure(item.source(), e.getMessage(), 1, true));
            } catch (EvaluationException e) {
                report.failures.add(new Failure(item.source(), "rule " + e.ruleCode() + " failed while evaluating: "
                        + e.getMessage(), 1, true));
            } catch (RuntimeException e) {
                report.failures.add(new Failure(item.source(), "could not be evaluated (" + e.getClass().getSimpleName() + ")", 1, false));
            }
            progress.step(report.failures.size());
        });
        progress.finish(report.failures.size());
        return report;
    }

    private void add(String source, SafeguardingCase c, Advice advice) {
        SacRow sac = SacRow.of(c);
        boolean concluded = c.stage() == Stage.CLOSED && c.enquiryType() == EnquiryType.S42;
        Map<Severity, Integer> alerts = new EnumMap<>(Severity.class);
        for (Severity s : Severity.values()) alerts.put(s, 0);
        Map<String, Integer> perCode = new TreeMap<>();
        for (Finding f : advice.findings()) {
            perCode.merge(f.code(), 1, Integer::sum);
            int[] counts = byPrinciple.get(f.principle());
            if (f.checklist()) counts[3]++;
            else {
                counts[Severity.values().length - 1 - f.severity().ordinal()]++;
                alerts.merge(f.severity(), 1, Integer::sum);
            }
        }
        for (Map.Entry<String, Integer> e : perCode.entrySet()) {
            Finding f = advice.finding(e.getKey()).orElseThrow();
            CodeCount old = byCode.get(f.code());
            byCode.put(f.code(), new CodeCount(f.code(), f.principle(), f.severity(), f.checklist(), f.summary(),
                    (old == null ? 0 : old.cases()) + 1, (old == null ? 0 : old.findings()) + e.getValue()));
        }
        List<String> criticalCodes = advice.alerts().stream().filter(f -> f.severity() == Severity.CRITICAL)
                .map(Finding::code).distinct().toList();
        if (!criticalCodes.isEmpty()) critical.put(c.id(), criticalCodes);
        rows.add(new CaseRow(source, c.id(), c.stage(), c.enquiryType(), concluded, sac, Collections.unmodifiableMap(alerts),
                advice.checklist().size(), List.copyOf(perCode.keySet())));
    }

    /** Writes {@code index.html} and the CSV files into a folder (created if needed); returns the files written. */
    public List<Path> write(Path outDir) throws IOException {
        return ReportFiles.write(this, outDir);
    }

    /** The evaluation date. */
    public LocalDate asOf() { return asOf; }

    /** The rule-set version every advice carried. */
    public String ruleSetVersion() { return ruleSetVersion; }

    /** Case documents read: evaluated plus failed. */
    public int casesRead() { return rows.size() + failures.size(); }

    /** The cases evaluated, in input order. */
    public List<CaseRow> rows() { return Collections.unmodifiableList(rows); }

    /** The cases that could not be read or evaluated, in input order. */
    public List<Failure> failures() { return Collections.unmodifiableList(failures); }

    /** Whether a rule failed on any case (a rule-set fault, not bad data). */
    public boolean ruleFaults() { return failures.stream().anyMatch(Failure::ruleFault); }

    /** Folder entries that are not {@code *.json} files and were not read. */
    public List<String> ignored() { return ignored; }

    /** Concluded section 42 enquiries: the SAC figures' denominator. */
    public List<CaseRow> concluded() {
        return rows.stream().filter(CaseRow::concludedS42).toList();
    }

    /** SG4: asked about desired outcomes, over concluded s.42 enquiries, every value listed. */
    public Map<SacAsked, Integer> sg4Asked() {
        Map<SacAsked, Integer> m = zeros(SacAsked.class);
        for (CaseRow r : concluded()) m.merge(r.sac().sg4Asked(), 1, Integer::sum);
        return m;
    }

    /** Concluded s.42 enquiries in which the adult was asked at the outset (on or before the s.42 decision). */
    public int askedAtOutset() {
        return (int) concluded().stream().filter(r -> r.sac().askedAtOutset()).count();
    }

    /** Concluded s.42 enquiries in which outcomes were expressed: the SG4 achieved denominator. */
    public int outcomesExpressed() {
        return (int) concluded().stream().filter(r -> r.sac().sg4Asked() == SacAsked.YES_OUTCOMES_EXPRESSED).count();
    }

    /** SG4: outcomes achieved, where outcomes were expressed and the result is known. */
    public Map<Achievement, Integer> sg4Achieved() {
        Map<Achievement, Integer> m = zeros(Achievement.class);
        for (CaseRow r : concluded()) {
            if (r.sac().sg4Asked() == SacAsked.YES_OUTCOMES_EXPRESSED && r.sac().sg4Achieved() != null) {
                m.merge(r.sac().sg4Achieved(), 1, Integer::sum);
            }
        }
        return m;
    }

    /** SG2c: action and result, over concluded s.42 enquiries where it is known. */
    public Map<SacActionResult, Integer> sg2cActionResult() {
        Map<SacActionResult, Integer> m = zeros(SacActionResult.class);
        for (CaseRow r : concluded()) if (r.sac().sg2cActionResult() != null) m.merge(r.sac().sg2cActionResult(), 1, Integer::sum);
        return m;
    }

    /** Concluded s.42 enquiries in which a risk was identified and action taken: the SG2e denominator. */
    public int riskIdentifiedActionTaken() {
        return (int) concluded().stream()
                .filter(r -> r.sac().sg2cActionResult() == SacActionResult.RISK_IDENTIFIED_ACTION_TAKEN).count();
    }

    /** SG2e: risk outcomes, where a risk was identified and action taken and the outcome is recorded. */
    public Map<SacRiskOutcome, Integer> sg2eRiskOutcome() {
        Map<SacRiskOutcome, Integer> m = zeros(SacRiskOutcome.class);
        for (CaseRow r : concluded()) {
            if (r.sac().sg2cActionResult() == SacActionResult.RISK_IDENTIFIED_ACTION_TAKEN && r.sac().sg2eRiskOutcome() != null) {
                m.merge(r.sac().sg2eRiskOutcome(), 1, Integer::sum);
            }
        }
        return m;
    }

    /** SG3: lacked capacity, over concluded s.42 enquiries, every value listed. */
    public Map<SacLackedCapacity, Integer> sg3LackedCapacity() {
        Map<SacLackedCapacity, Integer> m = zeros(SacLackedCapacity.class);
        for (CaseRow r : concluded()) m.merge(r.sac().sg3LackedCapacity(), 1, Integer::sum);
        return m;
    }

    /** SG3: of those who lacked capacity, how many were supported by an advocate, family or friend. */
    public int sg3Supported() {
        return (int) concluded().stream().filter(r -> r.sac().sg3LackedCapacity() == SacLackedCapacity.YES
                && Boolean.TRUE.equals(r.sac().sg3Supported())).count();
    }

    /** Findings by principle over every case evaluated: {critical, warning, prompt, checklist} counts. */
    public Map<Principle, int[]> findingsByPrinciple() {
        Map<Principle, int[]> copy = new EnumMap<>(Principle.class);
        byPrinciple.forEach((p, c) -> copy.put(p, c.clone()));
        return copy;
    }

    /** Every code that fired, commonest first (by cases, then findings), then by code. */
    public List<CodeCount> findingsByCode() {
        List<CodeCount> list = new ArrayList<>(byCode.values());
        list.sort((a, b) -> a.cases() != b.cases() ? Integer.compare(b.cases(), a.cases())
                : a.findings() != b.findings() ? Integer.compare(b.findings(), a.findings()) : a.code().compareTo(b.code()));
        return list;
    }

    /** Case ids with critical findings, sorted, each with its critical codes. */
    public Map<String, List<String>> criticalCases() {
        return Collections.unmodifiableMap(critical);
    }

    private static <E extends Enum<E>> Map<E, Integer> zeros(Class<E> type) {
        Map<E, Integer> m = new EnumMap<>(type);
        for (E e : type.getEnumConstants()) m.put(e, 0);
        return m;
    }
}
