package uk.msp.rules.internal;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.drools.model.codegen.ExecutableModelProject;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
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
        KieFileSystem kfs = ks.newKieFileSystem();
        ReleaseId rid = ks.newReleaseId("uk.msp.local", "rules-" + UUID.randomUUID(), "1.0.0");
        kfs.generateAndWritePomXML(rid);
        bundledDrl.forEach((path, text) -> kfs.write("src/main/resources/" + path, text));
        // A .dslr file comes expanded: written as DRL. Local files go in the folder matching their package (Drools warns otherwise); remember their own names.
        Map<String, String> localNames = new TreeMap<>();
        local.drl().forEach((path, text) -> {
            String pkg = LocalRules.packageOf(text);
            String folder = pkg != null ? pkg.replace('.', '/') + "/" : "local/";
            String resource = folder + "local-" + Integer.toHexString(path.hashCode()) + "-"
                    + path.substring(path.lastIndexOf('/') + 1) + (path.endsWith(".dslr") ? ".drl" : "");
            localNames.put(resource, path);
            kfs.write("src/main/resources/" + resource, text);
        });
        KieBuilder kb = ks.newKieBuilder(kfs, cl).buildAll(ExecutableModelProject.class);
        for (Message m : kb.getResults().getMessages(Message.Level.ERROR)) {
            String resource = CompileErrors.resourcePath(m);
            boolean isLocal = localNames.containsKey(resource);
            // Named as everywhere else: a local file by "local/" and its path in the folder, a bundled one by its path.
            String name = isLocal ? "local/" + localNames.get(resource) : resource;
            String source = isLocal ? local.drl().get(localNames.get(resource)) : bundledDrl.get(resource);
            Fault fault = CompileErrors.of(m, name, source);
            if (!CompileErrors.isEmpty(fault)) problems.add(fault);
        }
        if (kb.getResults().hasMessages(Message.Level.ERROR)) throw new RulesRejected(problems);
        return ks.newKieContainer(rid, cl);
    }
}
