package uk.msp.rules.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.drools.model.codegen.ExecutableModelProject;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieContainer;
import org.kie.api.runtime.KieSessionsPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import uk.msp.model.advice.Principle;
import uk.msp.model.advice.Severity;
import uk.msp.rules.Policy;
import uk.msp.rules.RuleInfo;
import uk.msp.rules.RuleSetException;
import uk.msp.rules.RuleSetException.Problem;

/**
 * The compiled rules, their metadata and wording, and a pool of sessions. Built once; shared by all threads.
 */
public final class RuleBase {
    private static final Logger LOG = LoggerFactory.getLogger(RuleBase.class);
    private static final Pattern CODE_FORMAT = Pattern.compile("[A-Z][A-Z0-9]{1,5}-[0-9]{2,3}");
    private static final Pattern PACKAGE = Pattern.compile("(?m)^\\s*package\\s+([\\w.]+)");
    private static final Pattern LINE_IN_TEXT = Pattern.compile("[Ll]ine:? ?(\\d+)");

    final KieBase kieBase;
    final KieContainer container;
    final KieSessionsPool pool;
    final Map<String, RuleMeta> rulesByName;   // package + "/" + name
    final Map<String, RuleMeta> rulesByCode;
    final Map<String, String> fileOfCode;
    final Wording wording;
    final Set<String> localCodes;
    final Set<String> switchedOff;
    final String version;
    final boolean runtimeCompiled;

    private RuleBase(KieBase kieBase, KieContainer container, Map<String, RuleMeta> rulesByName,
                     Map<String, RuleMeta> rulesByCode, Map<String, String> fileOfCode, Wording wording,
                     Set<String> localCodes, Set<String> switchedOff, String version, boolean runtimeCompiled) {
        this.kieBase = kieBase;
        this.container = container;
        this.pool = kieBase.newKieSessionsPool(Math.max(2, Runtime.getRuntime().availableProcessors()));
        this.rulesByName = rulesByName;
        this.rulesByCode = rulesByCode;
        this.fileOfCode = fileOfCode;
        this.wording = wording;
        this.localCodes = localCodes;
        this.switchedOff = switchedOff;
        this.version = version;
        this.runtimeCompiled = runtimeCompiled;
    }

    /** The version of the bundled rules, from the build. */
    public static String bundledVersion() {
        Properties p = new Properties();
        try (var in = RuleBase.class.getClassLoader().getResourceAsStream(Resources.ROOT + "version.properties")) {
            p.load(in);
        } catch (Exception e) {
            throw new IllegalStateException("bundled rules version not found", e);
        }
        return p.getProperty("version");
    }

    /**
     * Builds the rule base: the precompiled bundled rules when there are no local DRL files and
     * {@code forceRuntimeCompile} is false; otherwise bundled and local DRL compiled together at runtime, so local
     * rules can match the facts bundled rules derive.
     *
     * @throws RuleSetException naming every compile error, metadata gap, duplicate code and wording problem
     */
    public static RuleBase build(LocalRules local, Set<String> switchedOff, Policy policy, boolean forceRuntimeCompile) {
        long start = System.nanoTime();
        List<Problem> problems = new ArrayList<>();
        Map<String, String> wordingFiles = new LinkedHashMap<>(Resources.bundled("messages.properties"));
        local.wording().forEach((k, v) -> wordingFiles.put("local/" + k, v));
        Wording wording = Wording.load(wordingFiles, problems);

        KieServices ks = KieServices.Factory.get();
        ClassLoader cl = RuleBase.class.getClassLoader();
        KieContainer container;
        boolean runtime = forceRuntimeCompile || !local.drl().isEmpty();
        if (!runtime) {
            container = ks.newKieClasspathContainer(cl);
        } else {
            KieFileSystem kfs = ks.newKieFileSystem();
            ReleaseId rid = ks.newReleaseId("uk.msp.local", "rules-" + UUID.randomUUID(), "1.0.0");
            kfs.generateAndWritePomXML(rid);
            Resources.bundled(".drl").forEach((path, text) -> kfs.write("src/main/resources/" + path, text));
            // Local files go in the folder matching their package (Drools warns otherwise); remember their own names.
            Map<String, String> localNames = new TreeMap<>();
            local.drl().forEach((path, text) -> {
                Matcher pm = PACKAGE.matcher(text);
                String folder = pm.find() ? pm.group(1).replace('.', '/') + "/" : "local/";
                String resource = folder + "local-" + Integer.toHexString(path.hashCode()) + "-"
                        + path.substring(path.lastIndexOf('/') + 1);
                localNames.put(resource, path);
                kfs.write("src/main/resources/" + resource, text);
            });
            KieBuilder kb = ks.newKieBuilder(kfs, cl).buildAll(ExecutableModelProject.class);
            for (Message m : kb.getResults().getMessages(Message.Level.ERROR)) {
                String resource = displayPath(m.getPath());
                String name = localNames.getOrDefault(resource, resource);
                String text = plain(m.getText());
                String source = localNames.containsKey(resource) ? local.drl().get(localNames.get(resource))
                        : Resources.bundled(".drl").get(resource);
                problems.add(new Problem(name, line(m, text, source), text));
            }
            if (kb.getResults().hasMessages(Message.Level.ERROR)) throw new RuleSetException(problems);
            container = ks.newKieContainer(rid, cl);
        }
        KieBase kieBase = container.getKieBase();

        Map<String, String> drlFiles = new TreeMap<>(Resources.bundled(".drl"));
        local.drl().forEach((k, v) -> drlFiles.put("local/" + k, v));
        Map<String, RuleMeta> byName = new TreeMap<>();
        Map<String, RuleMeta> byCode = new TreeMap<>();
        Map<String, String> fileOfCode = new TreeMap<>();
        Set<String> localCodes = new TreeSet<>();
        Set<String> localPackages = new TreeSet<>();
        local.drl().values().forEach(text -> {
            Matcher m = Pattern.compile("(?m)^\\s*package\\s+([\\w.]+)").matcher(text);
            if (m.find()) localPackages.add(m.group(1));
        });
        for (KiePackage pkg : kieBase.getKiePackages()) {
            for (Rule rule : pkg.getRules()) {
                RuleMeta meta = new RuleMeta(pkg.getName(), rule.getName(), RuleMeta.unquote(rule.getMetaData()));
                byName.put(pkg.getName() + "/" + rule.getName(), meta);
                String file = fileOf(pkg.getName(), rule.getName(), drlFiles);
                String code = meta.code();
                if (code == null) continue; // a classification rule: derives facts, raises nothing
                checkMeta(meta, file, problems);
                if (byCode.containsKey(code)) {
                    problems.add(new Problem(file, 0, "duplicate code " + code + " in rule \"" + rule.getName()
                            + "\": already used by rule \"" + byCode.get(code).name() + "\""));
                    continue;
                }
                byCode.put(code, meta);
                fileOfCode.put(code, file);
                if (localPackages.contains(pkg.getName())) localCodes.add(code);
                if (wording.get(code) == null) {
                    problems.add(new Problem(file, 0, "rule " + code + " (\"" + rule.getName()
                            + "\") has no wording: add " + code + ".summary, .detail and .cite.1 to messages.properties"));
                }
            }
        }
        for (var entry : wording.all().values()) {
            if (!byCode.containsKey(entry.code())) {
                problems.add(new Problem(entry.file(), 0, "wording for " + entry.code() + " but no rule has that code"));
            }
        }
        for (String code : switchedOff) {
            if (!byCode.containsKey(code)) problems.add(new Problem("", 0, "cannot switch off " + code + ": no rule has that code"));
        }
        if (!problems.isEmpty()) throw new RuleSetException(problems);

        if (LoggerFactory.getLogger("org.drools.core.reteoo.EntryPointNode").isTraceEnabled()) {
            LOG.warn("TRACE logging is on for org.drools: Drools then logs every fact it is given, case data and all;"
                    + " set org.drools and org.kie to INFO or above wherever real cases are evaluated");
        }
        String version = version(local, switchedOff, policy);
        LOG.info("rule base built: {} rules, {} codes, version {}, {} in {} ms", byName.size(), byCode.size(), version,
                runtime ? "compiled at runtime" : "precompiled", (System.nanoTime() - start) / 1_000_000);
        return new RuleBase(kieBase, container, byName, byCode, fileOfCode, wording, localCodes,
                Set.copyOf(switchedOff), version, runtime);
    }

    private static void checkMeta(RuleMeta meta, String file, List<Problem> problems) {
        String where = "rule \"" + meta.name() + "\"";
        if (!CODE_FORMAT.matcher(meta.code()).matches()) {
            problems.add(new Problem(file, 0, where + " has code '" + meta.code() + "': expected AREA-NN, e.g. MCA-03"));
        }
        for (String key : List.of(RuleMeta.PRINCIPLE, RuleMeta.SEVERITY, RuleMeta.SINCE, RuleMeta.STATUS)) {
            if (!meta.values().containsKey(key)) {
                problems.add(new Problem(file, 0, where + " (" + meta.code() + ") has no @" + key + " metadata"));
            }
        }
        String p = meta.values().get(RuleMeta.PRINCIPLE);
        if (p != null && !enumHas(Principle.class, p)) {
            problems.add(new Problem(file, 0, where + " has @principle '" + p + "': allowed "
                    + java.util.Arrays.toString(Principle.values())));
        }
        String s = meta.values().get(RuleMeta.SEVERITY);
        if (s != null && !enumHas(Severity.class, s)) {
            problems.add(new Problem(file, 0, where + " has @severity '" + s + "': allowed "
                    + java.util.Arrays.toString(Severity.values())));
        }
        String st = meta.values().get(RuleMeta.STATUS);
        if (st != null && !Set.of("active", "draft", "retired").contains(st)) {
            problems.add(new Problem(file, 0, where + " has @status '" + st + "': allowed active, draft, retired"));
        }
        for (String key : List.of(RuleMeta.EFFECTIVE_FROM, RuleMeta.EFFECTIVE_TO)) {
            String v = meta.values().get(key);
            if (v != null) {
                try {
                    java.time.LocalDate.parse(v);
                } catch (java.time.format.DateTimeParseException e) {
                    problems.add(new Problem(file, 0, where + " has @" + key + " '" + v + "': expected a date like 2026-04-01"));
                }
            }
        }
    }

    private static <E extends Enum<E>> boolean enumHas(Class<E> type, String name) {
        for (E e : type.getEnumConstants()) if (e.name().equals(name)) return true;
        return false;
    }

    /** The DRL file (bundled path, or local path) that holds the rule, with its line. */
    private static String fileOf(String packageName, String ruleName, Map<String, String> drlFiles) {
        Pattern rule = Pattern.compile("(?m)^\\s*rule\\s+\"" + Pattern.quote(ruleName) + "\"");
        Pattern pkg = Pattern.compile("(?m)^\\s*package\\s+" + Pattern.quote(packageName) + "\\s*;?\\s*$");
        for (Map.Entry<String, String> f : drlFiles.entrySet()) {
            String text = f.getValue();
            Matcher m = rule.matcher(text);
            if (pkg.matcher(text).find() && m.find()) {
                int line = 1 + (int) text.substring(0, m.start()).chars().filter(ch -> ch == '\n').count();
                return f.getKey() + ":" + line;
            }
        }
        return packageName.replace('.', '/') + "/";
    }

    private static String displayPath(String path) {
        if (path == null) return "";
        String p = path.replace('\\', '/');
        if (p.startsWith("src/main/resources/")) p = p.substring("src/main/resources/".length());
        return p;
    }

    /**
     * The line of a compile error: from the message, or Drools' own line, or (the executable model often reports
     * neither) the first line of the file holding the expression the message quotes.
     */
    private static int line(Message m, String text, String source) {
        Matcher matcher = LINE_IN_TEXT.matcher(m.getText());
        if (matcher.find()) return Integer.parseInt(matcher.group(1));
        if (m.getLine() > 0) return m.getLine();
        if (source != null) {
            String[] lines = source.split("\n", -1);
            int colon = text.lastIndexOf(": ");
            String quoted = colon < 0 ? "" : text.substring(colon + 2).trim();
            if (quoted.length() >= 3) {
                for (int i = 0; i < lines.length; i++) if (lines[i].contains(quoted)) return i + 1;
            }
        }
        return 0;
    }

    private static String plain(String text) {
        String t = text.replace('\n', ' ').replaceAll("\\s+", " ").trim();
        return t.replace("Parser returned a null Package", "").trim();
    }

    private static String version(LocalRules local, Set<String> switchedOff, Policy policy) {
        String base = bundledVersion();
        if (local.isEmpty() && switchedOff.isEmpty() && policy.equals(Policy.DEFAULTS)) return base;
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            local.drl().forEach((k, v) -> { md.update(("drl:" + k + "\n").getBytes(StandardCharsets.UTF_8)); md.update(v.getBytes(StandardCharsets.UTF_8)); });
            local.wording().forEach((k, v) -> { md.update(("wording:" + k + "\n").getBytes(StandardCharsets.UTF_8)); md.update(v.getBytes(StandardCharsets.UTF_8)); });
            policy.asMap().forEach((k, v) -> md.update(("policy:" + k + "=" + v + "\n").getBytes(StandardCharsets.UTF_8)));
            new TreeSet<>(switchedOff).forEach(c -> md.update(("off:" + c + "\n").getBytes(StandardCharsets.UTF_8)));
            return base + "+local." + HexFormat.of().formatHex(md.digest()).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The catalogue entries, sorted by code. */
    public List<RuleInfo> catalogue() {
        List<RuleInfo> out = new ArrayList<>();
        rulesByCode.forEach((code, meta) -> {
            Wording.Entry w = wording.get(code);
            out.add(new RuleInfo(code, Principle.valueOf(meta.values().get(RuleMeta.PRINCIPLE)),
                    Severity.valueOf(meta.values().get(RuleMeta.SEVERITY)), localCodes.contains(code) ? "local" : meta.ruleSet(),
                    meta.status(), meta.values().get(RuleMeta.SINCE), meta.effectiveFrom(), meta.effectiveTo(),
                    meta.checklist(), localCodes.contains(code), switchedOff.contains(code), w.summary(),
                    w.citations(), fileOfCode.get(code)));
        });
        return out;
    }

    public String version() { return version; }

    public Set<String> switchedOff() { return switchedOff; }

    public boolean runtimeCompiled() { return runtimeCompiled; }

    /** Releases the session pool. */
    public void close() {
        pool.shutdown();
    }
}
