package uk.msp.examples.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import uk.msp.rules.DeadlineExceededException;
import uk.msp.rules.EvaluationException;
import uk.msp.rules.InvalidCaseException;
import uk.msp.rules.RuleSetException;

/**
 * The {@code msp} tool. Exit codes ({@link ExitCodes}): 0 done, 1 scenarios failed, 2 bad input or arguments (no
 * command at all prints the usage), 3 a rule failed, 4 an internal error.
 */
@Command(name = "msp", mixinStandardHelpOptions = true, version = "msp 0.1.0",
        description = "Making Safeguarding Personal decision support: evaluate safeguarding cases against the bundled rules.",
        subcommands = {EvaluateCommand.class, CatalogueCommand.class, ScenariosCommand.class, CheckRulesCommand.class,
                ServeCommand.class, ReportCommand.class, GenerateCommand.class, TokenCommand.class, NewRuleCommand.class})
public final class MspCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    /** No command given: the usage on stderr and exit 2, as for any other usage error. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.BAD_INPUT;
    }

    /** Runs the tool with the given arguments and returns the exit code; never exits the JVM. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cmd = new CommandLine(new MspCommand());
        cmd.setOut(out);
        cmd.setErr(err);
        cmd.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            PrintWriter e = commandLine.getErr();
            if (ex instanceof InvalidCaseException || ex instanceof RuleSetException) {
                e.println(ex.getMessage());
                return ExitCodes.BAD_INPUT;
            }
            if (ex instanceof DeadlineExceededException de) {
                e.println("Evaluation stopped: " + de.getMessage());
                return ExitCodes.RULE_FAULT;
            }
            if (ex instanceof EvaluationException ee) {
                e.println("Evaluation failed: " + ee.getMessage());
                return ExitCodes.RULE_FAULT;
            }
            if (ex instanceof IllegalArgumentException) {
                e.println("Error: " + ex.getMessage());
                return ExitCodes.BAD_INPUT;
            }
            if (ex instanceof java.io.UncheckedIOException || ex instanceof java.io.IOException) {
                // File-system trouble (unreadable, missing, full disk): the message names the path, not case data.
                e.println("Error: " + ex.getMessage()
                        + (ex.getCause() != null ? " (" + ex.getCause().getClass().getSimpleName() + ": " + ex.getCause().getMessage() + ")" : ""));
                return ExitCodes.BAD_INPUT;
            }
            e.println("Internal error (" + ex.getClass().getSimpleName() + "); please report it.");
            return ExitCodes.INTERNAL_ERROR;
        });
        int code = cmd.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    public static void main(String[] args) {
        System.exit(run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
    }
}
