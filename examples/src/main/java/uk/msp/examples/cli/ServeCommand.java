package uk.msp.examples.cli;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import uk.msp.examples.cds.CdsServer;
import uk.msp.rules.MspAdvisor;

/** {@code msp serve}: runs the CDS Hooks service until the process is stopped (Ctrl-C) or the thread interrupted. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Run the CDS Hooks 2.0 service: discovery at GET /cds-services, case review at POST "
                + "/cds-services/" + CdsServer.SERVICE_ID + ", card feedback at POST .../feedback. Ctrl-C stops it.")
final class ServeCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--port", paramLabel = "N", description = "Port to listen on; 0 picks a free one (default ${DEFAULT-VALUE}).")
    int port = 8080;

    @Option(names = "--bind", paramLabel = "ADDRESS", description = "Address to listen on (default ${DEFAULT-VALUE}: this machine only).")
    String bind = "127.0.0.1";

    @Option(names = "--feedback", paramLabel = "FILE", description = "JSON-lines file card feedback is appended to (default ${DEFAULT-VALUE}).")
    Path feedbackFile = Path.of("msp-feedback.jsonl");

    @Mixin AdvisorOptions advisorOptions;

    @Override
    public Integer call() {
        if (port < 0 || port > 65_535) throw new IllegalArgumentException("--port " + port + " is out of range: 0 to 65535");
        // The JDK server's own limits on how long a request may take to arrive and a reply to leave (seconds), so that
        // a client that stops half-way cannot hold one of the few request threads for ever. Set before it first loads.
        System.setProperty("sun.net.httpserver.maxReqTime", System.getProperty("sun.net.httpserver.maxReqTime", "60"));
        System.setProperty("sun.net.httpserver.maxRspTime", System.getProperty("sun.net.httpserver.maxRspTime", "60"));
        MspAdvisor advisor = advisorOptions.builder().build();
        CountDownLatch stopped = new CountDownLatch(1);
        CdsServer server;
        try {
            server = CdsServer.start(advisor, new InetSocketAddress(bind, port), feedbackFile);
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
        out.println("Feedback is appended to " + feedbackFile.toAbsolutePath() + ". Ctrl-C stops the service.");
        out.flush();
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            if (stopped.getCount() > 0) {
                server.close();
                try {
                    Runtime.getRuntime().removeShutdownHook(hook);
                } catch (IllegalStateException shuttingDown) {
                    // the hook is already running
                }
            }
        }
        return ExitCodes.OK;
    }
}
