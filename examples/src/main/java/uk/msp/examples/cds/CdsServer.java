package uk.msp.examples.cds;

import static uk.msp.examples.cds.RequestChecks.problem;
import static uk.msp.examples.cds.RequestChecks.requiredText;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import uk.msp.model.SafeguardingCase;
import uk.msp.model.advice.Advice;
import uk.msp.model.advice.Finding;
import uk.msp.rules.CaseJson;
import uk.msp.rules.EvaluationException;
import uk.msp.rules.InvalidCaseException;
import uk.msp.rules.MspAdvisor;

/**
 * A CDS Hooks 2.0 service on the JDK's HTTP server: discovery at {@code GET /cds-services}, the case review at
 * {@code POST /cds-services/msp-case-review} (the case in {@code context.safeguardingCase}, an optional
 * {@code context.asOf}), and card feedback at {@code POST /cds-services/msp-case-review/feedback}, appended to a
 * JSON-lines file.
 *
 * <p>Thread-safe. One advisor, built by the caller, is shared by a small fixed pool of request threads. Errors are
 * JSON {@code {"error": "...", "problems": [...]}}, never a stack trace. Logs carry service ids, hook instances, case
 * ids, rule codes, status codes and timings only, never case content.
 *
 * <pre>{@code
 * try (CdsServer server = CdsServer.start(advisor, new InetSocketAddress("127.0.0.1", 0), Path.of("feedback.jsonl"))) {
 *     URI discovery = server.discoveryUri();
 * }
 * }</pre>
 */
public final class CdsServer implements AutoCloseable {
    /** The case-review service's id: the last part of its URL. */
    public static final String SERVICE_ID = "msp-case-review";
    /** The custom hook the case-review service answers, in reverse-domain style as CDS Hooks asks. */
    public static final String HOOK = "uk.msp.safeguarding-case-review";
    /** The largest request body accepted, in bytes; larger ones get 413. */
    public static final int MAX_BODY_BYTES = 5 * 1024 * 1024;
    /** Request threads: the advisor is shared by all of them. */
    static final int THREADS = 4;

    private static final Logger LOG = LoggerFactory.getLogger(CdsServer.class);
    private static final String BASE = "/cds-services";
    private static final ObjectMapper JSON = requestMapper();
    private static final ObjectMapper OUT = CdsCards.JSON;

    private final MspAdvisor advisor;
    private final FeedbackLog feedback;
    private final HttpServer http;
    private final ExecutorService executor;

    private CdsServer(MspAdvisor advisor, FeedbackLog feedback, HttpServer http, ExecutorService executor) {
        this.advisor = advisor;
        this.feedback = feedback;
        this.http = http;
        this.executor = executor;
    }

    /**
     * Starts the service.
     *
     * @param advisor the advisor every request uses; never null
     * @param address where to listen; port 0 picks a free port; never null
     * @param feedbackFile the JSON-lines file card feedback is appended to (created when first needed); never null
     * @return the running service; close it to stop
     * @throws IOException if the address cannot be bound
     */
    public static CdsServer start(MspAdvisor advisor, InetSocketAddress address, Path feedbackFile) throws IOException {
        Objects.requireNonNull(advisor, "advisor must not be null");
        Objects.requireNonNull(address, "address must not be null");
        Objects.requireNonNull(feedbackFile, "feedback file must not be null");
        HttpServer http = HttpServer.create(address, 0);
        AtomicInteger n = new AtomicInteger();
        ExecutorService executor = Executors.newFixedThreadPool(THREADS, r -> {
            Thread t = new Thread(r, "msp-cds-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        CdsServer server = new CdsServer(advisor, new FeedbackLog(feedbackFile), http, executor);
        http.createContext("/", server::handle);
        http.setExecutor(executor);
        http.start();
        LOG.info("CDS Hooks service listening on {} (rules {})", server.discoveryUri(), advisor.version());
        return server;
    }

    /** The port the service listens on. */
    public int port() {
        return http.getAddress().getPort();
    }

    /** The discovery URL, e.g. {@code http://127.0.0.1:8080/cds-services}. */
    public URI discoveryUri() {
        InetSocketAddress a = http.getAddress();
        String host = a.getAddress().getHostAddress();
        if (host.contains(":")) host = "[" + host + "]";
        return URI.create("http://" + host + ":" + a.getPort() + BASE);
    }

    /** Stops accepting requests, lets running ones finish for up to a second, and stops the threads. */
    @Override
    public void close() {
        http.stop(1);
        executor.shutdown();
        try {
            if (!executor.awaitTermination(5, TimeUnit.SECONDS)) executor.shutdownNow();
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    /** The discovery document. */
    static Map<String, Object> discovery() {
        Map<String, Object> service = new LinkedHashMap<>();
        service.put("hook", HOOK);
        service.put("id", SERVICE_ID);
        service.put("title", "Making Safeguarding Personal case review");
        service.put("description", "Reviews an adult safeguarding case (Care Act 2014, Mental Capacity Act 2005) and "
                + "returns Making Safeguarding Personal prompts and warnings as cards, with the MSP conversation steps "
                + "not yet recorded as one checklist card. The case goes in context.safeguardingCase (msp case JSON); "
                + "context.asOf (yyyy-MM-dd) is the evaluation date, today by default.");
        return Map.of("services", List.of(service));
    }

    private void handle(HttpExchange ex) {
        long start = System.nanoTime();
        Trace trace = new Trace();
        Response r;
        String route = "unknown";
        try {
            String path = ex.getRequestURI().getRawPath();
            String method = ex.getRequestMethod();
            if (path.equals(BASE) || path.equals(BASE + "/")) {
                route = "discovery";
                r = method.equals("GET") ? Response.ok(discovery()) : Response.methodNotAllowed("GET");
            } else if (path.equals(BASE + "/" + SERVICE_ID)) {
                route = "evaluate";
                r = method.equals("POST") ? evaluate(ex, trace) : Response.methodNotAllowed("POST");
            } else if (path.equals(BASE + "/" + SERVICE_ID + "/feedback")) {
                route = "feedback";
                r = method.equals("POST") ? feedback(ex, trace) : Response.methodNotAllowed("POST");
            } else {
                r = Response.error(404, path.startsWith(BASE + "/") ? "no such CDS service: the services are listed at "
                        + BASE : "not found: the CDS Hooks services are listed at " + BASE, List.of());
            }
        } catch (BodyTooLarge e) {
            r = Response.error(413, "request body is larger than " + MAX_BODY_BYTES + " bytes", List.of());
        } catch (RuntimeException | IOException e) {
            LOG.error("route={} internal error {}", route, e.getClass().getName());
            r = Response.error(500, "internal error; the service log has the error class", List.of());
        }
        send(ex, r, route, trace, start);
    }

    private Response evaluate(HttpExchange ex, Trace trace) throws IOException {
        Object parsed = parse(ex);
        if (parsed instanceof Response bad) return bad;
        JsonNode body = (JsonNode) parsed;
        List<Map<String, Object>> problems = new ArrayList<>();
        String hook = requiredText(body.path("hook"), "hook", problems);
        if (hook != null && !hook.equals(HOOK)) {
            problems.add(problem("hook", "must be " + HOOK + " for service " + SERVICE_ID));
        }
        String hookInstance = requiredText(body.path("hookInstance"), "hookInstance", problems);
        if (hookInstance != null && !isUuid(hookInstance)) problems.add(problem("hookInstance", "must be a UUID"));
        JsonNode context = body.path("context");
        LocalDate asOf = null;
        if (context.isMissingNode() || context.isNull()) {
            problems.add(problem("context", "is required"));
        } else if (!context.isObject()) {
            problems.add(problem("context", "must be an object"));
        } else {
            JsonNode c = context.path("safeguardingCase");
            if (c.isMissingNode() || c.isNull()) problems.add(problem("context.safeguardingCase", "is required: the case, in the msp case JSON format"));
            else if (!c.isObject()) problems.add(problem("context.safeguardingCase", "must be an object: the case, in the msp case JSON format"));
            asOf = asOf(context, problems);
        }
        if (!problems.isEmpty()) return Response.error(400, "invalid CDS Hooks request", problems);
        trace.hookInstance = hookInstance;
        try {
            SafeguardingCase c = CaseJson.read(context.get("safeguardingCase"), "request", "context.safeguardingCase");
            trace.caseId = c.id();
            Advice advice = advisor.evaluate(c, asOf == null ? advisor.today() : asOf);
            trace.codes = String.join(",", advice.findings().stream().map(Finding::code).toList());
            return Response.ok(Map.of("cards", CdsCards.cards(advice)));
        } catch (InvalidCaseException e) {
            List<Map<String, Object>> caseProblems = new ArrayList<>();
            for (InvalidCaseException.Problem p : e.problems()) {
                String path = p.path().startsWith("context.") ? p.path()
                        : p.path().isEmpty() ? "context.safeguardingCase" : "context.safeguardingCase." + p.path();
                caseProblems.add(problem(path, p.message()));
            }
            return Response.error(400, "invalid case", caseProblems);
        } catch (EvaluationException e) {
            LOG.error("rule {} failed while evaluating", e.ruleCode());
            return Response.error(500, "a rule failed while evaluating: " + e.ruleCode() + "; no advice was given", List.of());
        }
    }

    private Response feedback(HttpExchange ex, Trace trace) throws IOException {
        Object parsed = parse(ex);
        if (parsed instanceof Response bad) return bad;
        FeedbackLog.Checked checked = FeedbackLog.check((JsonNode) parsed);
        if (!checked.problems().isEmpty()) return Response.error(400, "invalid feedback", checked.problems());
        feedback.append(SERVICE_ID, checked.items());
        trace.feedbackItems = String.valueOf(checked.items().size());
        return Response.ok(Map.of("accepted", checked.items().size()));
    }

    /** The request body as a JSON object, or the error response to send. */
    private static Object parse(HttpExchange ex) throws IOException {
        byte[] bytes = readBody(ex);
        if (bytes.length == 0) return Response.error(400, "request body is empty: expected a JSON object", List.of());
        JsonNode node;
        try {
            node = JSON.readTree(bytes);
        } catch (JsonProcessingException e) {
            // Jackson's own message may quote the request: say where, never what.
            JsonLocation loc = e.getLocation();
            String where = loc == null || loc.getLineNr() <= 0 ? "" : " (line " + loc.getLineNr() + ", column " + loc.getColumnNr() + ")";
            return Response.error(400, "request body is not valid JSON" + where, List.of());
        }
        if (node == null || !node.isObject()) return Response.error(400, "request body must be a JSON object", List.of());
        return node;
    }

    private static byte[] readBody(HttpExchange ex) throws IOException {
        String declared = ex.getRequestHeaders().getFirst("Content-Length");
        if (declared != null) {
            try {
                if (Long.parseLong(declared.trim()) > MAX_BODY_BYTES) throw new BodyTooLarge();
            } catch (NumberFormatException e) {
                // the server itself rejects a malformed length; read with the limit regardless
            }
        }
        try (InputStream in = ex.getRequestBody()) {
            byte[] bytes = in.readNBytes(MAX_BODY_BYTES + 1);
            if (bytes.length > MAX_BODY_BYTES) throw new BodyTooLarge();
            return bytes;
        }
    }

    private static LocalDate asOf(JsonNode context, List<Map<String, Object>> problems) {
        JsonNode node = context.path("asOf");
        if (node.isMissingNode()) return null;
        if (node.isTextual()) {
            try {
                return LocalDate.parse(node.asText());
            } catch (DateTimeParseException e) {
                // reported below
            }
        }
        problems.add(problem("context.asOf", "must be a date, yyyy-MM-dd"));
        return null;
    }

    static boolean isUuid(String s) {
        if (s.length() != 36) return false;
        try {
            return UUID.fromString(s).toString().equalsIgnoreCase(s);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static void send(HttpExchange ex, Response r, String route, Trace trace, long start) {
        try (ex) {
            byte[] body = OUT.writeValueAsBytes(r.body());
            ex.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
            ex.getResponseHeaders().set("Cache-Control", "no-store");
            ex.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
            if (r.allow() != null) ex.getResponseHeaders().set("Allow", r.allow());
            if (r.status() == 413) ex.getResponseHeaders().set("Connection", "close");
            ex.sendResponseHeaders(r.status(), body.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        } catch (IOException e) {
            LOG.warn("route={} response not sent ({})", route, e.getClass().getSimpleName());
        }
        long ms = (System.nanoTime() - start) / 1_000_000;
        // Ids, codes, counts and timings only: never case content, never the request path's free text.
        LOG.info("{} {} status={}{}{}{}{} ms={}", ex.getRequestMethod(), route, r.status(),
                part(" hookInstance=", trace.hookInstance), part(" case=", trace.caseId), part(" codes=", trace.codes),
                part(" feedbackItems=", trace.feedbackItems), ms);
    }

    private static String part(String label, String value) {
        return value == null || value.isEmpty() ? "" : label + value;
    }

    /**
     * What one request's log line may carry: ids, codes and counts. Kept per request, not in exchange attributes,
     * which the JDK server shares across a context's requests.
     */
    private static final class Trace {
        String hookInstance;
        String caseId;
        String codes;
        String feedbackItems;
    }

    private static ObjectMapper requestMapper() {
        ObjectMapper m = JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();
        m.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(CaseJson.MAX_DEPTH + 8)
                .maxStringLength(CaseJson.MAX_STRING_LENGTH)
                .maxNumberLength(20)
                .maxDocumentLength(MAX_BODY_BYTES)
                .build());
        return m;
    }

    /** A response: status, JSON body, and for 405 the allowed method. */
    record Response(int status, Object body, String allow) {
        static Response ok(Object body) {
            return new Response(200, body, null);
        }

        static Response methodNotAllowed(String allow) {
            return new Response(405, Map.of("error", "method not allowed: use " + allow), allow);
        }

        static Response error(int status, String message, List<Map<String, Object>> problems) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("error", message);
            if (!problems.isEmpty()) body.put("problems", List.copyOf(problems));
            return new Response(status, body, null);
        }
    }

    /** The request body is over the limit. */
    private static final class BodyTooLarge extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BodyTooLarge() {
            super(null, null, false, false);
        }
    }
}
