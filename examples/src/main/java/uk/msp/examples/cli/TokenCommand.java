package uk.msp.examples.cli;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.text.ParseException;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code msp token}: what a CDS client does, for trying the service with {@code curl}: make a key pair ({@code msp
 * token new-key}) and sign a CDS Hooks JWT with it ({@code msp token sign}). A real client signs its own tokens.
 */
@Command(name = "token", mixinStandardHelpOptions = true,
        description = "Make a CDS client key pair, or sign a CDS Hooks JWT for trying the service with curl.",
        subcommands = {TokenCommand.NewKey.class, TokenCommand.Sign.class})
final class TokenCommand implements Runnable {
    @Spec CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** {@code msp token new-key --out DIR}: an ES384 key pair, the private key and the public JWKS. */
    @Command(name = "new-key", mixinStandardHelpOptions = true,
            description = "Write an ES384 key pair: DIR/client-private.jwk (keep it secret: it signs tokens) and "
                    + "DIR/client.jwks (the public key: give it to the service with --issuer ISS=DIR/client.jwks).")
    static final class NewKey implements Callable<Integer> {
        @Spec CommandSpec spec;

        @Option(names = "--out", paramLabel = "DIR", required = true, description = "Folder to write the two files into.")
        Path out;

        @Override
        public Integer call() throws IOException, JOSEException {
            ECKey key = new ECKeyGenerator(Curve.P_384).keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.ES384)
                    .keyID(UUID.randomUUID().toString()).generate();
            Files.createDirectories(out);
            Path secret = out.resolve("client-private.jwk");
            Path jwks = out.resolve("client.jwks");
            if (Files.exists(secret)) throw new IllegalArgumentException(secret + " exists already: not overwritten");
            Files.writeString(secret, key.toJSONString() + "\n", StandardCharsets.UTF_8);
            try {
                Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system
            }
            Files.writeString(jwks, new JWKSet(List.of(key.toPublicJWK())).toString(true) + "\n", StandardCharsets.UTF_8);
            spec.commandLine().getOut().println("Wrote " + secret + " (private) and " + jwks + " (public)");
            return ExitCodes.OK;
        }
    }

    /** {@code msp token sign}: a CDS Hooks JWT, printed alone on one line. */
    @Command(name = "sign", mixinStandardHelpOptions = true,
            description = "Print a CDS Hooks JWT signed with the private key: iss, aud, sub, a new jti and an exp "
                    + "five minutes ahead. Each token works once.")
    static final class Sign implements Callable<Integer> {
        @Spec CommandSpec spec;

        @Option(names = "--key", paramLabel = "FILE", required = true, description = "The private key (client-private.jwk).")
        Path key;

        @Option(names = "--issuer", paramLabel = "ISS", required = true, description = "The client's issuer URL, as the service trusts it.")
        String issuer;

        @Option(names = "--audience", paramLabel = "URL", required = true,
                description = "The service endpoint, e.g. http://127.0.0.1:8080/cds-services/msp-case-review.")
        URI audience;

        @Override
        public Integer call() throws IOException, JOSEException {
            ECKey ec;
            try {
                JWK jwk = JWK.parse(Files.readString(key, StandardCharsets.UTF_8));
                if (!(jwk instanceof ECKey e) || !e.isPrivate()) throw new IllegalArgumentException(key + " is not a private EC key");
                ec = e;
            } catch (ParseException e) {
                throw new IllegalArgumentException(key + " is not a JWK (" + e.getClass().getSimpleName() + ")");
            }
            Instant now = Instant.now();
            JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(issuer).subject(issuer).audience(audience.toString())
                    .issueTime(Date.from(now)).expirationTime(Date.from(now.plusSeconds(300)))
                    .jwtID(UUID.randomUUID().toString()).build();
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.ES384).type(JOSEObjectType.JWT)
                    .keyID(ec.getKeyID()).build(), claims);
            jwt.sign(new ECDSASigner(ec));
            spec.commandLine().getOut().println(jwt.serialize());
            return ExitCodes.OK;
        }
    }
}
