package uk.msp.examples.cds;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.msp.rules.MspAdvisor;

/** The service over HTTPS with a key store, as {@code msp serve --tls-keystore} runs it. */
class CdsTlsTest {
    @TempDir Path dir;

    @Test
    void serves_https_with_the_key_store_given() throws Exception {
        // GIVEN a key store with a certificate for 127.0.0.1, made with the JDK's keytool
        Path store = dir.resolve("msp.p12");
        Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
        Process p = new ProcessBuilder(keytool.toString(), "-genkeypair", "-alias", "msp", "-keyalg", "EC", "-groupname", "secp256r1",
                "-dname", "CN=127.0.0.1", "-ext", "san=ip:127.0.0.1", "-validity", "2", "-storetype", "PKCS12",
                "-keystore", store.toString(), "-storepass", "test-password").redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor()).as(output).isZero();
        KeyStore trusted = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(store)) {
            trusted.load(in, "test-password".toCharArray());
        }
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(trusted);
        SSLContext ssl = SSLContext.getInstance("TLS");
        ssl.init(null, tmf.getTrustManagers(), null);
        // WHEN the service starts with it
        try (CdsServer server = CdsServer.start(MspAdvisor.builder().build(), new CdsServer.Options(
                new java.net.InetSocketAddress("127.0.0.1", 0), dir.resolve("feedback.jsonl"), null, null, store, "test-password", null))) {
            // THEN its URL is https, and a client that trusts the certificate gets the discovery document
            assertThat(server.discoveryUri().toString()).isEqualTo("https://127.0.0.1:" + server.port() + "/cds-services");
            HttpClient client = HttpClient.newBuilder().sslContext(ssl).connectTimeout(Duration.ofSeconds(5)).build();
            HttpResponse<String> r = client.send(HttpRequest.newBuilder(server.discoveryUri()).timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.body()).contains("uk.msp.safeguarding-case-review");
            // AND plain HTTP on the same port is not served
            HttpClient plain = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            URI http = URI.create("http://127.0.0.1:" + server.port() + "/health");
            int status;
            try {
                status = plain.send(HttpRequest.newBuilder(http).timeout(Duration.ofSeconds(10)).build(),
                        HttpResponse.BodyHandlers.ofString()).statusCode();
            } catch (java.io.IOException e) {
                status = -1;
            }
            assertThat(status).isNotEqualTo(200);
        }
    }
}
