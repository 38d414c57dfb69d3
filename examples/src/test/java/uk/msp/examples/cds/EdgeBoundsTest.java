package uk.msp.examples.cds;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import uk.msp.examples.cli.MspCommand;

/** The bounds the tool applies at its edge: an evaluation date near today, and no open service without authentication. */
class EdgeBoundsTest {
    record Run(int code, String out, String err) {}

    static Run msp(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = MspCommand.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void an_as_of_more_than_a_day_after_today_is_refused_and_tomorrow_is_not() {
        String caseFile = CdsServerTest.CASES.resolve("mr-patel-good-practice.json").toString();
        LocalDate today = LocalDate.now();
        // A run that starts just before midnight could see two different days: the message is checked against both.
        Run late = msp("evaluate", caseFile, "--as-of", today.plusDays(2).toString());
        assertThat(late.code()).isEqualTo(2);
        assertThat(late.err().strip()).isIn("Error: --as-of " + today.plusDays(2) + " is more than 1 day after today (" + today + ")",
                "Error: --as-of " + today.plusDays(2) + " is more than 1 day after today (" + today.plusDays(1) + ")");
        assertThat(msp("evaluate", caseFile, "--as-of", today.plusDays(1).toString()).code()).isZero();
        Run report = msp("report", caseFile, "--out", "target/never-written", "--as-of", "2999-01-01");
        assertThat(report.code()).isEqualTo(2);
        assertThat(report.err()).startsWith("Error: --as-of 2999-01-01 is more than 1 day after today (");
    }

    @Test
    void msp_serve_refuses_to_listen_beyond_loopback_without_issuers() {
        Run r = msp("serve", "--bind", "0.0.0.0", "--port", "0", "--feedback", "target/never-written.jsonl");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().strip()).isEqualTo("Error: refusing to listen on 0.0.0.0 without authentication: give trusted "
                + "issuers and their keys (--issuer), or listen on 127.0.0.1");
    }
}
