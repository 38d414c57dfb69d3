package uk.msp.examples.cds;

import java.io.IOException;
import java.nio.file.Path;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/**
 * CDS Hooks 2.0 authentication: the CDS client sends {@code Authorization: Bearer <JWT>}, signed with one of its
 * keys. The token's {@code iss} must be a trusted issuer, its signature must verify with that issuer's keys (read
 * from a local JWKS file at start: never fetched), its {@code aud} must name this service's endpoint, its
 * {@code exp} must be in the future and at most {@link #MAX_LIFETIME} ahead, and its {@code jti} must not have been
 * seen before (a replayed token is refused).
 *
 * <p>Thread-safe.
 */
public final class JwtAuthenticator {
    /** The longest token lifetime accepted (CDS Hooks: "SHOULD be no more than 5 minutes"). */
    public static final Duration MAX_LIFETIME = Duration.ofMinutes(5);
    /** Clock difference allowed between client and service. */
    static final Duration SKEW = Duration.ofSeconds(60);
    /** Algorithms CDS Hooks clients sign with: ES384 and RS384 are required, the others are accepted. */
    static final Set<JWSAlgorithm> ALGORITHMS = Set.of(JWSAlgorithm.ES384, JWSAlgorithm.RS384, JWSAlgorithm.ES256,
            JWSAlgorithm.RS256, JWSAlgorithm.ES512, JWSAlgorithm.RS512);
    /** Most token ids remembered: far above the tokens five minutes of use can bring. */
    static final int MAX_REMEMBERED = 1_000_000;

    /** Why a request is not authenticated; the message goes into the 401 answer and never quotes the token. */
    static final class Unauthorized extends Exception {
        private static final long serialVersionUID = 1L;

        Unauthorized(String message) {
            super(message, null, false, false);
        }
    }

    private final Map<String, List<JWK>> keysByIssuer;
    private final Clock clock;
    /** Token ids seen, with when each token expires: a token is refused the second time until it has expired. */
    private final Map<String, Instant> seen = new HashMap<>();

    private JwtAuthenticator(Map<String, List<JWK>> keysByIssuer, Clock clock) {
        this.keysByIssuer = keysByIssuer;
        this.clock = clock;
    }

    /**
     * An authenticator for the given trusted issuers, each with the JWKS file holding its public keys.
     *
     * @param jwksByIssuer issuer ({@code iss}) to JWKS file; never null, not empty
     * @param clock the clock that decides expiry; never null
     * @throws IllegalArgumentException naming the file, if one cannot be read, holds no usable public key or holds a
     *     private key
     */
    public static JwtAuthenticator fromJwksFiles(Map<String, Path> jwksByIssuer, Clock clock) {
        Objects.requireNonNull(jwksByIssuer, "issuers must not be null");
        Objects.requireNonNull(clock, "clock must not be null");
        if (jwksByIssuer.isEmpty()) throw new IllegalArgumentException("at least one trusted issuer with its JWKS file is needed");
        Map<String, List<JWK>> keys = new LinkedHashMap<>();
        for (Map.Entry<String, Path> e : jwksByIssuer.entrySet()) {
            Path file = e.getValue();
            JWKSet set;
            try {
                set = JWKSet.load(file.toFile());
            } catch (IOException | ParseException ex) {
                throw new IllegalArgumentException("JWKS file " + file + " cannot be read (" + ex.getClass().getSimpleName() + ")");
            }
            List<JWK> usable = set.getKeys().stream().filter(k -> k instanceof RSAKey || k instanceof ECKey).toList();
            if (usable.isEmpty()) throw new IllegalArgumentException("JWKS file " + file + " holds no RSA or EC public key");
            if (usable.stream().anyMatch(JWK::isPrivate)) {
                throw new IllegalArgumentException("JWKS file " + file + " holds a private key: give the service public keys only");
            }
            keys.put(e.getKey(), usable);
        }
        return new JwtAuthenticator(Map.copyOf(keys), clock);
    }

    /** The trusted issuers. */
    public Set<String> issuers() {
        return keysByIssuer.keySet();
    }

    /**
     * Checks the {@code Authorization} header of a request to the service whose endpoint URL is {@code audience}.
     *
     * @return the token's issuer
     * @throws Unauthorized saying what is wrong, without quoting the token
     */
    String authenticate(String authorization, String audience) throws Unauthorized {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw new Unauthorized("authentication required: send a CDS Hooks JWT as Authorization: Bearer <token>");
        }
        SignedJWT jwt;
        JWTClaimsSet claims;
        try {
            jwt = SignedJWT.parse(authorization.substring(7).trim());
            claims = jwt.getJWTClaimsSet();
        } catch (ParseException e) {
            throw new Unauthorized("the bearer token is not a signed JWT");
        }
        if (!ALGORITHMS.contains(jwt.getHeader().getAlgorithm())) {
            throw new Unauthorized("the token's signing algorithm is not accepted: use ES384 or RS384");
        }
        List<JWK> keys = claims.getIssuer() == null ? null : keysByIssuer.get(claims.getIssuer());
        if (keys == null) throw new Unauthorized("the token's issuer (iss) is not a trusted CDS client");
        if (!verifies(jwt, keys)) throw new Unauthorized("the token's signature does not verify with the issuer's keys");
        if (claims.getAudience() == null || !claims.getAudience().contains(audience)) {
            throw new Unauthorized("the token's audience (aud) is not this service: expected " + audience);
        }
        Instant now = clock.instant();
        Date exp = claims.getExpirationTime();
        if (exp == null) throw new Unauthorized("the token has no expiry (exp)");
        if (exp.toInstant().plus(SKEW).isBefore(now)) throw new Unauthorized("the token has expired");
        if (exp.toInstant().isAfter(now.plus(MAX_LIFETIME).plus(SKEW))) {
            throw new Unauthorized("the token expires more than " + MAX_LIFETIME.toMinutes() + " minutes ahead");
        }
        String jti = claims.getJWTID();
        if (jti == null || jti.isBlank()) throw new Unauthorized("the token has no id (jti)");
        synchronized (seen) {
            if (seen.size() >= MAX_REMEMBERED / 2) seen.values().removeIf(e -> e.plus(SKEW).isBefore(now));
            if (seen.size() >= MAX_REMEMBERED) throw new Unauthorized("too many tokens in use: try again shortly");
            Instant before = seen.putIfAbsent(claims.getIssuer() + " " + jti, exp.toInstant());
            if (before != null) throw new Unauthorized("the token has been used before (its jti is not new)");
        }
        return claims.getIssuer();
    }

    private static boolean verifies(SignedJWT jwt, List<JWK> keys) {
        String kid = jwt.getHeader().getKeyID();
        for (JWK key : keys) {
            if (kid != null && key.getKeyID() != null && !kid.equals(key.getKeyID())) continue;
            try {
                JWSVerifier verifier = key instanceof RSAKey rsa ? new RSASSAVerifier(rsa) : new ECDSAVerifier((ECKey) key);
                if (verifier.supportedJWSAlgorithms().contains(jwt.getHeader().getAlgorithm()) && jwt.verify(verifier)) return true;
            } catch (JOSEException | IllegalStateException e) {
                // not this key
            }
        }
        return false;
    }
}
