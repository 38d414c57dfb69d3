package uk.msp.examples.cds;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import uk.msp.examples.cli.MspCommand;
import uk.msp.rules.MspAdvisor;

/** The CDS Hooks service over real HTTP on the loopback interface: discovery, cards, feedback and every refusal. */
class CdsServerTest {
    static final Path CASES = Path.of("cases");
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir static Path dir;
    static CdsServer server;
    static Path feedbackFile;
    static HttpClient http;

    @BeforeAll
    static void start() throws IOException {
        feedbackFile = dir.resolve("feedback/msp-feedback.jsonl");
        server = CdsServer.start(MspAdvisor.builder().build(), new InetSocketAddress("127.0.0.1", 0), feedbackFile);
        http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    record Reply(int status, JsonNode body, String raw, HttpResponse<String> response) {}

    static Reply send(String method, String path, String body) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json");
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        JsonNode json = r.body().isEmpty() ? null : JSON.readTree(r.body());
        return new Reply(r.statusCode(), json, r.body(), r);
    }

    static ObjectNode hookRequest(String caseFile, String asOf) throws IOException {
        ObjectNode req = JSON.createObjectNode();
        req.put("hook", CdsServer.HOOK);
        req.put("hookInstance", UUID.randomUUID().toString());
        ObjectNode context = req.putObject("context");
        context.set("safeguardingCase", JSON.readTree(CASES.resolve(caseFile).toFile()));
        if (asOf != null) context.put("asOf", asOf);
        return req;
    }

    static Reply evaluate(ObjectNode request) throws IOException, InterruptedException {
        return send("POST", "/cds-services/" + CdsServer.SERVICE_ID, JSON.writeValueAsString(request));
    }

    static void assertNoStackTrace(Reply r) {
        assertThat(r.raw()).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("at uk.msp").doesNotContain("at java.");
        assertThat(r.response().headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/json"));
    }

    @Test
    void an_answered_request_leaves_no_deadline_waiting() throws Exception {
        // GIVEN a service of its own (no other test's requests in flight) and twenty cases evaluated and answered
        try (CdsServer own = CdsServer.start(MspAdvisor.builder().build(), new InetSocketAddress("127.0.0.1", 0),
                dir.resolve("own-feedback.jsonl"))) {
            for (int i = 0; i < 20; i++) {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + own.port()
                                + "/cds-services/" + CdsServer.SERVICE_ID)).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(
                                hookRequest("mrs-okafor-discharge.json", "2026-03-02")))).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(r.statusCode()).isEqualTo(200);
            }
            // THEN no 408 or 503 is still queued for any of them: each answer took its deadline off the timer, where
            // it would otherwise wait the ten seconds of the deadline holding the exchange
            assertThat(own.pendingDeadlines()).isZero();
        }
    }

    @Test
    void discovery_lists_the_case_review_service_with_a_reverse_domain_hook() throws Exception {
        // GIVEN the running service WHEN a host asks what it offers
        Reply r = send("GET", "/cds-services", null);
        // THEN one service, with hook, id, title and description, and no prefetch
        assertThat(r.status()).isEqualTo(200);
        JsonNode service = r.body().get("services").get(0);
        assertThat(service.get("hook").asText()).isEqualTo("uk.msp.safeguarding-case-review");
        assertThat(service.get("id").asText()).isEqualTo("msp-case-review");
        assertThat(service.get("title").asText()).isNotBlank();
        assertThat(service.get("description").asText()).contains("context.safeguardingCase");
        assertThat(service.has("prefetch")).isFalse();
        assertThat(server.discoveryUri().toString()).isEqualTo("http://127.0.0.1:" + server.port() + "/cds-services");
    }

    @Test
    void evaluates_a_case_to_cards_that_follow_the_card_rules() throws Exception {
        // GIVEN Mrs Okafor's case, judged lacking capacity because her decision looks unwise
        Reply r = evaluate(hookRequest("mrs-okafor-discharge.json", "2026-03-02"));
        // THEN cards, one per finding, the warning for MCA-03 among them, and every card rule kept
        assertThat(r.status()).as(r.raw()).isEqualTo(200);
        assertThat(CardRules.breaches(r.body())).isEmpty();
        List<String> topics = new ArrayList<>();
        for (JsonNode card : r.body().get("cards")) topics.add(card.get("source").get("topic").get("code").asText());
        assertThat(topics).contains("MCA-03");
        JsonNode mca03 = cardFor(r.body(), "MCA-03");
        assertThat(mca03.get("indicator").asText()).isEqualTo("warning");
        assertThat(mca03.get("source").get("topic").get("display").asText()).isEqualTo("MCA-03 (rules 0.1.0)");
        assertThat(mca03.get("detail").asText()).contains("**Basis:** Mental Capacity Act 2005 s.1(4)");
        assertThat(mca03.get("extension").get("uk.msp.evidence").get("evidence").toString()).contains("capacityAssessments[0].reasons");
        assertThat(mca03.get("overrideReasons").get(0).get("display").asText()).isNotBlank();
        // AND the same request gives the same cards (uuids are derived, not random)
        assertThat(evaluate(hookRequest("mrs-okafor-discharge.json", "2026-03-02")).raw()).isEqualTo(r.raw());
    }

    @Test
    void every_example_case_gives_cards_that_follow_the_card_rules() throws Exception {
        try (var files = Files.list(CASES)) {
            for (Path f : files.sorted().toList()) {
                Reply r = evaluate(hookRequest(f.getFileName().toString(), "2026-03-02"));
                assertThat(r.status()).as(f + ": " + r.raw()).isEqualTo(200);
                assertThat(CardRules.breaches(r.body())).as(f.toString()).isEmpty();
            }
        }
    }

    @Test
    void a_case_with_nothing_to_say_gets_an_empty_card_list() throws Exception {
        Reply r = evaluate(hookRequest("mr-patel-good-practice.json", "2026-03-02"));
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.body().toString()).isEqualTo("{\"cards\":[]}");
    }

    @Test
    void as_of_defaults_to_today() throws Exception {
        Reply withDate = evaluate(hookRequest("mrs-okafor-discharge.json", LocalDate.now().toString()));
        Reply without = evaluate(hookRequest("mrs-okafor-discharge.json", null));
        assertThat(without.status()).isEqualTo(200);
        assertThat(without.raw()).isEqualTo(withDate.raw());
    }

    @Test
    void the_card_rules_checker_catches_each_kind_of_breach() throws Exception {
        // The checker itself must fail bad cards, or the tests above prove nothing.
        JsonNode bad = JSON.readTree("""
                {"cards": [{"uuid": "not-a-uuid", "summary": "%s", "indicator": "urgent", "detail": null,
                  "source": {"label": "", "topic": {"code": "X"}}, "overrideReasons": [], "extension": {"evidence": {}}}]}
                """.formatted("x".repeat(141)));
        assertThat(CardRules.breaches(bad)).anySatisfy(b -> assertThat(b).contains("summary: 141 characters"))
                .anySatisfy(b -> assertThat(b).contains("indicator: 'urgent'"))
                .anySatisfy(b -> assertThat(b).contains("uuid: 'not-a-uuid'"))
                .anySatisfy(b -> assertThat(b).contains("$.cards[0].detail: null"))
                .anySatisfy(b -> assertThat(b).contains("$.cards[0].source.label: empty string"))
                .anySatisfy(b -> assertThat(b).contains("source.topic.system: required"))
                .anySatisfy(b -> assertThat(b).contains("overrideReasons: empty list"))
                .anySatisfy(b -> assertThat(b).contains("extension.evidence: not a reverse-domain key"));
    }

    @Test
    void feedback_is_accepted_and_appended_as_json_lines() throws Exception {
        // GIVEN a card the worker overrode with a coded reason and a comment, and one they accepted
        Reply cards = evaluate(hookRequest("mrs-okafor-discharge.json", "2026-03-02"));
        String uuid = cardFor(cards.body(), "MCA-03").get("uuid").asText();
        String overridden = """
                {"feedback": [{"card": "%s", "outcome": "overridden", "outcomeTimestamp": "2026-03-02T10:15:30Z",
                  "overrideReason": {"reason": {"code": "MCA-03-override-1", "system": "https://msp.uk/override-reasons",
                  "display": "reason"}, "userComment": "Mrs Example's daughter said so"}}]}
                """.formatted(uuid);
        String accepted = """
                {"feedback": [{"card": "%s", "outcome": "accepted", "outcomeTimestamp": "2026-03-02T11:00:00+01:00"}]}
                """.formatted(uuid);
        long before = Files.exists(feedbackFile) ? Files.readAllLines(feedbackFile).size() : 0;
        // WHEN both are sent
        Reply r1 = send("POST", "/cds-services/msp-case-review/feedback", overridden);
        Reply r2 = send("POST", "/cds-services/msp-case-review/feedback", accepted);
        // THEN both are accepted and appended, one JSON line each, with the card's code and case recovered from its
        // uuid, and no free text: neither the comment nor the reason's display
        assertThat(r1.status()).as(r1.raw()).isEqualTo(200);
        assertThat(r2.status()).as(r2.raw()).isEqualTo(200);
        List<String> lines = Files.readAllLines(feedbackFile);
        assertThat(lines).hasSize((int) before + 2);
        JsonNode first = JSON.readTree(lines.get((int) before));
        assertThat(first.get("card").asText()).isEqualTo(uuid);
        assertThat(first.get("outcome").asText()).isEqualTo("overridden");
        assertThat(first.get("service").asText()).isEqualTo("msp-case-review");
        assertThat(first.get("overrideReason").asText()).isEqualTo("MCA-03-override-1");
        assertThat(first.get("code").asText()).isEqualTo("MCA-03");
        assertThat(first.get("caseId").asText()).isEqualTo("EX-2026-0142");
        assertThat(first.has("receivedAt")).isTrue();
        assertThat(lines.get((int) before)).doesNotContain("daughter").doesNotContain("\"reason\"");
        assertThat(first.size()).as(first.toString()).isEqualTo(8);
        JsonNode second = JSON.readTree(lines.get((int) before + 1));
        assertThat(second.get("outcomeTimestamp").asText()).isEqualTo("2026-03-02T10:00:00Z");
    }

    @Test
    void bad_feedback_is_refused_with_every_problem_and_nothing_appended() throws Exception {
        long before = Files.exists(feedbackFile) ? Files.readAllLines(feedbackFile).size() : 0;
        Reply r = send("POST", "/cds-services/msp-case-review/feedback", """
                {"feedback": [{"card": "c1", "outcome": "ignored", "outcomeTimestamp": "yesterday"},
                              {"outcome": "accepted", "outcomeTimestamp": "2026-03-02T10:15:30Z", "overrideReason": {}}]}
                """);
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.body().get("error").asText()).isEqualTo("invalid feedback");
        assertThat(r.body().get("problems").toString()).contains("feedback[0].outcome").contains("must be accepted or overridden")
                .contains("feedback[0].outcomeTimestamp").contains("feedback[1].card").contains("feedback[1].overrideReason");
        assertThat(Files.exists(feedbackFile) ? Files.readAllLines(feedbackFile).size() : 0).isEqualTo(before);
        Reply empty = send("POST", "/cds-services/msp-case-review/feedback", "{\"feedback\": []}");
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.body().get("problems").get(0).get("message").asText()).isEqualTo("must be a non-empty list of card outcomes");
        assertNoStackTrace(r);
    }

    @Test
    void malformed_json_is_400_and_names_where_not_what() throws Exception {
        Reply r = send("POST", "/cds-services/msp-case-review", "{\"hook\": \"x\", \"context\": {\"safeguardingCase\": Mrs Jones}}");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.body().get("error").asText()).startsWith("request body is not valid JSON (line 1, column");
        assertThat(r.raw()).doesNotContain("Jones");
        assertNoStackTrace(r);
        assertThat(send("POST", "/cds-services/msp-case-review", "").body().get("error").asText())
                .isEqualTo("request body is empty: expected a JSON object");
        assertThat(send("POST", "/cds-services/msp-case-review", "[1, 2]").body().get("error").asText())
                .isEqualTo("request body must be a JSON object");
    }

    @Test
    void a_request_without_hook_instance_or_case_is_400_with_every_problem() throws Exception {
        Reply r = send("POST", "/cds-services/msp-case-review", "{\"hook\": \"patient-view\", \"context\": {\"asOf\": \"2026-02-30\"}}");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.body().get("error").asText()).isEqualTo("invalid CDS Hooks request");
        assertThat(r.body().get("problems").toString())
                .contains("{\"path\":\"hook\",\"message\":\"must be uk.msp.safeguarding-case-review for service msp-case-review\"}")
                .contains("{\"path\":\"hookInstance\",\"message\":\"is required\"}")
                .contains("{\"path\":\"context.safeguardingCase\",\"message\":\"is required: the case, in the msp case JSON format\"}")
                .contains("{\"path\":\"context.asOf\",\"message\":\"must be a date, yyyy-MM-dd\"}");
        Reply noContext = send("POST", "/cds-services/msp-case-review",
                "{\"hook\": \"uk.msp.safeguarding-case-review\", \"hookInstance\": \"" + UUID.randomUUID() + "\"}");
        assertThat(noContext.body().get("problems").toString()).contains("{\"path\":\"context\",\"message\":\"is required\"}");
        assertNoStackTrace(r);
    }

    @Test
    void an_invalid_case_is_400_listing_every_problem_with_its_path() throws Exception {
        ObjectNode req = hookRequest("mrs-okafor-discharge.json", "2026-03-02");
        ObjectNode c = (ObjectNode) req.get("context").get("safeguardingCase");
        c.put("stage", "OPEN");
        ((ObjectNode) c.get("adult")).put("age", "eighty-four");
        Reply r = evaluate(req);
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.body().get("error").asText()).isEqualTo("invalid case");
        assertThat(r.body().get("problems").toString()).contains("context.safeguardingCase.stage").contains("'OPEN' is not allowed")
                .contains("context.safeguardingCase.adult.age");
        // AND semantic problems found by the advisor point into the request too
        Reply future = evaluate(hookRequest("mrs-okafor-discharge.json", "2026-01-01"));
        assertThat(future.status()).isEqualTo(400);
        assertThat(future.body().get("problems").toString()).contains("\"path\":\"context.safeguardingCase.dates.concernRaised\"")
                .contains("is in the future (as of 2026-01-01)");
        assertNoStackTrace(r);
    }

    @Test
    void unknown_paths_are_404_and_wrong_methods_405_with_allow() throws Exception {
        Reply unknown = send("POST", "/cds-services/no-such-service", "{}");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.body().get("error").asText()).startsWith("no such CDS service");
        assertThat(send("GET", "/", null).status()).isEqualTo(404);
        assertThat(send("GET", "/cds-servicesX", null).status()).isEqualTo(404);
        Reply get = send("GET", "/cds-services/msp-case-review", null);
        assertThat(get.status()).isEqualTo(405);
        assertThat(get.response().headers().firstValue("Allow")).hasValue("POST");
        Reply post = send("POST", "/cds-services", "{}");
        assertThat(post.status()).isEqualTo(405);
        assertThat(post.response().headers().firstValue("Allow")).hasValue("GET");
        assertThat(send("DELETE", "/cds-services/msp-case-review/feedback", null).status()).isEqualTo(405);
        assertNoStackTrace(get);
    }

    @Test
    void a_body_over_the_limit_is_413() throws Exception {
        // A declared length over the limit is refused before the body is read.
        try (Socket s = new Socket("127.0.0.1", server.port())) {
            s.setSoTimeout(10_000);
            OutputStream out = s.getOutputStream();
            out.write(("POST /cds-services/msp-case-review HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                    + "Content-Length: " + (CdsServer.MAX_BODY_BYTES + 1) + "\r\n\r\n{").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String reply = new String(readSome(s.getInputStream()), StandardCharsets.UTF_8);
            assertThat(reply).startsWith("HTTP/1.1 413").contains("request body is larger than 5242880 bytes");
        }
        // A chunked body (no declared length) is refused once it passes the limit.
        try (Socket s = new Socket("127.0.0.1", server.port())) {
            s.setSoTimeout(10_000);
            OutputStream out = s.getOutputStream();
            out.write(("POST /cds-services/msp-case-review/feedback HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                    + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            // 5 MiB and 16 KiB of spaces: just over the limit, so the little the service does not read is drained.
            byte[] chunk = new byte[1024 * 1024];
            Arrays.fill(chunk, (byte) ' ');
            for (int i = 0; i < 6; i++) {
                int n = i < 5 ? chunk.length : 16 * 1024;
                out.write((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                out.write(chunk, 0, n);
                out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
            }
            out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String reply = new String(readSome(s.getInputStream()), StandardCharsets.UTF_8);
            assertThat(reply).startsWith("HTTP/1.1 413");
        }
        // The service is still up.
        assertThat(send("GET", "/cds-services", null).status()).isEqualTo(200);
    }

    @Test
    void many_threads_get_the_same_cards_as_one() throws Exception {
        List<String> files = List.of("mrs-okafor-discharge.json", "mr-hughes-attorney.json", "ms-reid-learning-disability.json",
                "mr-patel-good-practice.json");
        List<String> serial = new ArrayList<>();
        for (String f : files) serial.add(evaluate(hookRequest(f, "2026-03-02")).raw());
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < 24; i++) {
                String f = files.get(i % files.size());
                results.add(pool.submit(() -> evaluate(hookRequest(f, "2026-03-02")).raw()));
            }
            for (int i = 0; i < results.size(); i++) {
                assertThat(results.get(i).get(60, TimeUnit.SECONDS)).isEqualTo(serial.get(i % files.size()));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void logs_carry_ids_codes_and_timings_never_case_content() throws Exception {
        ObjectNode req = hookRequest("mrs-okafor-discharge.json", "2026-03-02");
        ObjectNode c = (ObjectNode) req.get("context").get("safeguardingCase");
        ((ObjectNode) c.get("desiredOutcomes").get(0)).put("words", "NARRATIVE-7781 I want to go home to Rosemary Lane");
        ObjectNode bad = hookRequest("mrs-okafor-discharge.json", "2026-03-02");
        ((ObjectNode) bad.get("context").get("safeguardingCase")).put("leadProfessional", 42);
        ((ObjectNode) bad.get("context").get("safeguardingCase").get("adult")).put("id", "NAME-Jane-Doe");
        ((ObjectNode) bad.get("context").get("safeguardingCase").get("adult")).put("age", "NARRATIVE-7782");
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            assertThat(evaluate(req).status()).isEqualTo(200);
            assertThat(evaluate(bad).status()).isEqualTo(400);
            send("POST", "/cds-services/msp-case-review", "{\"context\": NARRATIVE-7783}");
        } finally {
            System.setErr(original);
        }
        String log = captured.toString(StandardCharsets.UTF_8);
        assertThat(log).contains("POST evaluate status=200").contains("case=EX-2026-0142").contains("codes=")
                .contains("hookInstance=" + req.get("hookInstance").asText()).contains("status=400").containsPattern("ms=\\d+");
        assertThat(log).doesNotContain("NARRATIVE").doesNotContain("Rosemary").doesNotContain("Jane-Doe")
                .doesNotContain("where to live on discharge");
    }

    @Test
    void msp_serve_prints_its_url_serves_and_stops_when_interrupted() throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int[] code = {-1};
        Thread serving = new Thread(() -> code[0] = MspCommand.run(new PrintWriter(out), new PrintWriter(err),
                "serve", "--port", "0", "--feedback", dir.resolve("serve-feedback.jsonl").toString()), "msp-serve-test");
        serving.start();
        Matcher url = Pattern.compile("listening on (http://127\\.0\\.0\\.1:\\d+/cds-services)").matcher("");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!url.reset(out.toString()).find() && System.nanoTime() < deadline && serving.isAlive()) Thread.sleep(50);
        assertThat(url.find(0)).as(out + err.toString()).isTrue();
        HttpResponse<String> discovery = http.send(HttpRequest.newBuilder(URI.create(url.group(1))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(discovery.statusCode()).isEqualTo(200);
        assertThat(discovery.body()).contains("uk.msp.safeguarding-case-review");
        serving.interrupt();
        serving.join(10_000);
        assertThat(serving.isAlive()).isFalse();
        assertThat(code[0]).isZero();
        assertThat(MspCommand.run(new PrintWriter(new StringWriter()), new PrintWriter(err), "serve", "--port", "70000")).isEqualTo(2);
        assertThat(err.toString()).contains("--port 70000 is out of range: 0 to 65535");
    }

    private static JsonNode cardFor(JsonNode response, String code) {
        for (JsonNode card : response.get("cards")) {
            if (card.get("source").get("topic").get("code").asText().equals(code)) return card;
        }
        throw new AssertionError("no card for " + code + " in " + response);
    }

    private static byte[] readSome(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[8192];
        try {
            for (int n = in.read(buf); n > 0; n = in.read(buf)) {
                out.write(buf, 0, n);
                if (out.toString(StandardCharsets.UTF_8).contains("}")) break;
            }
        } catch (SocketException e) {
            // the server closed the connection after its reply
        }
        return out.toByteArray();
    }
}
