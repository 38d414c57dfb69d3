package uk.msp.rules.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/**
 * The rule-set version every advice carries: the bundled version, plus a digest of local rules, local wording,
 * policy values and switched-off codes when any of them is local.
 */
final class VersionDigest {
    private VersionDigest() {}

    /** The version of the bundled rules, from the build. */
    static String bundled() {
        Properties p = new Properties();
        try (var in = VersionDigest.class.getClassLoader().getResourceAsStream(Resources.ROOT + "version.properties")) {
            p.load(in);
        } catch (Exception e) {
            throw new IllegalStateException("bundled rules version not found", e);
        }
        return p.getProperty("version");
    }

    static String of(LocalRules local, Set<String> switchedOff, Map<String, String> policy, boolean defaultPolicy) {
        String base = bundled();
        if (local.isEmpty() && switchedOff.isEmpty() && defaultPolicy) return base;
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            local.drl().forEach((k, v) -> { md.update(("drl:" + k + "\n").getBytes(StandardCharsets.UTF_8)); md.update(v.getBytes(StandardCharsets.UTF_8)); });
            local.wording().forEach((k, v) -> { md.update(("wording:" + k + "\n").getBytes(StandardCharsets.UTF_8)); md.update(v.getBytes(StandardCharsets.UTF_8)); });
            policy.forEach((k, v) -> md.update(("policy:" + k + "=" + v + "\n").getBytes(StandardCharsets.UTF_8)));
            new TreeSet<>(switchedOff).forEach(c -> md.update(("off:" + c + "\n").getBytes(StandardCharsets.UTF_8)));
            return base + "+local." + HexFormat.of().formatHex(md.digest()).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
