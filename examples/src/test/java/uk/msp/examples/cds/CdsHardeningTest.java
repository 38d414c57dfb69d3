package uk.msp.examples.cds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import uk.msp.rules.MspAdvisor;

/**
 * The service under a bad day, over real HTTP on the loopback interface: slow clients, many idle connections,
 * oversized and non-JSON requests, an evaluation that never returns and one that runs out of memory. Every loop is
 * bounded and every read has a timeout.
 */
class CdsHardeningTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final String EVALUATE = "/cds-services/msp-case-review";

    @TempDir static Path dir;
    static MspAdvisor advisor;
    static CdsServer server;
    static String caseRequest;

    @BeforeAll
    static void start() throws IOException {
        advisor = MspAdvisor.builder().build();
        server = CdsServer.start(advisor, CdsServer.Options.loopback(0, dir.resolve("feedback.jsonl")));
        caseRequest = JSON.writeValueAsString(CdsServerTest.hookRequest("mrs-okafor-discharge.json", "2026-03-02"));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** Clients that trickle a request one byte at a time and never finish it. */
    static final class SlowClients implements AutoCloseable {
        final List<RawHttp> sockets = new ArrayList<>();
        final ScheduledExecutorService trickle = Executors.newSingleThreadScheduledExecutor();

        SlowClients(int port, int count) throws IOException {
            for (int i = 0; i < count; i++) {
                RawHttp s = new RawHttp(port, 1_000);
                // Half trickle their headers, half their body (after whole headers announcing 100,000 bytes).
                s.write(i % 2 == 0 ? "POST " + EVALUATE + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                        : "POST " + EVALUATE + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                                + "Content-Length: 100000\r\n\r\n{\"hook\": ");
                sockets.add(s);
            }
            trickle.scheduleAtFixedRate(() -> {
                for (int i = 0; i < sockets.size(); i++) {
                    try {
                        sockets.get(i).write(i % 2 == 0 ? "X" : " ");
                    } catch (IOException e) {
                        // the service closed it: fine
                    }
                }
            }, 100, 100, TimeUnit.MILLISECONDS);
        }

        @Override
        public void close() throws IOException {
            trickle.shutdownNow();
            for (RawHttp s : sockets) s.close();
        }
    }

    /** Ten requests on fresh connections and ten on one reused connection; returns the slowest, in ms. */
    static long legitimateRequests() throws IOException {
        long slowest = 0;
        for (int i = 0; i < 10; i++) {
            long t = System.nanoTime();
            try (RawHttp fresh = new RawHttp(server.port(), 2_000)) {
                RawHttp.Reply r = fresh.exchange(RawHttp.request("POST", EVALUATE, "application/json", caseRequest));
                assertThat(r.status()).as(r.body()).isEqualTo(200);
            }
            slowest = Math.max(slowest, (System.nanoTime() - t) / 1_000_000);
        }
        try (RawHttp reused = new RawHttp(server.port(), 2_000)) {
            for (int i = 0; i < 10; i++) {
                long t = System.nanoTime();
                RawHttp.Reply r = reused.exchange(RawHttp.request("POST", EVALUATE, "application/json", caseRequest));
                assertThat(r.status()).as(r.body()).isEqualTo(200);
                assertThat(r.headers()).doesNotContain("connection: close");
                slowest = Math.max(slowest, (System.nanoTime() - t) / 1_000_000);
            }
        }
        return slowest;
    }

    @Test
    @Timeout(120)
    void with_4_then_50_slow_clients_every_legitimate_request_succeeds_within_2_s() throws Exception {
        for (int count : new int[] {4, 50}) {
            // GIVEN slow clients connected, trickling headers or body
            try (SlowClients slow = new SlowClients(server.port(), count)) {
                Thread.sleep(300);
                // WHEN a legitimate client sends requests on fresh and on a reused connection
                long slowest = legitimateRequests();
                // THEN every one succeeded (asserted inside) within 2 s
                assertThat(slowest).as("slowest request with %d slow clients", count).isLessThan(2_000);
                System.out.println("slow clients " + count + ": slowest legitimate request " + slowest + " ms");
            }
        }
    }

    @Test
    @Timeout(120)
    void a_thousand_idle_keep_alive_connections_do_not_fail_a_reused_connection() throws Exception {
        List<RawHttp> idle = new ArrayList<>();
        try {
            // GIVEN a thousand keep-alive connections, each used once and then left open
            for (int i = 0; i < 1_000; i++) {
                RawHttp c = new RawHttp(server.port(), 5_000);
                idle.add(c);
                assertThat(c.exchange(RawHttp.request("GET", "/health", null, null)).status()).isEqualTo(200);
            }
            // WHEN a legitimate client reuses one connection THEN all its requests succeed within 2 s
            assertThat(legitimateRequests()).isLessThan(2_000);
        } finally {
            for (RawHttp c : idle) c.close();
        }
    }

    @Test
    void a_reused_connection_does_not_wait_for_nagle() throws Exception {
        // Nagle's algorithm with delayed acknowledgements held each reply on a reused connection for about 40 ms.
        try (RawHttp c = new RawHttp(server.port(), 2_000)) {
            long[] ms = new long[21];
            for (int i = 0; i < ms.length; i++) {
                long t = System.nanoTime();
                RawHttp.Reply r = c.exchange(RawHttp.request("GET", "/health", null, null));
                assertThat(r.status()).isEqualTo(200);
                ms[i] = (System.nanoTime() - t) / 1_000_000;
            }
            Arrays.sort(ms);
            System.out.println("reused connection: median " + ms[10] + " ms, slowest " + ms[20] + " ms");
            assertThat(ms[10]).as("median ms").isLessThan(30);
        }
    }

    @Test
    void health_answers_with_the_rule_set_version() throws Exception {
        try (RawHttp c = new RawHttp(server.port(), 2_000)) {
            RawHttp.Reply r = c.exchange(RawHttp.request("GET", "/health", null, null));
            assertThat(r.status()).isEqualTo(200);
            assertThat(r.body()).isEqualTo("{\"status\":\"ok\",\"rules\":\"" + advisor.version() + "\"}");
        }
    }

    @Test
    void headers_over_the_limit_are_431_in_json() throws Exception {
        try (RawHttp c = new RawHttp(server.port(), 5_000)) {
            RawHttp.Reply r = c.exchange("GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: " + "a".repeat(9_000) + "\r\n\r\n");
            assertThat(r.status()).isEqualTo(431);
            assertThat(r.headers()).contains("content-type: application/json");
            assertThat(r.body()).isEqualTo("{\"error\":\"request headers are larger than 8192 bytes\"}");
        }
    }

    @Test
    void a_body_that_is_not_json_is_415_so_a_cross_site_simple_post_is_refused() throws Exception {
        // A web page can post text/plain, form data or multipart to any address without asking first; never JSON.
        for (String type : new String[] {"text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x",
                "application/json; charset=iso-8859-1", null}) {
            try (RawHttp c = new RawHttp(server.port(), 5_000)) {
                RawHttp.Reply r = c.exchange(RawHttp.request("POST", EVALUATE + "/feedback", type, "{\"feedback\": []}"));
                assertThat(r.status()).as(type).isEqualTo(415);
                assertThat(r.body()).isEqualTo("{\"error\":\"Content-Type must be application/json\"}");
            }
        }
        try (RawHttp c = new RawHttp(server.port(), 5_000)) {
            assertThat(c.exchange(RawHttp.request("POST", EVALUATE, "application/json; charset=UTF-8", caseRequest)).status()).isEqualTo(200);
        }
    }

    @Test
    void a_field_given_twice_in_the_request_is_400() throws Exception {
        try (RawHttp c = new RawHttp(server.port(), 5_000)) {
            RawHttp.Reply r = c.exchange(RawHttp.request("POST", EVALUATE, "application/json", "{\"hook\": \"a\", \"hook\": \"b\"}"));
            assertThat(r.status()).isEqualTo(400);
            assertThat(r.body()).isEqualTo("{\"error\":\"request body has a field given more than once (line 1, column 21)\"}");
        }
    }

    @Test
    void an_evaluation_date_more_than_a_day_ahead_is_400() throws Exception {
        Clock clock = Clock.fixed(Instant.parse("2026-03-02T12:00:00Z"), ZoneOffset.UTC);
        try (CdsServer fixed = CdsServer.start(advisor, CdsServer.Options.loopback(0, dir.resolve("fixed.jsonl")), clock);
             RawHttp c = new RawHttp(fixed.port(), 5_000)) {
            String tomorrow = JSON.writeValueAsString(CdsServerTest.hookRequest("mrs-okafor-discharge.json", "2026-03-03"));
            assertThat(c.exchange(RawHttp.request("POST", EVALUATE, "application/json", tomorrow)).status()).isEqualTo(200);
            String later = JSON.writeValueAsString(CdsServerTest.hookRequest("mrs-okafor-discharge.json", "2026-03-04"));
            RawHttp.Reply r = c.exchange(RawHttp.request("POST", EVALUATE, "application/json", later));
            assertThat(r.status()).isEqualTo(400);
            assertThat(r.body()).isEqualTo("{\"error\":\"invalid CDS Hooks request\",\"problems\":[{\"path\":\"context.asOf\","
                    + "\"message\":\"2026-03-04 is more than 1 day after today (2026-03-02)\"}]}");
        }
    }

    @Test
    void an_evaluation_that_never_returns_is_503_naming_the_case_and_the_service_goes_on() throws Exception {
        // GIVEN an evaluation that hangs (a rule stuck in one condition, which no deadline inside can stop)
        MspAdvisor quick = MspAdvisor.builder().deadline(Duration.ofMillis(300)).build();
        CdsServer.Evaluation hangs = (c, asOf) -> {
            if (!c.id().equals("EX-2026-0142")) return quick.evaluate(c, asOf);
            try {
                Thread.sleep(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return null;   // too late: the service has answered
        };
        try (CdsServer s = CdsServer.start(quick, CdsServer.Options.loopback(0, dir.resolve("hang.jsonl")), Clock.systemUTC(), hangs);
             RawHttp c = new RawHttp(s.port(), 5_000)) {
            // WHEN the case is sent THEN 503 within the deadline and its grace, naming the case
            long t = System.nanoTime();
            RawHttp.Reply r = c.exchange(RawHttp.request("POST", EVALUATE, "application/json", caseRequest));
            long ms = (System.nanoTime() - t) / 1_000_000;
            assertThat(r.status()).isEqualTo(503);
            assertThat(r.body()).isEqualTo("{\"error\":\"case EX-2026-0142 was not evaluated within 300 ms; no advice was given\"}");
            assertThat(ms).isBetween(300L, 3_000L);
            // AND another case on the same connection still gets its cards
            String other = JSON.writeValueAsString(CdsServerTest.hookRequest("mr-hughes-attorney.json", "2026-03-02"));
            assertThat(c.exchange(RawHttp.request("POST", EVALUATE, "application/json", other)).status()).isEqualTo(200);
        }
    }

    @Test
    void an_out_of_memory_error_is_answered_500_and_logged() throws Exception {
        CdsServer.Evaluation oom = (c, asOf) -> {
            throw new OutOfMemoryError("Java heap space");
        };
        java.io.PrintStream original = System.err;
        java.io.ByteArrayOutputStream captured = new java.io.ByteArrayOutputStream();
        try (CdsServer s = CdsServer.start(advisor, CdsServer.Options.loopback(0, dir.resolve("oom.jsonl")), Clock.systemUTC(), oom);
             RawHttp c = new RawHttp(s.port(), 5_000)) {
            System.setErr(new java.io.PrintStream(captured, true, java.nio.charset.StandardCharsets.UTF_8));
            RawHttp.Reply r = c.exchange(RawHttp.request("POST", EVALUATE, "application/json", caseRequest));
            assertThat(r.status()).isEqualTo(500);
            assertThat(r.body()).isEqualTo("{\"error\":\"internal error; the service log has the error class\"}");
            assertThat(c.exchange(RawHttp.request("GET", "/health", null, null)).status()).isEqualTo(200);
        } finally {
            System.setErr(original);
        }
        assertThat(captured.toString(java.nio.charset.StandardCharsets.UTF_8))
                .contains("route=evaluate internal error java.lang.OutOfMemoryError")
                .contains("POST evaluate status=500");
    }

    @Test
    void listening_beyond_loopback_without_authentication_is_refused() {
        assertThatThrownBy(() -> CdsServer.start(advisor, new CdsServer.Options(new InetSocketAddress("0.0.0.0", 0),
                dir.resolve("open.jsonl"), null, null, null, null, null)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("refusing to listen on 0.0.0.0 without authentication: give trusted issuers and their keys "
                        + "(--issuer), or listen on 127.0.0.1");
    }

    @Test
    void a_feedback_file_that_cannot_be_written_is_an_error_at_start_naming_it() throws Exception {
        Path notADir = Files.writeString(dir.resolve("plain-file"), "x");
        Path feedback = notADir.resolve("feedback.jsonl");
        assertThatThrownBy(() -> CdsServer.start(advisor, CdsServer.Options.loopback(0, feedback)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("feedback file " + feedback.toAbsolutePath() + " cannot be written (FileAlreadyExistsException)");
    }

    @Test
    void errors_are_json_even_for_a_request_that_is_not_http() throws Exception {
        try (RawHttp c = new RawHttp(server.port(), 5_000)) {
            RawHttp.Reply r = c.exchange("NOT HTTP AT ALL\r\n\r\n");
            assertThat(r.status()).isEqualTo(400);
            JsonNode body = JSON.readTree(r.body());
            assertThat(body.get("error").asText()).isEqualTo("bad request: not a valid HTTP request");
        }
    }

}
