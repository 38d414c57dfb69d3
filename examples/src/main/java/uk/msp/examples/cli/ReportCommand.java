package uk.msp.examples.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import uk.msp.examples.report.BoardReport;
import uk.msp.examples.report.Progress;
import uk.msp.rules.MspAdvisor;

/** {@code msp report INPUT --out DIR}: the board report over many cases, as HTML with charts and CSV. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Evaluate many cases (a folder of *.json case files, or a .jsonl file with one case a line) and write a "
                + "Safeguarding Adults Board report: index.html with charts, and CSV files. A case that cannot be read is "
                + "listed with its first problem and skipped. Exit 0 when the report is written, 3 if a rule failed on a case.")
final class ReportCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR|FILE.jsonl", description = "A folder of case files, or a JSON-lines file of cases.")
    Path input;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "Folder to write index.html and the CSV files into.")
    Path out;

    @Option(names = "--as-of", paramLabel = "DATE", description = "Evaluate as of this date (yyyy-MM-dd); default today.")
    LocalDate asOf;

    @Option(names = "--no-progress", description = "No progress bar (it is drawn on standard error only on a terminal).")
    boolean noProgress;

    @Option(names = "--deadline-ms", paramLabel = "MS", description = "Stop a case's evaluation that takes longer than "
            + "this (default ${DEFAULT-VALUE} ms): the case is listed as failed with its id and the rule, and the report goes on.")
    long deadlineMs = MspAdvisor.DEFAULT_DEADLINE_MS;

    @Mixin AdvisorOptions advisorOptions;

    @Override
    public Integer call() {
        long start = System.nanoTime();
        MspAdvisor advisor = advisorOptions.builder().deadline(EdgeBounds.deadline(deadlineMs)).build();
        Progress progress = !noProgress && System.console() != null ? Progress.bar(spec.commandLine().getErr()) : Progress.none();
        BoardReport report;
        List<Path> files;
        try {
            report = BoardReport.evaluate(advisor, input, EdgeBounds.asOf(asOf, advisor), progress);
            files = report.write(out);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read the cases or write the report (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
        }
        var o = spec.commandLine().getOut();
        o.println("Report: " + report.casesRead() + " cases read, " + report.rows().size() + " evaluated, "
                + report.failures().size() + " failed; " + report.concluded().size() + " concluded s.42 enquiries; "
                + report.criticalCases().size() + " with critical findings; rules " + report.ruleSetVersion() + "; wrote "
                + out.resolve("index.html") + " and " + (files.size() - 1) + " CSV files in "
                + (System.nanoTime() - start) / 1_000_000 + " ms");
        var err = spec.commandLine().getErr();
        for (BoardReport.Failure f : report.failures()) err.println("Skipped " + f.source() + ": " + f.problem());
        return report.ruleFaults() ? ExitCodes.RULE_FAULT : ExitCodes.OK;
    }
}
