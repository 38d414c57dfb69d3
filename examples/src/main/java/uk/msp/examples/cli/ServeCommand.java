package uk.msp.examples.cli;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import uk.msp.examples.cds.CdsServer;
import uk.msp.examples.cds.JwtAuthenticator;
import uk.msp.rules.MspAdvisor;

/** {@code msp serve}: runs the CDS Hooks service until the process is stopped (Ctrl-C) or the thread interrupted. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Run the CDS Hooks 2.0 service: discovery at GET /cds-services, case review at POST "
                + "/cds-services/" + CdsServer.SERVICE_ID + ", card feedback at POST .../feedback, GET /health. "
                + "Without --issuer it listens on 127.0.0.1 only. Ctrl-C stops it.")
final class ServeCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--port", paramLabel = "N", description = "Port to listen on; 0 picks a free one (default ${DEFAULT-VALUE}).")
    int port = 8080;

    @Option(names = "--bind", paramLabel = "ADDRESS", description = "Address to listen on (default ${DEFAULT-VALUE}: this "
            + "machine only). Any other address needs --issuer.")
    String bind = "127.0.0.1";

    @Option(names = "--feedback", paramLabel = "FILE", description = "JSON-lines file card feedback is appended to (default ${DEFAULT-VALUE}).")
    Path feedbackFile = Path.of("msp-feedback.jsonl");

    @Option(names = "--issuer", paramLabel = "ISS=JWKS", description = "A trusted CDS client: its JWT issuer (iss) and the "
            + "JWKS file with its public keys. Repeat for more clients. With it, case review and feedback need a signed JWT.")
    Map<String, Path> issuers = new LinkedHashMap<>();

    @Option(names = "--public-url", paramLabel = "URL", description = "The base URL clients call, e.g. "
            + "https://msp.example.org/cds-services; tokens' aud must be it followed by /" + CdsServer.SERVICE_ID
            + " (default: the URL the service listens on).")
    URI publicUrl;

    @Option(names = "--tls-keystore", paramLabel = "FILE", description = "Serve HTTPS with the key and certificate in this "
            + "PKCS#12 key store.")
    Path keyStore;

    @Option(names = "--tls-password-file", paramLabel = "FILE", description = "A file holding the key store's password.")
    Path keyStorePasswordFile;

    @Option(names = "--deadline-ms", paramLabel = "MS", description = "Answer 503 naming the case when an evaluation takes "
            + "longer than this (default ${DEFAULT-VALUE} ms).")
    long deadlineMs = MspAdvisor.DEFAULT_DEADLINE_MS;

    @Mixin AdvisorOptions advisorOptions;

    @Override
    public Integer call() {
        if (port < 0 || port > 65_535) throw new IllegalArgumentException("--port " + port + " is out of range: 0 to 65535");
        JwtAuthenticator auth = issuers.isEmpty() ? null : JwtAuthenticator.fromJwksFiles(issuers, Clock.systemUTC());
        String password = null;
        if (keyStore != null || keyStorePasswordFile != null) {
            if (keyStore == null || keyStorePasswordFile == null) {
                throw new IllegalArgumentException("--tls-keystore and --tls-password-file go together");
            }
            try {
                password = Files.readString(keyStorePasswordFile, StandardCharsets.UTF_8).strip();
            } catch (IOException e) {
                throw new IllegalArgumentException("cannot read " + keyStorePasswordFile + " (" + e.getClass().getSimpleName() + ")");
            }
        }
        InetSocketAddress address = new InetSocketAddress(bind, port);
        if (address.isUnresolved()) throw new IllegalArgumentException("--bind " + bind + " is not an address of this machine");
        MspAdvisor advisor = advisorOptions.builder().deadline(EdgeBounds.deadline(deadlineMs)).build();
        CountDownLatch stopped = new CountDownLatch(1);
        CdsServer server;
        try {
            server = CdsServer.start(advisor, new CdsServer.Options(address, feedbackFile, auth, publicUrl, keyStore, password, null));
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot listen on " + bind + ":" + port + " (" + e.getMessage() + ")");
        }
        Thread hook = new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "msp-cds-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        var out = spec.commandLine().getOut();
        out.println("msp CDS Hooks service (rules " + advisor.version() + ") listening on " + server.discoveryUri());
        out.println(auth == null
                ? "No authentication: listening on this machine only (" + bind + "). Give --issuer to accept other machines."
                : "CDS Hooks JWTs required from " + String.join(", ", auth.issuers()) + " with aud " + server.serviceUrl() + ".");
        out.println("Feedback is appended to " + feedbackFile.toAbsolutePath() + ". Ctrl-C stops the service.");
        out.flush();
        boolean interrupted = false;
        try {
            stopped.await();
        } catch (InterruptedException e) {
            interrupted = true;
        } finally {
            if (stopped.getCount() > 0) {
                server.close();
                try {
                    Runtime.getRuntime().removeShutdownHook(hook);
                } catch (IllegalStateException shuttingDown) {
                    // the hook is already running
                }
            }
            // Interrupted only after closing, so that the server's own stop is not cut short.
            if (interrupted) Thread.currentThread().interrupt();
        }
        return ExitCodes.OK;
    }
}
