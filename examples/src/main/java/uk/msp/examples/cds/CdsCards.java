package uk.msp.examples.cds;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import uk.msp.model.advice.Advice;
import uk.msp.model.advice.Evidence;
import uk.msp.model.advice.Finding;
import uk.msp.rules.CaseJson;

/**
 * CDS Hooks 2.0 cards for an advice: one card per alert, and the checklist items as one card so real warnings stand
 * out. No null or empty values. Card uuids are derived from case, date, version and code, so the same advice gives
 * the same cards.
 */
public final class CdsCards {
    /** The reverse-domain extension key under which our evidence travels. */
    public static final String EXTENSION = "uk.msp.evidence";
    /**
     * The shared JSON settings, but keeping empty lists: {@code {"cards": []}} is how CDS Hooks says "no advice".
     * Cards are built with no null or empty values.
     */
    static final ObjectMapper JSON = CaseJson.mapper()
            .setDefaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL));

    private CdsCards() {}

    /** The cards, as a list of JSON-ready maps. */
    public static List<Map<String, Object>> cards(Advice advice) {
        List<Map<String, Object>> cards = new ArrayList<>();
        for (Finding f : advice.alerts()) cards.add(card(advice, f));
        List<Finding> checklist = advice.checklist();
        if (!checklist.isEmpty()) {
            Map<String, Object> card = new LinkedHashMap<>();
            card.put("uuid", uuid(advice, "CHECKLIST"));
            card.put("summary", "MSP checklist: " + checklist.size() + (checklist.size() == 1 ? " step" : " steps")
                    + " of the conversation with the adult not yet recorded");
            StringBuilder detail = new StringBuilder();
            for (Finding f : checklist) detail.append("- **").append(f.code()).append("** ").append(f.summary()).append('\n');
            card.put("detail", detail.toString().trim());
            card.put("indicator", "info");
            card.put("source", source(advice, String.join(",", checklist.stream().map(Finding::code).toList())));
            Map<String, Object> ext = new LinkedHashMap<>();
            ext.put("codes", checklist.stream().map(Finding::code).toList());
            card.put("extension", Map.of(EXTENSION, ext));
            cards.add(card);
        }
        return cards;
    }

    /** The CDS Hooks response body {@code {"cards": [...]}} as JSON. */
    public static String json(Advice advice) {
        try {
            return JSON.writeValueAsString(Map.of("cards", cards(advice)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Object> card(Advice advice, Finding f) {
        Map<String, Object> card = new LinkedHashMap<>();
        card.put("uuid", uuid(advice, f.code()));
        card.put("summary", f.summary());
        card.put("detail", f.detail() + "\n\n**Basis:** " + String.join("; ", f.citations().stream().map(Object::toString).toList()));
        card.put("indicator", f.severity().cdsIndicator());
        card.put("source", source(advice, f.code()));
        if (!f.overrideReasons().isEmpty()) {
            List<Map<String, Object>> reasons = new ArrayList<>();
            int i = 1;
            for (String r : f.overrideReasons()) {
                reasons.add(coding("https://msp.uk/override-reasons", f.code() + "-override-" + i++, r));
            }
            card.put("overrideReasons", reasons);
        }
        Map<String, Object> ext = new LinkedHashMap<>();
        ext.put("code", f.code());
        ext.put("principle", f.principle().name());
        ext.put("ruleSet", f.ruleSet());
        List<Map<String, Object>> evidence = new ArrayList<>();
        for (Evidence e : f.evidence()) evidence.add(ordered("path", e.path(), "value", e.value()));
        if (!evidence.isEmpty()) ext.put("evidence", evidence);
        card.put("extension", Map.of(EXTENSION, ext));
        return card;
    }

    private static Map<String, Object> source(Advice advice, String code) {
        Map<String, Object> source = new LinkedHashMap<>();
        source.put("label", "msp safeguarding rules " + advice.ruleSetVersion());
        source.put("topic", coding("https://msp.uk/rule-codes", code, code + " (rules " + advice.ruleSetVersion() + ")"));
        return source;
    }

    /** A CDS Hooks Coding, its members in a fixed order so that the same advice gives the same bytes. */
    private static Map<String, Object> coding(String system, String code, String display) {
        return ordered("system", system, "code", code, "display", display);
    }

    private static Map<String, Object> ordered(String... keysAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) m.put(keysAndValues[i], keysAndValues[i + 1]);
        return m;
    }

    private static String uuid(Advice advice, String code) {
        String key = advice.caseId() + "|" + advice.asOf() + "|" + advice.ruleSetVersion() + "|" + code;
        return UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8)).toString();
    }
}
