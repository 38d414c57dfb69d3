package uk.msp.rules.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/** Lists the bundled rule resources (DRL, wording) under {@code uk/msp/rules/}, from a folder or a jar. */
final class Resources {
    static final String ROOT = "uk/msp/rules/";

    private Resources() {}

    /** Every bundled resource whose name ends with {@code suffix}: path (from the classpath root) to its text. */
    static Map<String, String> bundled(String suffix) {
        URL url = Resources.class.getClassLoader().getResource(ROOT + "version.properties");
        if (url == null) throw new IllegalStateException("bundled rules not found on the classpath: " + ROOT);
        Map<String, String> out = new TreeMap<>();
        try {
            if ("jar".equals(url.getProtocol())) {
                JarURLConnection conn = (JarURLConnection) url.openConnection();
                conn.setUseCaches(false);
                try (JarFile jar = conn.getJarFile()) {
                    Enumeration<JarEntry> entries = jar.entries();
                    while (entries.hasMoreElements()) {
                        JarEntry e = entries.nextElement();
                        if (e.getName().startsWith(ROOT) && e.getName().endsWith(suffix) && !e.isDirectory()) {
                            try (InputStream in = jar.getInputStream(e)) {
                                out.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
                            }
                        }
                    }
                }
            } else {
                Path root = Path.of(url.toURI()).getParent();
                Path classpathRoot = root;
                for (int i = 0; i < ROOT.split("/").length; i++) classpathRoot = classpathRoot.getParent();
                try (Stream<Path> files = Files.walk(root)) {
                    for (Path p : files.filter(f -> f.toString().endsWith(suffix)).sorted().toList()) {
                        String rel = classpathRoot.relativize(p).toString().replace('\\', '/');
                        out.put(rel, Files.readString(p, StandardCharsets.UTF_8));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled rules", e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot locate the bundled rules", e);
        }
        return out;
    }
}
