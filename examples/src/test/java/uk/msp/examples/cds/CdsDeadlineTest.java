package uk.msp.examples.cds;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import uk.msp.examples.cli.MspCommand;
import uk.msp.rules.MspAdvisor;

/**
 * The evaluation deadline, shared by the service and the tool: local rules that are correct but slow (a second for
 * the adult with id SLOW) meet a deadline of 200 ms. The service answers 503 and the tool counts the case as
 * failed, each naming the case and the rule, and both go on.
 */
class CdsDeadlineTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final Path SLOW_RULES = Path.of("src/test/resources/cds/slow-rules");

    @TempDir Path dir;

    static ObjectNode slowCase() throws Exception {
        ObjectNode c = (ObjectNode) JSON.readTree(CdsServerTest.CASES.resolve("mrs-okafor-discharge.json").toFile());
        ((ObjectNode) c.get("adult")).put("id", "SLOW");
        return c;
    }

    @Test
    void the_service_answers_503_naming_the_case_and_the_rule() throws Exception {
        MspAdvisor advisor = MspAdvisor.builder().localRules(SLOW_RULES).deadline(Duration.ofMillis(200)).build();
        try (CdsServer server = CdsServer.start(advisor, CdsServer.Options.loopback(0, dir.resolve("feedback.jsonl")));
             RawHttp c = new RawHttp(server.port(), 10_000)) {
            ObjectNode request = CdsServerTest.hookRequest("mrs-okafor-discharge.json", "2026-03-02");
            ((ObjectNode) request.get("context")).set("safeguardingCase", slowCase());
            long t = System.nanoTime();
            RawHttp.Reply r = c.exchange(RawHttp.request("POST", "/cds-services/msp-case-review", "application/json",
                    JSON.writeValueAsString(request)));
            assertThat(r.status()).isEqualTo(503);
            assertThat(r.body()).isEqualTo("{\"error\":\"case EX-2026-0142 was not evaluated within 200 ms "
                    + "(rule SLW-01 was running); no advice was given\"}");
            assertThat((System.nanoTime() - t) / 1_000_000).isLessThan(900);
            // AND the next case, on the same connection, gets its cards
            String other = JSON.writeValueAsString(CdsServerTest.hookRequest("mr-hughes-attorney.json", "2026-03-02"));
            assertThat(c.exchange(RawHttp.request("POST", "/cds-services/msp-case-review", "application/json", other)).status())
                    .isEqualTo(200);
        }
    }

    @Test
    void msp_report_counts_a_case_past_the_deadline_as_failed_and_goes_on() throws Exception {
        Path cases = Files.createDirectories(dir.resolve("cases"));
        Files.writeString(cases.resolve("a-slow.json"), JSON.writeValueAsString(slowCase()));
        Files.copy(CdsServerTest.CASES.resolve("mr-hughes-attorney.json"), cases.resolve("b-hughes.json"));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = MspCommand.run(new PrintWriter(out), new PrintWriter(err), "report", cases.toString(), "--out",
                dir.resolve("report").toString(), "--as-of", "2026-03-02", "--no-progress", "--rules", SLOW_RULES.toString(),
                "--deadline-ms", "200");
        assertThat(code).as(out + err.toString()).isEqualTo(3);
        assertThat(out.toString()).contains("Report: 2 cases read, 1 evaluated, 1 failed");
        assertThat(err.toString().strip()).isEqualTo("Skipped a-slow.json: case EX-2026-0142 was not "
                + "evaluated within 200 ms (rule SLW-01 was running); no advice was given");
    }

    @Test
    void msp_evaluate_stops_at_the_deadline_with_exit_3() throws Exception {
        Path slow = Files.writeString(dir.resolve("slow.json"), JSON.writeValueAsString(slowCase()));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = MspCommand.run(new PrintWriter(out), new PrintWriter(err), "evaluate", slow.toString(), "--as-of",
                "2026-03-02", "--rules", SLOW_RULES.toString(), "--deadline-ms", "200");
        assertThat(code).isEqualTo(3);
        assertThat(err.toString().strip()).isEqualTo("Evaluation stopped: case EX-2026-0142 was not evaluated within 200 ms "
                + "(rule SLW-01 was running); no advice was given");
        // AND a deadline that is not positive is refused as bad input
        StringWriter err2 = new StringWriter();
        assertThat(MspCommand.run(new PrintWriter(new StringWriter()), new PrintWriter(err2), "evaluate", slow.toString(),
                "--deadline-ms", "0")).isEqualTo(2);
        assertThat(err2.toString().strip()).isEqualTo("Error: --deadline-ms 0 must be a positive number of milliseconds");
    }
}
