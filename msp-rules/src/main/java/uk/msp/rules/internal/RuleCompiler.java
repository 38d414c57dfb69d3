package uk.msp.rules.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.model.Model;
import org.drools.model.codegen.ExecutableModelProject;
import org.kie.api.runtime.KieContainer;

/** Compiles bundled and local DRL together at runtime, with the executable model (DROOLS.md section 2). */
final class RuleCompiler {
    private RuleCompiler() {}

    /**
     * The compiled rules.
     *
     * @param bundledDrl the bundled DRL, by path from the classpath root
     * @param problems problems found so far; compile errors are added
     * @throws RulesRejected with every problem, compile errors included, when any file does not compile
     */
    static KieContainer compile(KieServices ks, ClassLoader cl, Map<String, String> bundledDrl, LocalRules local,
                                List<Fault> problems) {
        ReleaseId rid = ks.newReleaseId("uk.msp.local", "rules-" + UUID.randomUUID(), "1.0.0");
        build(ks, cl, rid, bundledDrl, local, problems);
        return ks.newKieContainer(rid, cl);
    }

    /**
     * Compiles the local DRL alone to executable-model classes, without the bundled DRL: the bundled rules come
     * precompiled, and {@link PrecompiledRules#withLocal} builds one rule base from both, so local rules still match
     * the facts bundled rules derive. Errors are reported exactly as by {@link #compile}, which compiles every local
     * file with the same resource name and text.
     *
     * @return the generated classes' bytes by class name, and the names of its model classes
     * @throws RulesRejected with every problem, compile errors included, when any file does not compile
     */
    static LocalModel compileLocal(KieServices ks, ClassLoader cl, LocalRules local, List<Fault> problems) {
        ReleaseId rid = ks.newReleaseId("uk.msp.local", "local-" + UUID.randomUUID(), "1.0.0");
        KieBuilder kb = build(ks, cl, rid, Map.of(), local, problems);
        InternalKieModule module = (InternalKieModule) kb.getKieModule();
        Map<String, byte[]> classes = new HashMap<>();
        List<String> models = new ArrayList<>();
        for (String file : module.getFileNames()) {
            if (file.endsWith(".class")) {
                classes.put(file.substring(0, file.length() - ".class".length()).replace('/', '.'), module.getBytes(file));
            } else if (file.endsWith("/drools-model")) {
                models.addAll(PrecompiledRules.modelNames(new String(module.getBytes(file), java.nio.charset.StandardCharsets.UTF_8)));
            }
        }
        if (models.isEmpty()) throw new IllegalStateException("the local rules compiled to no executable model");
        return new LocalModel(classes, models);
    }

    /**
     * Builds the bundled DRL given (none for the local rules alone) with the local files into an executable model.
     * Compile errors are named as everywhere else: a local file by "local/" and its path in the folder, a bundled one
     * by its path.
     *
     * @throws RulesRejected with every problem, compile errors included, when any file does not compile
     */
    private static KieBuilder build(KieServices ks, ClassLoader cl, ReleaseId rid, Map<String, String> bundledDrl,
                                    LocalRules local, List<Fault> problems) {
        KieFileSystem kfs = ks.newKieFileSystem();
        kfs.generateAndWritePomXML(rid);
        bundledDrl.forEach((path, text) -> kfs.write("src/main/resources/" + path, text));
        Map<String, String> localNames = new TreeMap<>();
        local.drl().forEach((path, text) -> {
            String resource = resourceName(path, text);
            localNames.put(resource, path);
            kfs.write("src/main/resources/" + resource, text);
        });
        KieBuilder kb = ks.newKieBuilder(kfs, cl).buildAll(ExecutableModelProject.class);
        for (Message m : kb.getResults().getMessages(Message.Level.ERROR)) {
            String resource = CompileErrors.resourcePath(m);
            String path = localNames.get(resource);
            String name = path != null ? "local/" + path : resource;
            String source = path != null ? local.drl().get(path) : bundledDrl.get(resource);
            Fault fault = CompileErrors.of(m, name, source);
            if (!CompileErrors.isEmpty(fault)) problems.add(fault);
        }
        if (kb.getResults().hasMessages(Message.Level.ERROR)) throw new RulesRejected(problems);
        return kb;
    }

    /** Where a local file goes in the build: the folder matching its package (Drools warns otherwise), its own name kept. */
    static String resourceName(String path, String text) {
        String pkg = LocalRules.packageOf(text);
        String folder = pkg != null ? pkg.replace('.', '/') + "/" : "local/";
        // A .dslr file comes expanded (LocalRules): it is DRL now, and is written as DRL.
        return folder + "local-" + Integer.toHexString(path.hashCode()) + "-" + path.substring(path.lastIndexOf('/') + 1)
                + (path.endsWith(".dslr") ? ".drl" : "");
    }

    /** Whether a local file declares one of the bundled packages: then only compiling everything together is faithful. */
    static boolean sharesBundledPackage(LocalRules local, Map<String, String> bundledDrl) {
        Set<String> bundled = new java.util.HashSet<>();
        bundledDrl.values().forEach(text -> bundled.add(LocalRules.packageOf(text)));
        return local.drl().values().stream().anyMatch(text -> bundled.contains(LocalRules.packageOf(text)));
    }

    /** Local rules compiled to executable-model classes: their bytes by class name, and the model classes' names. */
    record LocalModel(Map<String, byte[]> classes, List<String> modelClasses) {
        /** The model instances, their classes defined by {@code loader} (a {@link BytesClassLoader} over them). */
        List<Model> load(ClassLoader loader) {
            List<Model> out = new ArrayList<>();
            for (String name : modelClasses) {
                try {
                    out.add((Model) Class.forName(name, true, loader).getConstructor().newInstance());
                } catch (ReflectiveOperationException | ClassCastException | LinkageError e) {
                    throw new IllegalStateException("compiled local rules cannot be loaded: " + name, e);
                }
            }
            return out;
        }
    }

    /** Defines classes from bytes held in memory, asking its parent first. */
    static final class BytesClassLoader extends ClassLoader {
        private final Map<String, byte[]> classes;

        BytesClassLoader(Map<String, byte[]> classes, ClassLoader parent) {
            super(parent);
            this.classes = classes;
        }

        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            byte[] b = classes.get(name);
            if (b == null) throw new ClassNotFoundException(name);
            return defineClass(name, b, 0, b.length);
        }
    }
}
