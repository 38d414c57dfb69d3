package uk.msp.examples.cds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import uk.msp.examples.cli.MspCommand;
import uk.msp.rules.MspAdvisor;

/**
 * CDS Hooks 2.0 authentication over real HTTP: a signed JWT from a trusted issuer, for this service, not expired and
 * not used before; anything else is 401. Feedback must name a card this service issued.
 */
class CdsAuthenticationTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final String ISSUER = "https://ehr.example.org";
    static final String EVALUATE = "/cds-services/msp-case-review";

    @TempDir static Path dir;
    static ECKey clientKey;
    static CdsServer server;
    static String caseRequest;

    @BeforeAll
    static void start() throws Exception {
        clientKey = new ECKeyGenerator(Curve.P_384).keyID("k1").generate();
        Path jwks = dir.resolve("ehr.jwks");
        Files.writeString(jwks, new JWKSet(List.of(clientKey.toPublicJWK())).toString());
        JwtAuthenticator auth = JwtAuthenticator.fromJwksFiles(Map.of(ISSUER, jwks), Clock.systemUTC());
        server = CdsServer.start(MspAdvisor.builder().build(), new CdsServer.Options(
                new java.net.InetSocketAddress("127.0.0.1", 0), dir.resolve("feedback.jsonl"), auth, null, null, null, null));
        caseRequest = JSON.writeValueAsString(CdsServerTest.hookRequest("mrs-okafor-discharge.json", "2026-03-02"));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static String token(ECKey key, String iss, String aud, Instant exp, String jti) throws Exception {
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().issuer(iss).audience(aud).jwtID(jti);
        if (exp != null) claims.expirationTime(Date.from(exp));
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.ES384).keyID(key.getKeyID()).build(), claims.build());
        jwt.sign(new ECDSASigner(key));
        return jwt.serialize();
    }

    static String good() throws Exception {
        return token(clientKey, ISSUER, server.serviceUrl(), Instant.now().plusSeconds(120), UUID.randomUUID().toString());
    }

    static RawHttp.Reply post(String path, String bearer, String contentType, String body) throws IOException {
        byte[] b = body.getBytes(StandardCharsets.UTF_8);
        try (RawHttp c = new RawHttp(server.port(), 10_000)) {
            return c.exchange("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                    + (bearer == null ? "" : "Authorization: Bearer " + bearer + "\r\n")
                    + "Content-Type: " + contentType + "\r\nContent-Length: " + b.length + "\r\n\r\n" + body);
        }
    }

    static void assert401(RawHttp.Reply r, String message) {
        assertThat(r.status()).as(r.body()).isEqualTo(401);
        assertThat(r.headers()).contains("www-authenticate: bearer");
        assertThat(r.body()).isEqualTo("{\"error\":\"" + message + "\"}");
    }

    @Test
    void a_signed_token_from_a_trusted_issuer_for_this_service_is_accepted_once() throws Exception {
        String token = good();
        assertThat(post(EVALUATE, token, "application/json", caseRequest).status()).isEqualTo(200);
        // The same token again is a replay.
        assert401(post(EVALUATE, token, "application/json", caseRequest), "the token has been used before (its jti is not new)");
    }

    @Test
    void every_other_token_is_401_saying_why() throws Exception {
        Instant soon = Instant.now().plusSeconds(120);
        String id = UUID.randomUUID().toString();
        ECKey stranger = new ECKeyGenerator(Curve.P_384).keyID("k1").generate();
        assert401(post(EVALUATE, null, "application/json", caseRequest),
                "authentication required: send a CDS Hooks JWT as Authorization: Bearer <token>");
        assert401(post(EVALUATE, "not.a.jwt", "application/json", caseRequest), "the bearer token is not a signed JWT");
        assert401(post(EVALUATE, token(stranger, ISSUER, server.serviceUrl(), soon, id), "application/json", caseRequest),
                "the token's signature does not verify with the issuer's keys");
        assert401(post(EVALUATE, token(clientKey, "https://evil.example", server.serviceUrl(), soon, id), "application/json", caseRequest),
                "the token's issuer (iss) is not a trusted CDS client");
        assert401(post(EVALUATE, token(clientKey, ISSUER, "https://other.example/cds-services/x", soon, id), "application/json", caseRequest),
                "the token's audience (aud) is not this service: expected " + server.serviceUrl());
        assert401(post(EVALUATE, token(clientKey, ISSUER, server.serviceUrl(), Instant.now().minusSeconds(300), id), "application/json", caseRequest),
                "the token has expired");
        assert401(post(EVALUATE, token(clientKey, ISSUER, server.serviceUrl(), Instant.now().plusSeconds(3_600), id), "application/json", caseRequest),
                "the token expires more than 5 minutes ahead");
        assert401(post(EVALUATE, token(clientKey, ISSUER, server.serviceUrl(), null, id), "application/json", caseRequest),
                "the token has no expiry (exp)");
        assert401(post(EVALUATE, token(clientKey, ISSUER, server.serviceUrl(), soon, null), "application/json", caseRequest),
                "the token has no id (jti)");
        // Feedback needs a token too; discovery and health do not (they say nothing about any case).
        assert401(post(EVALUATE + "/feedback", null, "application/json", "{}"),
                "authentication required: send a CDS Hooks JWT as Authorization: Bearer <token>");
        try (RawHttp c = new RawHttp(server.port(), 5_000)) {
            assertThat(c.exchange(RawHttp.request("GET", "/cds-services", null, null)).status()).isEqualTo(200);
        }
    }

    @Test
    void an_authenticated_request_that_is_not_json_is_still_415() throws Exception {
        assertThat(post(EVALUATE, good(), "text/plain", caseRequest).status()).isEqualTo(415);
    }

    @Test
    void feedback_must_name_a_card_this_service_issued() throws Exception {
        RawHttp.Reply cards = post(EVALUATE, good(), "application/json", caseRequest);
        String issued = JSON.readTree(cards.body()).get("cards").get(0).get("uuid").asText();
        String made = UUID.nameUUIDFromBytes("EX-2026-0142|MCA-03".getBytes(StandardCharsets.UTF_8)).toString();
        RawHttp.Reply r = post(EVALUATE + "/feedback", good(), "application/json", """
                {"feedback": [{"card": "%s", "outcome": "accepted", "outcomeTimestamp": "2026-03-02T10:15:30Z"},
                              {"card": "%s", "outcome": "accepted", "outcomeTimestamp": "2026-03-02T10:15:30Z"}]}
                """.formatted(issued, made));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.body()).isEqualTo("{\"error\":\"invalid feedback\",\"problems\":[{\"path\":\"feedback[1].card\","
                + "\"message\":\"is not a card this service issued since it started\"}]}");
        RawHttp.Reply ok = post(EVALUATE + "/feedback", good(), "application/json", """
                {"feedback": [{"card": "%s", "outcome": "accepted", "outcomeTimestamp": "2026-03-02T10:15:30Z"}]}
                """.formatted(issued));
        assertThat(ok.status()).isEqualTo(200);
    }

    @Test
    void a_jwks_with_a_private_key_is_refused_at_start_naming_the_file() throws Exception {
        Path leaked = dir.resolve("leaked.jwks");
        Files.writeString(leaked, new JWKSet(List.of(clientKey)).toString(false));
        assertThatThrownBy(() -> JwtAuthenticator.fromJwksFiles(Map.of(ISSUER, leaked), Clock.systemUTC()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("JWKS file " + leaked + " holds a private key: give the service public keys only");
    }

    @Test
    void msp_token_makes_a_key_pair_and_a_token_the_service_accepts() throws Exception {
        // GIVEN the documented commands: a key pair, then a token for this service
        Path keys = dir.resolve("client-keys");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        assertThat(MspCommand.run(new PrintWriter(out), new PrintWriter(err), "token", "new-key", "--out", keys.toString()))
                .as(err.toString()).isZero();
        JwtAuthenticator auth = JwtAuthenticator.fromJwksFiles(Map.of("https://ehr.test", keys.resolve("client.jwks")), Clock.systemUTC());
        try (CdsServer s = CdsServer.start(MspAdvisor.builder().build(), new CdsServer.Options(
                new java.net.InetSocketAddress("127.0.0.1", 0), dir.resolve("token-feedback.jsonl"), auth, null, null, null, null))) {
            StringWriter token = new StringWriter();
            assertThat(MspCommand.run(new PrintWriter(token), new PrintWriter(err), "token", "sign", "--key",
                    keys.resolve("client-private.jwk").toString(), "--issuer", "https://ehr.test", "--audience", s.serviceUrl()))
                    .as(err.toString()).isZero();
            // WHEN used as curl would THEN the service answers with cards
            try (RawHttp c = new RawHttp(s.port(), 10_000)) {
                byte[] b = caseRequest.getBytes(StandardCharsets.UTF_8);
                RawHttp.Reply r = c.exchange("POST " + EVALUATE + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer "
                        + token.toString().strip() + "\r\nContent-Type: application/json\r\nContent-Length: " + b.length + "\r\n\r\n" + caseRequest);
                assertThat(r.status()).as(r.body()).isEqualTo(200);
                JsonNode body = JSON.readTree(r.body());
                assertThat(body.get("cards").size()).isPositive();
            }
        }
        // AND the private key is readable by its owner only
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(keys.resolve("client-private.jwk")))).isEqualTo("rw-------");
        assertThat(Files.readString(keys.resolve("client.jwks"))).doesNotContain("\"d\"");
    }
}
