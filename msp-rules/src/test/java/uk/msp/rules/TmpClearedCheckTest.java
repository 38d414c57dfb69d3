package uk.msp.rules;

import java.nio.file.*;
import java.time.LocalDate;
import java.util.*;
import java.util.stream.*;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import org.junit.jupiter.api.Test;
import uk.msp.model.advice.*;

/** TEMPORARY, not committed: checks scenarios-cleared by hand-rolled merge; prints codes of vignettes too. */
class TmpClearedCheckTest {
    static void merge(ObjectNode into, JsonNode patch) {
        patch.fields().forEachRemaining(e -> {
            JsonNode old = into.get(e.getKey());
            if (old != null && old.isObject() && e.getValue().isObject()) merge((ObjectNode) old, e.getValue());
            else into.set(e.getKey(), e.getValue());
        });
    }
    static Set<String> codes(Advice a, boolean wcOnly) {
        return a.findings().stream().filter(f -> !wcOnly || f.severity() != Severity.PROMPT).map(Finding::code)
                .collect(Collectors.toCollection(TreeSet::new));
    }
    @Test
    void check() throws Exception {
        MspAdvisor adv = MspAdvisor.builder().build();
        YAMLMapper y = new YAMLMapper();
        List<String> out = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> s = Files.walk(Path.of("src/test/resources/scenarios-cleared"))) {
            files = s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        for (Path p : files) {
            JsonNode root = y.readTree(p.toFile());
            LocalDate asOf = LocalDate.parse(root.get("asOf").asText());
            Advice before = adv.evaluate(CaseJson.read(root.get("case"), p.toString(), "case"), asOf);
            ObjectNode merged = root.get("case").deepCopy();
            merge(merged, root.get("clearedBy"));
            Advice after = adv.evaluate(CaseJson.read(merged, p.toString(), "case"), asOf);
            Set<String> fires = new TreeSet<>();
            root.get("fires").forEach(n -> fires.add(n.asText()));
            Set<String> b = codes(before, false), a = codes(after, false);
            Set<String> bw = codes(before, true), aw = codes(after, true);
            List<String> probs = new ArrayList<>();
            if (!b.containsAll(fires)) probs.add("fires not all firing: " + b);
            for (String c : fires) if (aw.contains(c)) probs.add(c + " still fires after");
            Set<String> fresh = new TreeSet<>(aw); fresh.removeAll(bw);
            if (!fresh.isEmpty()) probs.add("new W/C: " + fresh);
            out.add((probs.isEmpty() ? "OK   " : "FAIL ") + p + " before=" + b + " after=" + a + " " + probs);
        }
        try (Stream<Path> s = Files.walk(Path.of("src/test/resources/scenarios/vignettes-seeds"))) {
            for (Path p : s.filter(q -> q.toString().endsWith(".yaml")).sorted().toList()) {
                JsonNode root = y.readTree(p.toFile());
                Advice a = adv.evaluate(CaseJson.read(root.get("case"), p.toString(), "case"), LocalDate.parse(root.get("asOf").asText()));
                out.add("VIG  " + p.getFileName() + " " + codes(a, false));
            }
        } catch (NoSuchFileException e) { }
        Files.write(Path.of("/tmp/seedscheck/out.txt"), out);
    }
}
