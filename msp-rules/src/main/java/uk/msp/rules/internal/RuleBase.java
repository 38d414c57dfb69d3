package uk.msp.rules.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.IdentityHashMap;
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

import org.drools.model.Model;
import org.drools.model.codegen.ExecutableModelProject;
import org.drools.modelcompiler.KieBaseBuilder;
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
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import uk.msp.model.advice.Principle;
import uk.msp.model.advice.Severity;

/**
 * The compiled rules, their metadata and wording, and a pool of sessions. Built once; shared by all threads.
 */
public final class RuleBase {
    private static final Logger LOG = LoggerFactory.getLogger(RuleBase.class);
    private static final Pattern CODE_FORMAT = Pattern.compile("[A-Z][A-Z0-9]{1,5}-[0-9]{2,3}");
    private static final Pattern PACKAGE = Pattern.compile("(?m)^\\s*package\\s+([\\w.]+)");
    private static final Pattern LINE_IN_TEXT = Pattern.compile("[Ll]ine:? ?(\\d+)");

    final KieBase kieBase;
    final KieContainer container;   // null when the precompiled model was loaded directly
    final KieSessionsPool pool;
    final Map<String, RuleMeta> rulesByName;   // package + "/" + name
    final Map<String, RuleMeta> rulesByCode;
    /** Each rule by its Drools object, for the per-firing look-ups (agenda filter, labels): no key strings built. */
    final Map<Rule, Gate> gates;
    /** Each code's finding text and classification, ready to fill: worked out once here, not per finding. */
    final Map<String, CodeText> texts;
    /** The switched-off codes, sorted, as every advice lists them. */
    final List<String> switchedOffSorted;
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
        Map<Rule, Gate> gates = new IdentityHashMap<>();
        for (KiePackage pkg : kieBase.getKiePackages()) {
            for (Rule rule : pkg.getRules()) {
                RuleMeta meta = rulesByName.get(pkg.getName() + "/" + rule.getName());
                gates.put(rule, new Gate(meta, rule.getName(), switchedOff));
            }
        }
        this.gates = gates;
        Map<String, CodeText> texts = new HashMap<>();
        rulesByCode.forEach((code, meta) -> texts.put(code, new CodeText(meta, wording.get(code), localCodes.contains(code))));
        this.texts = texts;
        this.switchedOffSorted = List.copyOf(new TreeSet<>(switchedOff));
    }

    /**
     * What the evaluator needs to know about a rule each time it fires: whether it may run on a date (status,
     * effective window, switched off; parsed once here) and the label errors name it by.
     */
    static final class Gate {
        final RuleMeta meta;       // null for a rule this rule base does not know
        final String label;        // its code, or else its name
        private final boolean always;
        private final boolean enabled;
        private final java.time.LocalDate from;
        private final java.time.LocalDate to;

        Gate(RuleMeta meta, String ruleName, Set<String> switchedOff) {
            this.meta = meta;
            this.label = meta != null && meta.code() != null ? meta.code() : ruleName;
            this.always = meta == null || meta.code() == null; // classification rules always run
            this.enabled = !always && "active".equals(meta.status()) && !switchedOff.contains(meta.code());
            this.from = always ? null : meta.effectiveFrom();
            this.to = always ? null : meta.effectiveTo();
        }

        /** Same answer as {@link RuleMeta#runsOn} and the switched-off check, without parsing dates per firing. */
        boolean runsOn(java.time.LocalDate date) {
            if (always) return true;
            return enabled && (from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to));
        }
    }

    /** A code's finding parts that do not depend on the case: classification, citations and wording templates. */
    static final class CodeText {
        final Severity severity;
        final Principle principle;
        final String ruleSet;
        final Wording.Template summary;
        final Wording.Template detail;   // ends with the principle's "I" statement, as every finding's detail does
        final List<uk.msp.model.advice.Citation> citations;
        final List<String> actions;
        final List<String> overrides;
        final boolean checklist;

        CodeText(RuleMeta meta, Wording.Entry w, boolean local) {
            this.severity = Severity.valueOf(meta.values().get(RuleMeta.SEVERITY));
            this.principle = Principle.valueOf(meta.values().get(RuleMeta.PRINCIPLE));
            this.ruleSet = local ? "local" : meta.ruleSet();
            this.summary = Wording.Template.of(w.summary());
            this.detail = Wording.Template.of(w.detail()).append("\n\n> *\u201c" + principle.iStatement() + "\u201d* ("
                    + principle.label() + ")");
            this.citations = w.citations();
            this.actions = w.actions();
            this.overrides = w.overrides();
            this.checklist = meta.checklist();
        }
    }

    /** The gate of a firing rule: by identity, else by package and name (a rule object this kbase did not list). */
    Gate gate(Rule rule) {
        Gate g = gates.get(rule);
        if (g == null) g = new Gate(rulesByName.get(rule.getPackageName() + "/" + rule.getName()), rule.getName(), switchedOff);
        return g;
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
     * @param policy the policy values, as the rule-set version digests them
     * @param defaultPolicy whether they are the defaults (then, with nothing else local, the version is the bundled one)
     * @throws RulesRejected naming every compile error, metadata gap, duplicate code and wording problem
     */
    public static RuleBase build(LocalRules local, Set<String> switchedOff, Map<String, String> policy,
                                 boolean defaultPolicy, boolean forceRuntimeCompile) {
        long start = System.nanoTime();
        List<Fault> problems = new ArrayList<>();
        Map<String, String> wordingFiles = new LinkedHashMap<>(Resources.bundled("messages.properties"));
        local.wording().forEach((k, v) -> wordingFiles.put("local/" + k, v));
        Wording wording = Wording.load(wordingFiles, problems);

        List<Fault> reachesIn = reachesIntoInternal(local);
        if (!reachesIn.isEmpty()) throw new RulesRejected(reachesIn);

        KieServices ks = KieServices.Factory.get();
        ClassLoader cl = RuleBase.class.getClassLoader();
        Map<String, String> bundledDrl = Resources.bundled(".drl");   // read once per build
        KieContainer container = null;
        KieBase kieBase = null;
        boolean runtime = forceRuntimeCompile || !local.drl().isEmpty();
        if (!runtime) {
            kieBase = precompiled(ks, cl);
            if (kieBase == null) container = ks.newKieClasspathContainer(cl); // no model index: let Drools find it
        } else {
            KieFileSystem kfs = ks.newKieFileSystem();
            ReleaseId rid = ks.newReleaseId("uk.msp.local", "rules-" + UUID.randomUUID(), "1.0.0");
            kfs.generateAndWritePomXML(rid);
            bundledDrl.forEach((path, text) -> kfs.write("src/main/resources/" + path, text));
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
                        : bundledDrl.get(resource);
                problems.add(new Fault(name, line(m, text, source), text));
            }
            if (kb.getResults().hasMessages(Message.Level.ERROR)) throw new RulesRejected(problems);
            container = ks.newKieContainer(rid, cl);
        }
        if (kieBase == null) kieBase = container.getKieBase();

        Map<String, String> drlFiles = new TreeMap<>(bundledDrl);
        local.drl().forEach((k, v) -> drlFiles.put("local/" + k, v));
        Map<String, RuleMeta> byName = new TreeMap<>();
        Map<String, RuleMeta> byCode = new TreeMap<>();
        Map<String, String> fileOfCode = new TreeMap<>();
        Set<String> localCodes = new TreeSet<>();
        Set<String> localPackages = new TreeSet<>();
        local.drl().values().forEach(text -> {
            Matcher m = PACKAGE.matcher(text);
            if (m.find()) localPackages.add(m.group(1));
        });
        DrlIndex drlIndex = new DrlIndex(drlFiles);
        for (KiePackage pkg : kieBase.getKiePackages()) {
            for (Rule rule : pkg.getRules()) {
                RuleMeta meta = new RuleMeta(pkg.getName(), rule.getName(), RuleMeta.unquote(rule.getMetaData()));
                byName.put(pkg.getName() + "/" + rule.getName(), meta);
                String file = drlIndex.fileOf(pkg.getName(), rule.getName());
                String code = meta.code();
                if (code == null) continue; // a classification rule: derives facts, raises nothing
                checkMeta(meta, file, problems);
                if (byCode.containsKey(code)) {
                    problems.add(new Fault(file, 0, "duplicate code " + code + " in rule \"" + rule.getName()
                            + "\": already used by rule \"" + byCode.get(code).name() + "\""));
                    continue;
                }
                byCode.put(code, meta);
                fileOfCode.put(code, file);
                if (localPackages.contains(pkg.getName())) localCodes.add(code);
                if (wording.get(code) == null) {
                    problems.add(new Fault(file, 0, "rule " + code + " (\"" + rule.getName()
                            + "\") has no wording: add " + code + ".summary, .detail and .cite.1 to messages.properties"));
                }
            }
        }
        for (var entry : wording.all().values()) {
            if (!byCode.containsKey(entry.code())) {
                problems.add(new Fault(entry.file(), 0, "wording for " + entry.code() + " but no rule has that code"));
            }
        }
        for (String code : switchedOff) {
            if (!byCode.containsKey(code)) problems.add(new Fault("", 0, "cannot switch off " + code + ": no rule has that code"));
        }
        if (!problems.isEmpty()) throw new RulesRejected(problems);

        if (LoggerFactory.getLogger("org.drools.core.reteoo.EntryPointNode").isTraceEnabled()) {
            LOG.warn("TRACE logging is on for org.drools: Drools then logs every fact it is given, case data and all;"
                    + " set org.drools and org.kie to INFO or above wherever real cases are evaluated");
        }
        String version = version(local, switchedOff, policy, defaultPolicy);
        LOG.info("rule base built: {} rules, {} codes, version {}, {} in {} ms", byName.size(), byCode.size(), version,
                runtime ? "compiled at runtime" : "precompiled", (System.nanoTime() - start) / 1_000_000);
        return new RuleBase(kieBase, container, byName, byCode, fileOfCode, wording, localCodes,
                Set.copyOf(switchedOff), version, runtime);
    }

    private static final Pattern INTERNAL = Pattern.compile("\\buk\\.msp\\.rules\\.internal\\b");

    /**
     * Local DRL that names this package (an import, a qualified name) outside comments: refused, since internal
     * changes without notice and a council's rules would break on the next release.
     */
    static List<Fault> reachesIntoInternal(LocalRules local) {
        List<Fault> out = new ArrayList<>();
        local.drl().forEach((path, text) -> {
            String[] lines = text.split("\\R", -1);
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i].trim();
                if (line.startsWith("//") || line.startsWith("/*") || line.startsWith("*")) continue;
                if (INTERNAL.matcher(line).find()) {
                    out.add(new Fault("local/" + path, i + 1, "uses uk.msp.rules.internal, which is not API and changes"
                            + " without notice: import what rules call from uk.msp.rules.drl (Raise, Days, Ages)"));
                }
            }
        });
        return out;
    }

    /** Where kie-maven-plugin lists the executable-model classes it generated for this module. */
    static final String MODEL_INDEX = "META-INF/kie/uk.msp/msp-rules/drools-model";

    /**
     * The precompiled rules as a KieBase, built straight from the executable-model classes the build generated
     * (listed in {@link #MODEL_INDEX}); null when there is no index. This is what a classpath KieContainer does for
     * this module, without its start-up work: scanning the classpath for kmodule.xml files, parsing them with
     * XStream, and reading every entry of the jar that holds the rules (all of an uber-jar) into memory.
     */
    private static KieBase precompiled(KieServices ks, ClassLoader cl) {
        String index;
        try (InputStream in = cl.getResourceAsStream(MODEL_INDEX)) {
            if (in == null) return null;
            index = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return null;
        }
        List<Model> models = new ArrayList<>();
        for (String line : index.split("\\R")) {
            String name = line.trim();
            if (name.isEmpty() || name.contains(":")) continue; // the Drools-Model-Version header
            try {
                models.add((Model) Class.forName(name, true, cl).getConstructor().newInstance());
            } catch (ReflectiveOperationException | ClassCastException | LinkageError e) {
                throw new IllegalStateException("precompiled rules are damaged: cannot load " + name, e);
            }
        }
        if (models.isEmpty()) return null;
        return KieBaseBuilder.createKieBaseFromModel(models, ks.newKieBaseConfiguration(null, cl),
                KnowledgeBuilderFactory.newKnowledgeBuilderConfiguration(null, cl));
    }

    private static void checkMeta(RuleMeta meta, String file, List<Fault> problems) {
        String where = "rule \"" + meta.name() + "\"";
        if (!CODE_FORMAT.matcher(meta.code()).matches()) {
            problems.add(new Fault(file, 0, where + " has code '" + meta.code() + "': expected AREA-NN, e.g. MCA-03"));
        }
        for (String key : List.of(RuleMeta.PRINCIPLE, RuleMeta.SEVERITY, RuleMeta.SINCE, RuleMeta.STATUS)) {
            if (!meta.values().containsKey(key)) {
                problems.add(new Fault(file, 0, where + " (" + meta.code() + ") has no @" + key + " metadata"));
            }
        }
        String p = meta.values().get(RuleMeta.PRINCIPLE);
        if (p != null && !enumHas(Principle.class, p)) {
            problems.add(new Fault(file, 0, where + " has @principle '" + p + "': allowed "
                    + java.util.Arrays.toString(Principle.values())));
        }
        String s = meta.values().get(RuleMeta.SEVERITY);
        if (s != null && !enumHas(Severity.class, s)) {
            problems.add(new Fault(file, 0, where + " has @severity '" + s + "': allowed "
                    + java.util.Arrays.toString(Severity.values())));
        }
        String st = meta.values().get(RuleMeta.STATUS);
        if (st != null && !Set.of("active", "draft", "retired").contains(st)) {
            problems.add(new Fault(file, 0, where + " has @status '" + st + "': allowed active, draft, retired"));
        }
        for (String key : List.of(RuleMeta.EFFECTIVE_FROM, RuleMeta.EFFECTIVE_TO)) {
            String v = meta.values().get(key);
            if (v != null) {
                try {
                    java.time.LocalDate.parse(v);
                } catch (java.time.format.DateTimeParseException e) {
                    problems.add(new Fault(file, 0, where + " has @" + key + " '" + v + "': expected a date like 2026-04-01"));
                }
            }
        }
    }

    private static <E extends Enum<E>> boolean enumHas(Class<E> type, String name) {
        for (E e : type.getEnumConstants()) if (e.name().equals(name)) return true;
        return false;
    }

    /**
     * Where each rule is: each DRL file's package declarations and the line of each rule name, read in one pass per
     * file instead of scanning every file with new patterns for every rule. Answers as {@link #fileOf} does.
     */
    private static final class DrlIndex {
        // The same patterns as fileOf's, with the names captured instead of quoted in.
        private static final Pattern PACKAGE_DECL = Pattern.compile("(?m)^\\s*package\\s+(\\S+?)\\s*;?\\s*$");
        private static final Pattern RULE_DECL = Pattern.compile("(?m)^\\s*rule\\s+\"([^\"]*)\"");

        private final Map<String, String> drlFiles;
        /** package name to rule name to "file:line"; files in path order, the first file and line winning. */
        private final Map<String, Map<String, String>> where = new HashMap<>();

        DrlIndex(Map<String, String> drlFiles) {
            this.drlFiles = drlFiles;
            for (Map.Entry<String, String> f : drlFiles.entrySet()) {
                String text = f.getValue();
                List<String> packages = new ArrayList<>();
                for (Matcher pm = PACKAGE_DECL.matcher(text); pm.find(); ) packages.add(pm.group(1));
                Map<String, Integer> rules = new LinkedHashMap<>();
                int line = 1;
                int counted = 0;
                for (Matcher rm = RULE_DECL.matcher(text); rm.find(); ) {
                    for (; counted < rm.start(); counted++) if (text.charAt(counted) == '\n') line++;
                    rules.putIfAbsent(rm.group(1), line);
                }
                for (String pkg : packages) {
                    Map<String, String> byRule = where.computeIfAbsent(pkg, k -> new HashMap<>());
                    rules.forEach((rule, at) -> byRule.putIfAbsent(rule, f.getKey() + ":" + at));
                }
            }
        }

        String fileOf(String packageName, String ruleName) {
            String found = where.getOrDefault(packageName, Map.of()).get(ruleName);
            return found != null ? found : RuleBase.fileOf(packageName, ruleName, drlFiles); // e.g. a quote in the name
        }
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

    private static String version(LocalRules local, Set<String> switchedOff, Map<String, String> policy,
                                  boolean defaultPolicy) {
        String base = bundledVersion();
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

    /** The catalogue entries, sorted by code. */
    public List<RuleEntry> catalogue() {
        List<RuleEntry> out = new ArrayList<>();
        rulesByCode.forEach((code, meta) -> {
            Wording.Entry w = wording.get(code);
            out.add(new RuleEntry(code, Principle.valueOf(meta.values().get(RuleMeta.PRINCIPLE)),
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
