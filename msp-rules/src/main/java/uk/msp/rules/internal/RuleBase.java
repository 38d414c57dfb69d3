package uk.msp.rules.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import org.drools.base.base.ClassObjectType;
import org.drools.core.impl.InternalRuleBase;
import org.drools.core.reteoo.ObjectTypeNode;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieContainer;
import org.kie.api.runtime.KieSessionsPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import uk.msp.model.advice.Principle;
import uk.msp.model.advice.Severity;

/**
 * The compiled rules, their metadata and wording, and a pool of sessions. Built once; shared by all threads.
 *
 * <p>{@link #build} puts it together from small parts: {@link PrecompiledRules} loads, {@link RuleCompiler} compiles
 * (with {@link CompileErrors} locating its errors), {@link MetadataCheck} checks every rule's metadata and wording
 * into a {@link RuleIndex}, {@link VersionDigest} names the version and {@link Catalogue} lists the rules.
 */
public final class RuleBase {
    private static final Logger LOG = LoggerFactory.getLogger(RuleBase.class);

    final KieBase kieBase;
    final KieContainer container;   // null when the precompiled model was loaded directly
    final KieSessionsPool pool;
    /** The classes some rule's pattern matches (the rule network's object types), read once from the network. */
    private final List<Class<?>> matchedTypes;
    /** Per class of case part: whether any rule can match it, worked out on first sight. */
    private final Map<Class<?>, Boolean> matched = new ConcurrentHashMap<>();
    final RuleIndex index;
    final Map<String, RuleMeta> rulesByName;   // package + "/" + name
    final Map<String, RuleMeta> rulesByCode;
    /** Each rule by its Drools object, for the per-firing look-ups (agenda filter, labels): no key strings built. */
    final Map<Rule, Gate> gates;
    /** Each code's finding text and classification, ready to fill: worked out once here, not per finding. */
    final Map<String, CodeText> texts;
    /** The switched-off codes, sorted, as every advice lists them. */
    final List<String> switchedOffSorted;
    final Wording wording;
    final Set<String> switchedOff;
    final String version;
    final boolean runtimeCompiled;

    private RuleBase(KieBase kieBase, KieContainer container, RuleIndex index, Wording wording,
                     Set<String> switchedOff, String version, boolean runtimeCompiled) {
        this.kieBase = kieBase;
        this.container = container;
        // One session per core at most in use at once; a pooled session is reset and reused, not rebuilt.
        this.pool = kieBase.newKieSessionsPool(Math.max(2, Runtime.getRuntime().availableProcessors()));
        this.index = index;
        this.rulesByName = index.byName();
        this.rulesByCode = index.byCode();
        this.wording = wording;
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
        List<Class<?>> types = new ArrayList<>();
        for (ObjectTypeNode node : ((InternalRuleBase) kieBase).getRete().getObjectTypeNodes()) {
            if (node.getObjectType() instanceof ClassObjectType t) types.add(t.getClassType());
        }
        this.matchedTypes = List.copyOf(types);
        Map<String, CodeText> texts = new HashMap<>();
        rulesByCode.forEach((code, meta) -> texts.put(code, new CodeText(meta, wording.get(code),
                index.localCodes().contains(code))));
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
        final Wording.Template detail;   // ends with the principle's "I" statement unless CODE.iStatement=false
        final List<uk.msp.model.advice.Citation> citations;
        final List<String> actions;
        final List<String> overrides;
        final boolean checklist;

        CodeText(RuleMeta meta, Wording.Entry w, boolean local) {
            this.severity = Severity.valueOf(meta.values().get(RuleMeta.SEVERITY));
            this.principle = Principle.valueOf(meta.values().get(RuleMeta.PRINCIPLE));
            this.ruleSet = local ? "local" : meta.ruleSet();
            this.summary = Wording.Template.of(w.summary());
            this.detail = w.iStatement()
                    ? Wording.Template.of(w.detail()).append("\n\n> *\u201c" + principle.iStatement() + "\u201d* ("
                            + principle.label() + ")")
                    : Wording.Template.of(w.detail());
            this.citations = w.citations();
            this.actions = w.actions();
            this.overrides = w.overrides();
            this.checklist = meta.checklist();
        }
    }

    /**
     * Whether some rule matches facts of this class. A part of the case that no pattern of any rule (bundled or local)
     * matches is not inserted: it would cost an insert and a reset for nothing. Rules still reach it through
     * {@code SafeguardingCase}, and evidence still names its path.
     */
    boolean matches(Class<?> type) {
        Boolean m = matched.get(type);
        if (m == null) {
            m = matchedTypes.stream().anyMatch(t -> t.isAssignableFrom(type));
            matched.put(type, m);
        }
        return m;
    }

    /** The gate of a firing rule: by identity, else by package and name (a rule object this kbase did not list). */
    Gate gate(Rule rule) {
        Gate g = gates.get(rule);
        if (g == null) g = new Gate(rulesByName.get(rule.getPackageName() + "/" + rule.getName()), rule.getName(), switchedOff);
        return g;
    }

    /** The version of the bundled rules, from the build. */
    public static String bundledVersion() {
        return VersionDigest.bundled();
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

        if (!local.sentences().isEmpty()) throw new RulesRejected(local.sentences());
        List<Fault> namingInternal = local.namingInternal();
        if (!namingInternal.isEmpty()) throw new RulesRejected(namingInternal);

        KieServices ks = KieServices.Factory.get();
        ClassLoader cl = RuleBase.class.getClassLoader();
        Map<String, String> bundledDrl = Resources.bundled(".drl");   // read once per build
        KieContainer container = null;
        KieBase kieBase = null;
        boolean runtime = forceRuntimeCompile || !local.drl().isEmpty();
        if (!runtime) {
            kieBase = PrecompiledRules.load(ks, cl);
            if (kieBase == null) container = ks.newKieClasspathContainer(cl); // no model index: let Drools find it
        } else if (!forceRuntimeCompile && !RuleCompiler.sharesBundledPackage(local, bundledDrl)) {
            // Only the local DRL is compiled; the bundled rules come precompiled, in the same KieBase.
            // Compiled once per version of the local DRL and kept on disk (LocalModelCache), unless the cache is off.
            java.nio.file.Path cache = LocalModelCache.folder();
            String key = cache == null ? null : LocalModelCache.key(local);
            RuleCompiler.LocalModel model = cache == null ? null : LocalModelCache.read(cache, key);
            boolean cached = model != null;
            if (model == null) model = RuleCompiler.compileLocal(ks, cl, local, problems);
            ClassLoader localLoader = new RuleCompiler.BytesClassLoader(model.classes(), cl);
            try {
                kieBase = PrecompiledRules.withLocal(ks, cl, model.load(localLoader), localLoader);
            } catch (RuntimeException | LinkageError e) {
                if (!cached) throw e;
                LOG.warn("compiled local rules from the cache not loadable ({}); compiling them again", e.toString());
                model = RuleCompiler.compileLocal(ks, cl, local, problems);
                localLoader = new RuleCompiler.BytesClassLoader(model.classes(), cl);
                kieBase = PrecompiledRules.withLocal(ks, cl, model.load(localLoader), localLoader);
                cached = false;
            }
            if (!cached && cache != null && kieBase != null) LocalModelCache.write(cache, key, model);
        }
        if (kieBase == null && runtime) {
            container = RuleCompiler.compile(ks, cl, bundledDrl, local, problems);
        }
        if (kieBase == null) kieBase = container.newKieBase(PrecompiledRules.configuration(ks, cl));

        Map<String, String> drlFiles = new TreeMap<>(bundledDrl);
        local.drl().forEach((k, v) -> drlFiles.put("local/" + k, v));
        RuleIndex index = MetadataCheck.index(kieBase, new DrlIndex(drlFiles), local.packages(), wording, switchedOff,
                problems);
        if (!problems.isEmpty()) throw new RulesRejected(problems);

        if (LoggerFactory.getLogger("org.drools.core.reteoo.EntryPointNode").isTraceEnabled()) {
            LOG.warn("TRACE logging is on for org.drools: Drools then logs every fact it is given, case data and all;"
                    + " set org.drools and org.kie to INFO or above wherever real cases are evaluated");
        }
        String version = VersionDigest.of(local, switchedOff, policy, defaultPolicy);
        LOG.info("rule base built: {} rules, {} codes, version {}, {} in {} ms", index.byName().size(),
                index.byCode().size(), version, runtime ? "compiled at runtime" : "precompiled",
                (System.nanoTime() - start) / 1_000_000);
        return new RuleBase(kieBase, container, index, wording, Set.copyOf(switchedOff), version, runtime);
    }

    /** The catalogue entries, sorted by code. */
    public List<RuleEntry> catalogue() {
        return Catalogue.of(index, wording, switchedOff);
    }

    public String version() { return version; }

    public Set<String> switchedOff() { return switchedOff; }

    public boolean runtimeCompiled() { return runtimeCompiled; }

    /** Releases the session pool. */
    public void close() {
        pool.shutdown();
    }
}
