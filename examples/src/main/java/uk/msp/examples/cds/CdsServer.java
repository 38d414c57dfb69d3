package uk.msp.examples.cds;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.jetty.http.HttpException;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.NetworkConnectionLimit;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SizeLimitHandler;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import uk.msp.model.SafeguardingCase;
import uk.msp.model.advice.Advice;
import uk.msp.model.advice.Finding;
import uk.msp.rules.CaseJson;
import uk.msp.rules.DeadlineExceededException;
import uk.msp.rules.EvaluationException;
import uk.msp.rules.InvalidCaseException;
import uk.msp.rules.MspAdvisor;

/**
 * A CDS Hooks 2.0 service on embedded Jetty (core handlers, no servlet container): discovery at
 * {@code GET /cds-services}, the case review at {@code POST /cds-services/msp-case-review} (the case in
 * {@code context.safeguardingCase}, an optional {@code context.asOf}), card feedback at
 * {@code POST /cds-services/msp-case-review/feedback}, appended to a JSON-lines file, and {@code GET /health}.
 *
 * <p>Bounded everywhere: connections, header and body size, idle connections, how long a request may take to arrive,
 * the queue of evaluations waiting for a thread, and how long one evaluation may take (the advisor's deadline: past
 * it the answer is 503 naming the case). Slow clients hold no thread: bodies are read without blocking. With
 * authentication ({@link JwtAuthenticator}) the case review and feedback need a CDS Hooks JWT; without it the service
 * listens on the loopback interface only.
 *
 * <p>Thread-safe. Errors are JSON {@code {"error": "...", "problems": [...]}}, never a stack trace. Logs carry route,
 * status, hook instance, case id, rule codes and timings only, never case content.
 *
 * <pre>{@code
 * try (CdsServer server = CdsServer.start(advisor, CdsServer.Options.loopback(0, Path.of("feedback.jsonl")))) {
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
    /** The largest request line and headers accepted, in bytes; larger ones get 431. */
    public static final int MAX_HEADER_BYTES = 8 * 1024;
    /** Most connections open at once; more wait to be accepted. */
    public static final int MAX_CONNECTIONS = 2_000;
    /** A connection with nothing sent or received for this long is closed. */
    public static final Duration IDLE_TIMEOUT = Duration.ofSeconds(30);
    /** A request body must arrive whole within this time of its headers, or the answer is 408 and the connection closes. */
    public static final Duration BODY_TIMEOUT = Duration.ofSeconds(10);
    /** The slowest request body accepted, in bytes per second, once it has started. */
    public static final long MIN_BODY_BYTES_PER_SECOND = 1024;
    /**
     * Request bodies being read at once, in bytes (declared lengths; a body of unknown length counts as the largest):
     * past it the answer is 503 "busy", so that many large bodies cannot use up the memory.
     */
    public static final long BODY_BUDGET_BYTES = 256L * 1024 * 1024;
    /** Evaluations waiting for a thread, past which the answer is 503 "busy". */
    public static final int MAX_WAITING_EVALUATIONS = 64;
    /** How far ahead of today an evaluation date may be: a day, for clients in other time zones. */
    public static final int AS_OF_DAYS_AHEAD = 1;

    static final int EVALUATION_THREADS = Math.max(2, Runtime.getRuntime().availableProcessors());
    /** Jetty's own threads: they parse, read and write, and never evaluate. */
    static final int MAX_JETTY_THREADS = 32;

    private static final Logger LOG = LoggerFactory.getLogger(CdsServer.class);
    private static final String BASE = "/cds-services";
    private static final ObjectMapper JSON = requestMapper();
    /** The cards' JSON settings, without indentation: one compact body per reply. */
    private static final ObjectMapper OUT = CdsCards.JSON.copy().disable(com.fasterxml.jackson.databind.SerializationFeature.INDENT_OUTPUT);
    /** Written ahead, so that an answer can go out when there is no memory left to write one. */
    private static final byte[] INTERNAL_ERROR = "{\"error\":\"internal error; the service log has the error class\"}".getBytes();

    /**
     * Where and how the service listens. Without an authenticator only a loopback address is allowed.
     *
     * @param address where to listen; port 0 picks a free port; never null
     * @param feedbackFile the JSON-lines file card feedback is appended to; never null
     * @param authenticator checks CDS Hooks JWTs, or null for none (loopback only)
     * @param publicUrl the service base URL clients call ({@code https://host/cds-services}), the {@code aud} of
     *     their tokens; null for the URL it listens on
     * @param keyStore a PKCS#12 or JKS key store with the TLS key and certificate, or null for plain HTTP
     * @param keyStorePassword the key store's password, or null without a key store
     * @param cardSecret at least 32 bytes for card uuids, or null for a new random secret
     */
    public record Options(InetSocketAddress address, Path feedbackFile, JwtAuthenticator authenticator, URI publicUrl,
                          Path keyStore, String keyStorePassword, byte[] cardSecret) {
        public Options {
            Objects.requireNonNull(address, "address must not be null");
            Objects.requireNonNull(feedbackFile, "feedback file must not be null");
            if ((keyStore == null) != (keyStorePassword == null)) {
                throw new IllegalArgumentException("a TLS key store needs its password, and a password its key store");
            }
        }

        /** Plain HTTP on 127.0.0.1, no authentication. */
        public static Options loopback(int port, Path feedbackFile) {
            return new Options(new InetSocketAddress("127.0.0.1", port), feedbackFile, null, null, null, null, null);
        }
    }

    /** What evaluates a case: the advisor, or in tests a stand-in that misbehaves. */
    interface Evaluation {
        Advice evaluate(SafeguardingCase c, LocalDate asOf);
    }

    /**
     * What a case id must look like before it is written to a log line ahead of the advisor's own check: the
     * library's documented id set (README, "Input bounds"), letters, digits and {@code . _ - : /}, 1 to 64.
     */
    private static final java.util.regex.Pattern LOGGABLE_ID = java.util.regex.Pattern.compile("[A-Za-z0-9._:/-]{1,64}");

    private final MspAdvisor advisor;
    private final Evaluation evaluation;
    private final FeedbackLog feedback;
    private final CardIds cardIds;
    private final JwtAuthenticator authenticator;
    private final Server server;
    private final ServerConnector connector;
    private final ThreadPoolExecutor evaluations;
    private final ScheduledThreadPoolExecutor timer;
    private final Clock clock;
    private final boolean tls;
    private final java.util.concurrent.atomic.AtomicLong bodyBytes = new java.util.concurrent.atomic.AtomicLong();
    private volatile URI publicUrl;

    private CdsServer(MspAdvisor advisor, Options options, FeedbackLog feedback, Clock clock, Evaluation evaluation) {
        this.advisor = advisor;
        this.evaluation = evaluation;
        this.feedback = feedback;
        this.clock = clock;
        this.cardIds = options.cardSecret() == null ? CardIds.random() : new CardIds(options.cardSecret());
        this.authenticator = options.authenticator();
        this.publicUrl = options.publicUrl();
        this.tls = options.keyStore() != null;
        AtomicInteger n = new AtomicInteger();
        this.evaluations = new ThreadPoolExecutor(EVALUATION_THREADS, EVALUATION_THREADS, 0, TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(MAX_WAITING_EVALUATIONS), r -> daemon(r, "msp-evaluate-" + n.incrementAndGet()));
        this.timer = new ScheduledThreadPoolExecutor(1, r -> daemon(r, "msp-deadlines"));
        // A request answered in time takes its deadline out of the queue at once, rather than holding it (and the
        // exchange) for the ten seconds of the deadline: under load that was thousands of waiting tasks.
        timer.setRemoveOnCancelPolicy(true);

        // Jetty's own queue stays unbounded, as Jetty asks: its threads never evaluate or block on a client, so its
        // work is bounded by the connection limit. The evaluations' queue is the bounded one.
        QueuedThreadPool threads = new QueuedThreadPool(MAX_JETTY_THREADS, 4);
        threads.setName("msp-http");
        threads.setDaemon(true);
        this.server = new Server(threads);
        HttpConfiguration http = new HttpConfiguration();
        http.setRequestHeaderSize(MAX_HEADER_BYTES);
        http.setSendServerVersion(false);
        http.setSendXPoweredBy(false);
        http.setIdleTimeout(IDLE_TIMEOUT.toMillis());
        http.setMinRequestDataRate(MIN_BODY_BYTES_PER_SECOND);
        if (tls) {
            http.addCustomizer(new SecureRequestCustomizer(false));
            SslContextFactory.Server ssl = new SslContextFactory.Server();
            ssl.setKeyStorePath(options.keyStore().toAbsolutePath().toString());
            ssl.setKeyStorePassword(options.keyStorePassword());
            this.connector = new ServerConnector(server, new SslConnectionFactory(ssl, "http/1.1"), new HttpConnectionFactory(http));
        } else {
            this.connector = new ServerConnector(server, new HttpConnectionFactory(http));
        }
        connector.setHost(options.address().getAddress().getHostAddress());
        connector.setPort(options.address().getPort());
        connector.setIdleTimeout(IDLE_TIMEOUT.toMillis());
        // Jetty's default, stated: replies go out at once, not held back by Nagle's algorithm for a later packet.
        connector.setAcceptedTcpNoDelay(true);
        server.addConnector(connector);
        server.addBean(new NetworkConnectionLimit(MAX_CONNECTIONS, connector));
        server.setErrorHandler(new JsonErrors());
        server.setHandler(new SizeLimitHandler(MAX_BODY_BYTES, -1) {
            {
                setHandler(new Routes());
            }
        });
        server.setStopTimeout(2_000);
    }

    /**
     * Starts the service.
     *
     * @param advisor the advisor every request uses; its deadline bounds each evaluation; never null
     * @param options where and how to listen; never null
     * @return the running service; close it to stop
     * @throws IllegalArgumentException if the address is not loopback and there is no authenticator, or the
     *     feedback file cannot be written (naming it)
     * @throws IOException if the address cannot be bound
     */
    public static CdsServer start(MspAdvisor advisor, Options options) throws IOException {
        return start(advisor, options, Clock.systemDefaultZone());
    }

    static CdsServer start(MspAdvisor advisor, Options options, Clock clock) throws IOException {
        return start(advisor, options, clock, advisor::evaluate);
    }

    static CdsServer start(MspAdvisor advisor, Options options, Clock clock, Evaluation evaluation) throws IOException {
        Objects.requireNonNull(advisor, "advisor must not be null");
        Objects.requireNonNull(options, "options must not be null");
        if (options.authenticator() == null && !options.address().getAddress().isLoopbackAddress()) {
            throw new IllegalArgumentException("refusing to listen on " + options.address().getAddress().getHostAddress()
                    + " without authentication: give trusted issuers and their keys (--issuer), or listen on 127.0.0.1");
        }
        CdsServer cds = new CdsServer(advisor, options, new FeedbackLog(options.feedbackFile()), clock, evaluation);
        try {
            cds.server.start();
        } catch (IOException e) {
            cds.close();
            throw e;
        } catch (Exception e) {
            cds.close();
            throw new IOException("cannot start the service (" + e.getClass().getSimpleName() + ")", e);
        }
        if (cds.publicUrl == null) cds.publicUrl = cds.discoveryUri();
        if (cds.authenticator == null) {
            LOG.warn("no authentication configured: listening on the loopback interface only ({})", cds.discoveryUri());
        }
        LOG.info("CDS Hooks service listening on {} (rules {}, deadline {} ms, authentication {})", cds.discoveryUri(),
                advisor.version(), advisor.deadline().toMillis(), cds.authenticator == null ? "none" : "CDS Hooks JWT");
        return cds;
    }

    /** Starts the service on a loopback address without authentication: for tests and a single machine. */
    public static CdsServer start(MspAdvisor advisor, InetSocketAddress address, Path feedbackFile) throws IOException {
        return start(advisor, new Options(address, feedbackFile, null, null, null, null, null));
    }

    /** How many 408 and 503 answers are waiting to be sent if their request is not answered first (for tests). */
    int pendingDeadlines() {
        return timer.getQueue().size();
    }

    /** The port the service listens on. */
    public int port() {
        return connector.getLocalPort();
    }

    /** The discovery URL it listens on, e.g. {@code http://127.0.0.1:8080/cds-services}. */
    public URI discoveryUri() {
        String host = connector.getHost();
        if (host.contains(":")) host = "[" + host + "]";
        return URI.create((tls ? "https" : "http") + "://" + host + ":" + port() + BASE);
    }

    /** The URL of the case-review endpoint clients call: the {@code aud} their tokens must name. */
    public String serviceUrl() {
        String base = publicUrl.toString();
        return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + "/" + SERVICE_ID;
    }

    /** Stops accepting requests, lets running ones finish for up to two seconds, and stops the threads. */
    @Override
    public void close() {
        try {
            server.stop();
        } catch (Exception e) {
            LOG.warn("stopping the HTTP server: {}", e.getClass().getSimpleName());
        }
        evaluations.shutdownNow();
        timer.shutdownNow();
    }

    /** The discovery document. */
    static Bodies.Discovery discovery() {
        return new Bodies.Discovery(List.of(new Bodies.Service(HOOK, SERVICE_ID, "Making Safeguarding Personal case review",
                "Reviews an adult safeguarding case (Care Act 2014, Mental Capacity Act 2005) and "
                + "returns Making Safeguarding Personal prompts and warnings as cards, with the MSP conversation steps "
                + "not yet recorded as one checklist card. The case goes in context.safeguardingCase (msp case JSON); "
                + "context.asOf (yyyy-MM-dd) is the evaluation date, today by default.")));
    }

    /** One request as it goes through: answered once, whichever of evaluation, deadline or failure comes first. */
    private final class Exchange {
        final Request request;
        final Response response;
        final Callback callback;
        final long start = System.nanoTime();
        final AtomicBoolean answered = new AtomicBoolean();
        final String route;
        volatile String hookInstance;
        volatile String caseId;
        volatile String codes;
        volatile String feedbackItems;
        /** The 408 or 503 due if no answer has gone by then; cancelled by the answer. */
        volatile ScheduledFuture<?> due;

        Exchange(Request request, Response response, Callback callback, String route) {
            this.request = request;
            this.response = response;
            this.callback = callback;
            this.route = route;
        }

        /** Sends the reply unless one was sent already; returns whether this one went. */
        boolean reply(Reply r) {
            if (!answered.compareAndSet(false, true)) return false;
            ScheduledFuture<?> pending = due;
            if (pending != null) pending.cancel(false);
            byte[] body;
            try {
                body = OUT.writeValueAsBytes(r.body());
            } catch (JsonProcessingException | RuntimeException e) {
                body = INTERNAL_ERROR;
                r = new Reply(500, null, null);
            } catch (Error e) {
                body = INTERNAL_ERROR;
                r = new Reply(500, null, null);
            }
            long ms = (System.nanoTime() - start) / 1_000_000;
            // Ids, codes, counts and timings only: never case content, never the request path's free text. Logged
            // before the answer goes, so that a client that has its answer finds the line already written.
            LOG.info("{} {} status={}{}{}{}{} ms={}", request.getMethod(), route, r.status(),
                    part(" hookInstance=", hookInstance), part(" case=", caseId), part(" codes=", codes),
                    part(" feedbackItems=", feedbackItems), ms);
            send(response, callback, r.status(), body, r.allow(), r.status() == 408 || r.status() == 413);
            return true;
        }
    }

    private static void send(Response response, Callback callback, int status, byte[] body, String allow, boolean close) {
        response.setStatus(status);
        HttpFields.Mutable h = response.getHeaders();
        h.put(HttpHeader.CONTENT_TYPE, "application/json; charset=utf-8");
        h.put(HttpHeader.CACHE_CONTROL, "no-store");
        h.put("X-Content-Type-Options", "nosniff");
        h.put(HttpHeader.CONTENT_LENGTH, body.length);
        if (allow != null) h.put(HttpHeader.ALLOW, allow);
        if (status == 401) h.put(HttpHeader.WWW_AUTHENTICATE, "Bearer");
        if (status == 503) h.put(HttpHeader.RETRY_AFTER, "1");
        if (close) h.put(HttpHeader.CONNECTION, "close");
        response.write(true, ByteBuffer.wrap(body), callback);
    }

    /** The routes: every request is answered here or by {@link JsonErrors}. */
    private final class Routes extends Handler.Abstract.NonBlocking {
        @Override
        public boolean handle(Request request, Response response, Callback callback) {
            String path = Request.getPathInContext(request);
            String method = request.getMethod();
            if (path.equals("/health")) {
                Exchange ex = new Exchange(request, response, callback, "health");
                ex.reply(method.equals("GET") ? Reply.ok(new Bodies.Health("ok", advisor.version())) : Reply.methodNotAllowed("GET"));
            } else if (path.equals(BASE) || path.equals(BASE + "/")) {
                Exchange ex = new Exchange(request, response, callback, "discovery");
                ex.reply(method.equals("GET") ? Reply.ok(discovery()) : Reply.methodNotAllowed("GET"));
            } else if (path.equals(BASE + "/" + SERVICE_ID)) {
                post(new Exchange(request, response, callback, "evaluate"), method);
            } else if (path.equals(BASE + "/" + SERVICE_ID + "/feedback")) {
                post(new Exchange(request, response, callback, "feedback"), method);
            } else {
                new Exchange(request, response, callback, "unknown").reply(Reply.error(404, path.startsWith(BASE + "/")
                        ? "no such CDS service: the services are listed at " + BASE
                        : "not found: the CDS Hooks services are listed at " + BASE, List.of()));
            }
            return true;
        }
    }

    /** A POST: authenticated, JSON, read without blocking a thread, then handled on an evaluation thread. */
    private void post(Exchange ex, String method) {
        if (!method.equals("POST")) {
            ex.reply(Reply.methodNotAllowed("POST"));
            return;
        }
        if (authenticator != null) {
            try {
                authenticator.authenticate(ex.request.getHeaders().get(HttpHeader.AUTHORIZATION), serviceUrl());
            } catch (JwtAuthenticator.Unauthorized e) {
                ex.reply(Reply.error(401, e.getMessage(), List.of()));
                return;
            }
        }
        if (!isJson(ex.request.getHeaders().get(HttpHeader.CONTENT_TYPE))) {
            // Also what stops a web page posting here: a cross-site "simple" request cannot be application/json.
            ex.reply(Reply.error(415, "Content-Type must be application/json", List.of()));
            return;
        }
        long declared = ex.request.getLength();
        long reserved = declared >= 0 && declared <= MAX_BODY_BYTES ? declared : MAX_BODY_BYTES;
        if (bodyBytes.addAndGet(reserved) > BODY_BUDGET_BYTES) {
            bodyBytes.addAndGet(-reserved);
            ex.reply(Reply.error(503, "the service is busy reading other requests; try again shortly", List.of()));
            return;
        }
        ScheduledFuture<?> bodyDue = timer.schedule(() -> ex.reply(Reply.error(408, "the request body did not arrive within "
                + BODY_TIMEOUT.toSeconds() + " s", List.of())), BODY_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        Content.Source.asByteArrayAsync(ex.request, MAX_BODY_BYTES).whenComplete((bytes, failure) -> {
            bodyDue.cancel(false);
            bodyBytes.addAndGet(-reserved);
            if (ex.answered.get()) return;   // answered 408 already: the body came too late
            if (failure != null) {
                ex.reply(readFailure(failure));
                return;
            }
            dispatch(ex, bytes);
        });
    }

    private static Reply readFailure(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            HttpException http = t instanceof HttpException h ? h : null;
            if (http != null && http.getCode() == 413 || t instanceof IllegalArgumentException) return tooLarge();
            if (http != null && http.getCode() == 408 || t instanceof java.util.concurrent.TimeoutException) {
                return Reply.error(408, "the request body did not arrive in time", List.of());
            }
            if (http != null) return Reply.error(http.getCode(), "the request body could not be read", List.of());
        }
        return Reply.error(400, "the request body could not be read", List.of());
    }

    private static Reply tooLarge() {
        return Reply.error(413, "request body is larger than " + MAX_BODY_BYTES + " bytes", List.of());
    }

    /** Queues the work; past the queue's bound, the answer is 503. The deadline runs from here. */
    private void dispatch(Exchange ex, byte[] bytes) {
        Runnable work = () -> {
            try {
                ex.reply(ex.route.equals("evaluate") ? evaluate(ex, bytes) : feedback(ex, bytes));
            } catch (Throwable e) {   // NOPMD: an Error too (OutOfMemoryError) must get an answer and a log line
                LOG.error("route={} internal error {}", ex.route, e.getClass().getName());
                ex.reply(new Reply(500, new Bodies.Error("internal error; the service log has the error class", null), null));
            }
        };
        if (ex.route.equals("evaluate")) {
            // The advisor stops an evaluation at its deadline; this answers even if a rule never returns. Set before
            // the work is queued, so that an answer sent at once still finds it to cancel.
            long grace = advisor.deadline().toMillis() + 500;
            ex.due = timer.schedule(() -> {
                String id = ex.caseId;
                ex.reply(Reply.error(503, (id == null ? "the request" : "case " + id) + " was not evaluated within "
                        + advisor.deadline().toMillis() + " ms; no advice was given", List.of()));
            }, grace, TimeUnit.MILLISECONDS);
        }
        try {
            evaluations.execute(work);
        } catch (RejectedExecutionException e) {
            ex.reply(Reply.error(503, "the service is busy: " + MAX_WAITING_EVALUATIONS + " requests are waiting; try again shortly", List.of()));
        }
    }

    private Reply evaluate(Exchange ex, byte[] bytes) {
        Object parsed = parse(bytes);
        if (parsed instanceof Reply bad) return bad;
        JsonNode body = (JsonNode) parsed;
        List<Problem> problems = new ArrayList<>();
        String hook = RequestChecks.requiredText(body.path("hook"), "hook", problems);
        if (hook != null && !hook.equals(HOOK)) {
            problems.add(new Problem("hook", "must be " + HOOK + " for service " + SERVICE_ID));
        }
        String hookInstance = RequestChecks.requiredText(body.path("hookInstance"), "hookInstance", problems);
        if (hookInstance != null && !isUuid(hookInstance)) problems.add(new Problem("hookInstance", "must be a UUID"));
        JsonNode context = body.path("context");
        LocalDate asOf = null;
        if (context.isMissingNode() || context.isNull()) {
            problems.add(new Problem("context", "is required"));
        } else if (!context.isObject()) {
            problems.add(new Problem("context", "must be an object"));
        } else {
            JsonNode c = context.path("safeguardingCase");
            if (c.isMissingNode() || c.isNull()) problems.add(new Problem("context.safeguardingCase", "is required: the case, in the msp case JSON format"));
            else if (!c.isObject()) problems.add(new Problem("context.safeguardingCase", "must be an object: the case, in the msp case JSON format"));
            asOf = asOf(context, problems);
        }
        if (!problems.isEmpty()) return Reply.error(400, "invalid CDS Hooks request", problems);
        ex.hookInstance = hookInstance;
        SafeguardingCase c = null;
        try {
            c = CaseJson.read(context.get("safeguardingCase"), "request", "context.safeguardingCase");
            // Known now, for a 503 at the deadline; only an id of the documented form ever reaches a log line.
            if (c.id() != null && LOGGABLE_ID.matcher(c.id()).matches()) ex.caseId = c.id();
            Advice advice = evaluation.evaluate(c, asOf == null ? LocalDate.now(clock) : asOf);
            ex.codes = String.join(",", advice.findings().stream().map(Finding::code).toList());
            return Reply.ok(new CdsCards.Response(CdsCards.cards(advice, cardIds)));
        } catch (InvalidCaseException e) {
            ex.caseId = null;   // an id the advisor refused is not logged
            List<Problem> caseProblems = new ArrayList<>();
            for (InvalidCaseException.Problem p : e.problems()) {
                String path = p.path().equals("asOf") ? "context.asOf" : p.path().startsWith("context.") ? p.path()
                        : p.path().isEmpty() ? "context.safeguardingCase" : "context.safeguardingCase." + p.path();
                caseProblems.add(new Problem(path, p.message()));
            }
            return Reply.error(400, "invalid case", caseProblems);
        } catch (DeadlineExceededException e) {
            ex.caseId = e.caseId();
            LOG.warn("case {} stopped at the deadline of {} ms, rule {}", e.caseId(), e.deadline().toMillis(), e.ruleCode());
            return Reply.error(503, e.getMessage(), List.of());
        } catch (EvaluationException e) {
            LOG.error("rule {} failed while evaluating", e.ruleCode());
            return Reply.error(500, "a rule failed while evaluating: " + e.ruleCode() + "; no advice was given", List.of());
        }
    }

    private Reply feedback(Exchange ex, byte[] bytes) throws IOException {
        Object parsed = parse(bytes);
        if (parsed instanceof Reply bad) return bad;
        Object request = FeedbackLog.read((JsonNode) parsed);
        if (request instanceof List<?> wrongShape) {
            List<Problem> problems = new ArrayList<>();
            for (Object p : wrongShape) problems.add((Problem) p);
            return Reply.error(400, "invalid feedback", problems);
        }
        FeedbackLog.Checked checked = FeedbackLog.check((FeedbackLog.Request) request, cardIds, SERVICE_ID);
        if (!checked.problems().isEmpty()) return Reply.error(400, "invalid feedback", checked.problems());
        try {
            feedback.append(checked.lines());
        } catch (IOException e) {
            LOG.error("route=feedback not saved ({})", e.getClass().getSimpleName());
            return Reply.error(507, "feedback not saved: the service could not write it; send it again later", List.of());
        }
        ex.feedbackItems = String.valueOf(checked.lines().size());
        return Reply.ok(new Bodies.Accepted(checked.lines().size()));
    }

    /** The request body as a JSON object, or the error reply to send. */
    private static Object parse(byte[] bytes) {
        if (bytes.length == 0) return Reply.error(400, "request body is empty: expected a JSON object", List.of());
        JsonNode node;
        try {
            node = JSON.readTree(bytes);
        } catch (IOException e) {
            // Jackson's own message may quote the request: say where, never what.
            JsonLocation loc = e instanceof JsonProcessingException jpe ? jpe.getLocation() : null;
            String where = loc == null || loc.getLineNr() <= 0 ? "" : " (line " + loc.getLineNr() + ", column " + loc.getColumnNr() + ")";
            boolean duplicate = e.getMessage() != null && e.getMessage().startsWith("Duplicate field");
            return Reply.error(400, (duplicate ? "request body has a field given more than once" : "request body is not valid JSON")
                    + where, List.of());
        }
        if (node == null || !node.isObject()) return Reply.error(400, "request body must be a JSON object", List.of());
        return node;
    }

    private LocalDate asOf(JsonNode context, List<Problem> problems) {
        JsonNode node = context.path("asOf");
        if (node.isMissingNode()) return null;
        if (node.isTextual()) {
            try {
                LocalDate d = LocalDate.parse(node.asText());
                LocalDate latest = LocalDate.now(clock).plusDays(AS_OF_DAYS_AHEAD);
                if (d.isAfter(latest)) {
                    problems.add(new Problem("context.asOf", d + " is more than " + AS_OF_DAYS_AHEAD + " day after today ("
                            + LocalDate.now(clock) + ")"));
                    return null;
                }
                return d;
            } catch (DateTimeParseException e) {
                // reported below
            }
        }
        problems.add(new Problem("context.asOf", "must be a date, yyyy-MM-dd"));
        return null;
    }

    static boolean isJson(String contentType) {
        if (contentType == null) return false;
        int semi = contentType.indexOf(';');
        String type = (semi < 0 ? contentType : contentType.substring(0, semi)).trim();
        if (!type.equalsIgnoreCase("application/json")) return false;
        if (semi < 0) return true;
        String params = contentType.substring(semi + 1).trim().toLowerCase(java.util.Locale.ROOT).replace(" ", "");
        return params.isEmpty() || params.equals("charset=utf-8") || params.equals("charset=\"utf-8\"");
    }

    static boolean isUuid(String s) {
        if (s.length() != 36) return false;
        try {
            return UUID.fromString(s).toString().equalsIgnoreCase(s);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String part(String label, String value) {
        return value == null || value.isEmpty() ? "" : label + value;
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    private static ObjectMapper requestMapper() {
        ObjectMapper m = JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
        m.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(CaseJson.MAX_DEPTH + 8)
                .maxStringLength(CaseJson.MAX_STRING_LENGTH)
                .maxNumberLength(20)
                .maxDocumentLength(MAX_BODY_BYTES)
                .build());
        return m;
    }

    /** A reply: status, JSON body, and for 405 the allowed method. */
    record Reply(int status, Object body, String allow) {
        static Reply ok(Object body) {
            return new Reply(200, body, null);
        }

        static Reply methodNotAllowed(String allow) {
            return new Reply(405, new Bodies.Error("method not allowed: use " + allow, null), allow);
        }

        static Reply error(int status, String message, List<Problem> problems) {
            return new Reply(status, new Bodies.Error(message, problems.isEmpty() ? null : List.copyOf(problems)), null);
        }
    }

    /**
     * Errors Jetty answers itself (a request that is not HTTP, headers over the limit): the same JSON shape as
     * every other error, never an HTML page or a stack trace.
     */
    private static final class JsonErrors extends ErrorHandler {
        @Override
        public boolean handle(Request request, Response response, Callback callback) {
            int status = request.getAttribute(ERROR_STATUS) instanceof Integer s ? s : response.getStatus();
            send(response, callback, status, body(status), null, true);
            return true;
        }

        @Override
        public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
            fields.put(HttpHeader.CONTENT_TYPE, "application/json; charset=utf-8");
            return ByteBuffer.wrap(body(status));
        }

        private static byte[] body(int status) {
            String message = switch (status) {
                case 431 -> "request headers are larger than " + MAX_HEADER_BYTES + " bytes";
                case 413 -> "request body is larger than " + MAX_BODY_BYTES + " bytes";
                case 408 -> "the request did not arrive in time";
                case 400 -> "bad request: not a valid HTTP request";
                default -> String.valueOf(HttpStatus.getMessage(status)).toLowerCase(java.util.Locale.ROOT);
            };
            try {
                return OUT.writeValueAsBytes(new Bodies.Error(message, null));
            } catch (JsonProcessingException e) {
                return INTERNAL_ERROR;
            }
        }
    }
}
