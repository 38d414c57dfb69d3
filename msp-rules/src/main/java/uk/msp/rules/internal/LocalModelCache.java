package uk.msp.rules.internal;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.kie.api.KieServices;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Local rules compiled to executable-model classes, kept on disk so that the next start with the same local DRL
 * loads them instead of compiling again (compiling even one small file costs a cold JVM a couple of seconds: the
 * DRL parser, the model generator and the Java compiler all load and warm up).
 *
 * <p>The key is a SHA-256 of every local DRL file (name and text), the bundled rules' version, the Drools and Java
 * versions, and the size and date of the jars (or folders) holding msp-model and msp-rules: any edit to a local file
 * or a new build of msp gives a new key, so a stale entry is never used. Only rules that compiled without errors are
 * kept, so every error message comes from a real compile, as before. An entry that cannot be read or loaded is
 * ignored and compiled again.
 *
 * <p>Where: the system property {@code msp.rules.cache} names the folder, or {@code off} turns the cache off; by
 * default {@code ~/.cache/msp/local-rules}. The folder is created readable by its owner only: its class files are
 * loaded as code. It keeps the newest {@link #KEEP} entries.
 */
final class LocalModelCache {
    private static final Logger LOG = LoggerFactory.getLogger(LocalModelCache.class);
    private static final int MAGIC = 0x4d53504c;   // "MSPL"
    private static final int FORMAT = 1;

    private LocalModelCache() {}

    /** The cache folder, or null when it is off. */
    static Path folder() {
        String p = System.getProperty("msp.rules.cache");
        if ("off".equalsIgnoreCase(p)) return null;
        if (p != null && !p.isBlank()) return Path.of(p);
        return Path.of(System.getProperty("user.home"), ".cache", "msp", "local-rules");
    }

    static String key(LocalRules local) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            update(md, "msp-local-model/" + FORMAT);
            update(md, VersionDigest.bundled());
            update(md, String.valueOf(KieServices.class.getPackage().getImplementationVersion()));
            update(md, System.getProperty("java.specification.version"));
            update(md, stamp(RuleBase.class.getProtectionDomain().getCodeSource()));
            update(md, stamp(uk.msp.model.SafeguardingCase.class.getProtectionDomain().getCodeSource()));
            for (Map.Entry<String, String> e : new TreeMap<>(local.drl()).entrySet()) {
                update(md, "drl:" + e.getKey());
                update(md, e.getValue());
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void update(MessageDigest md, String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        md.update(Integer.toString(b.length).getBytes(StandardCharsets.US_ASCII));
        md.update((byte) ':');
        md.update(b);
    }

    /** The size and date of the jar or folder a class came from: they change with every build. */
    private static String stamp(CodeSource source) {
        if (source == null || source.getLocation() == null) return "unknown";
        try {
            Path p = Path.of(source.getLocation().toURI());
            if (Files.isDirectory(p)) {
                // A build's classes folder: the newest class file stands for it.
                try (var files = Files.walk(p)) {
                    return p + ":" + files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().lastModified()).max().orElse(0);
                }
            }
            return p + ":" + Files.size(p) + ":" + Files.getLastModifiedTime(p).toMillis();
        } catch (IOException | URISyntaxException | IllegalArgumentException | SecurityException e) {
            return source.getLocation().toString();
        }
    }

    /** The cached compiled local rules for this key, or null. */
    static RuleCompiler.LocalModel read(Path folder, String key) {
        Path file = folder.resolve(key + ".bin");
        if (!Files.isRegularFile(file)) return null;
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
            if (in.readInt() != MAGIC || in.readInt() != FORMAT) return null;
            int models = in.readInt();
            List<String> names = new ArrayList<>();
            for (int i = 0; i < models; i++) names.add(in.readUTF());
            int classes = in.readInt();
            Map<String, byte[]> bytes = new HashMap<>();
            for (int i = 0; i < classes; i++) {
                String name = in.readUTF();
                byte[] b = new byte[in.readInt()];
                in.readFully(b);
                bytes.put(name, b);
            }
            return new RuleCompiler.LocalModel(bytes, names);
        } catch (IOException | RuntimeException e) {
            LOG.warn("compiled local rules in {} not readable ({}); compiling them again", file, e.toString());
            return null;
        }
    }

    /** Keeps compiled local rules under this key; a failure to write only costs the next start a compile. */
    static void write(Path folder, String key, RuleCompiler.LocalModel model) {
        try {
            if (!Files.isDirectory(folder)) {
                try {
                    Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
                } catch (UnsupportedOperationException e) {
                    Files.createDirectories(folder);
                }
            }
            Path tmp = Files.createTempFile(folder, key, ".tmp");
            try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp)))) {
                out.writeInt(MAGIC);
                out.writeInt(FORMAT);
                out.writeInt(model.modelClasses().size());
                for (String n : model.modelClasses()) out.writeUTF(n);
                out.writeInt(model.classes().size());
                for (Map.Entry<String, byte[]> e : new TreeMap<>(model.classes()).entrySet()) {
                    out.writeUTF(e.getKey());
                    out.writeInt(e.getValue().length);
                    out.write(e.getValue());
                }
            }
            Files.move(tmp, folder.resolve(key + ".bin"), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            prune(folder);
        } catch (IOException | RuntimeException e) {
            LOG.warn("compiled local rules not kept in {} ({}); the next start compiles them again", folder, e.toString());
        }
    }

    /** At most this many entries are kept (a few dozen KB each); the oldest go first. */
    static final int KEEP = 32;

    private static void prune(Path folder) throws IOException {
        List<Path> entries;
        try (var files = Files.list(folder)) {
            entries = new ArrayList<>(files.filter(p -> p.getFileName().toString().endsWith(".bin")).toList());
        }
        if (entries.size() <= KEEP) return;
        entries.sort(java.util.Comparator.comparingLong((Path p) -> p.toFile().lastModified()).reversed());
        for (Path old : entries.subList(KEEP, entries.size())) Files.deleteIfExists(old);
    }
}
