package uk.msp.rules.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.kie.api.KieBaseConfiguration;
import org.kie.api.KieServices;
import org.kie.api.conf.KieBaseMutabilityOption;
import org.kie.internal.builder.KnowledgeBuilderFactory;

/** Loads the bundled rules the build precompiled into executable-model classes. */
final class PrecompiledRules {
    /** Where kie-maven-plugin lists the executable-model classes it generated for this module. */
    static final String MODEL_INDEX = "META-INF/kie/uk.msp/msp-rules/drools-model";

    private PrecompiledRules() {}

    /**
     * The precompiled rules as a KieBase, built straight from the executable-model classes the build generated
     * (listed in {@link #MODEL_INDEX}); null when there is no index. This is what a classpath KieContainer does for
     * this module, without its start-up work: scanning the classpath for kmodule.xml files, parsing them with
     * XStream, and reading every entry of the jar that holds the rules (all of an uber-jar) into memory.
     */
    static KieBase load(KieServices ks, ClassLoader cl) {
        return withLocal(ks, cl, List.of(), cl);
    }

    /** The names of the model classes an index lists (one a line, the version header skipped). */
    static List<String> modelNames(String index) {
        List<String> out = new ArrayList<>();
        for (String line : index.split("\\R")) {
            String name = line.trim();
            if (!name.isEmpty() && !name.contains(":")) out.add(name);
        }
        return out;
    }

    /**
     * The precompiled rules and {@code local} models (compiled at runtime from local DRL alone) as one KieBase,
     * so local rules match the facts bundled rules derive; null when there is no index.
     *
     * @param localLoader the class loader that defined the local models' classes (a child of {@code cl})
     */
    static KieBase withLocal(KieServices ks, ClassLoader cl, List<Model> local, ClassLoader localLoader) {
        String index;
        try (InputStream in = cl.getResourceAsStream(MODEL_INDEX)) {
            if (in == null) return null;
            index = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return null;
        }
        List<Model> models = new ArrayList<>();
        for (String name : modelNames(index)) {
            try {
                models.add((Model) Class.forName(name, true, cl).getConstructor().newInstance());
            } catch (ReflectiveOperationException | ClassCastException | LinkageError e) {
                throw new IllegalStateException("precompiled rules are damaged: cannot load " + name, e);
            }
        }
        if (models.isEmpty()) return null;
        models.addAll(local);
        return KieBaseBuilder.createKieBaseFromModel(models, configuration(ks, localLoader),
                KnowledgeBuilderFactory.newKnowledgeBuilderConfiguration(null, localLoader));
    }

    /**
     * How every msp rule base is configured: immutable, since no rule is added or removed once it is built. Drools
     * then keeps a session's facts in a plain identity store instead of one store per fact class (rebuilt after every
     * reset), and keeps no fact that no pattern matches: findings are collected as they are inserted.
     */
    static KieBaseConfiguration configuration(KieServices ks, ClassLoader loader) {
        KieBaseConfiguration conf = ks.newKieBaseConfiguration(null, loader);
        conf.setOption(KieBaseMutabilityOption.DISABLED);
        return conf;
    }
}
