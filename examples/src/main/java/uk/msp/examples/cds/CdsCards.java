package uk.msp.examples.cds;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import uk.msp.model.advice.Advice;
import uk.msp.model.advice.Evidence;
import uk.msp.model.advice.Finding;
import uk.msp.rules.CaseJson;

/**
 * CDS Hooks 2.0 cards for an advice: one card per alert, and the checklist items as one card so real warnings stand
 * out. No null or empty values. Card uuids are derived from case, date, version and code with the service's secret
 * ({@link CardIds}), so the same advice gives the same cards.
 */
public final class CdsCards {
    /** The reverse-domain extension key under which our evidence travels. */
    public static final String EXTENSION = "uk.msp.evidence";
    /** The code of the card that gathers the checklist items. */
    static final String CHECKLIST = "CHECKLIST";
    /** The system of override-reason codes, {@code CODE-override-N}, N counting from 1 in the finding's order. */
    static final String OVERRIDE_SYSTEM = "https://msp.uk/override-reasons";
    /**
     * The shared JSON settings, but keeping empty lists: {@code {"cards": []}} is how CDS Hooks says "no advice".
     * Cards are built with no null or empty values.
     */
    static final ObjectMapper JSON = CaseJson.mapper()
            .setDefaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL));

    private CdsCards() {}

    /** The CDS Hooks response body; an empty list is kept, as how CDS Hooks says "no advice". */
    record Response(@JsonInclude(JsonInclude.Include.ALWAYS) List<Card> cards) {}

    /** A CDS Hooks card; {@code overrideReasons} is null where the finding has none. */
    record Card(String uuid, String summary, String detail, String indicator, Source source, List<Coding> overrideReasons,
                Extension extension) {}

    /** Where a card comes from: the rule set, and the rule code as a Coding. */
    record Source(String label, Coding topic) {}

    /** A CDS Hooks Coding, its members in a fixed order so that the same advice gives the same bytes. */
    record Coding(String system, String code, String display) {}

    /** Our extension under its reverse-domain key: a finding's code and evidence, or the checklist's codes. */
    record Extension(@JsonProperty(EXTENSION) Object value) {}

    record FindingExtension(String code, String principle, String ruleSet, List<EvidenceItem> evidence) {}

    record ChecklistExtension(List<String> codes) {}

    record EvidenceItem(String path, String value) {}

    /** The cards, their uuids made and remembered by {@code ids}. */
    static List<Card> cards(Advice advice, CardIds ids) {
        List<Card> cards = new ArrayList<>();
        for (Finding f : advice.alerts()) cards.add(card(advice, f, ids));
        List<Finding> checklist = advice.checklist();
        if (!checklist.isEmpty()) {
            List<String> codes = checklist.stream().map(Finding::code).toList();
            StringBuilder detail = new StringBuilder();
            for (Finding f : checklist) detail.append("- **").append(f.code()).append("** ").append(f.summary()).append('\n');
            cards.add(new Card(uuid(advice, CHECKLIST, ids),
                    "MSP checklist: " + checklist.size() + (checklist.size() == 1 ? " step" : " steps")
                            + " of the conversation with the adult not yet recorded",
                    detail.toString().trim(), "info", source(advice, String.join(",", codes)), null,
                    new Extension(new ChecklistExtension(codes))));
        }
        return cards;
    }

    /**
     * The CDS Hooks response body {@code {"cards": [...]}} as JSON, for a one-off evaluation ({@code msp evaluate
     * --format cds-hooks}): uuids are made with a new secret each run.
     */
    public static String json(Advice advice) {
        return json(advice, CardIds.random());
    }

    static String json(Advice advice, CardIds ids) {
        try {
            return JSON.writeValueAsString(new Response(cards(advice, ids)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Card card(Advice advice, Finding f, CardIds ids) {
        List<Coding> reasons = null;
        if (!f.overrideReasons().isEmpty()) {
            reasons = new ArrayList<>();
            int i = 1;
            for (String r : f.overrideReasons()) reasons.add(new Coding(OVERRIDE_SYSTEM, f.code() + "-override-" + i++, r));
        }
        List<EvidenceItem> evidence = new ArrayList<>();
        for (Evidence e : f.evidence()) evidence.add(new EvidenceItem(e.path(), e.value()));
        String detail = f.detail() + "\n\n**Basis:** " + String.join("; ", f.citations().stream().map(Object::toString).toList());
        return new Card(uuid(advice, f.code(), ids), f.summary(), detail, f.severity().cdsIndicator(), source(advice, f.code()),
                reasons, new Extension(new FindingExtension(f.code(), f.principle().name(), f.ruleSet(),
                        evidence.isEmpty() ? null : evidence)));
    }

    private static Source source(Advice advice, String code) {
        return new Source("msp safeguarding rules " + advice.ruleSetVersion(),
                new Coding("https://msp.uk/rule-codes", code, code + " (rules " + advice.ruleSetVersion() + ")"));
    }

    private static String uuid(Advice advice, String code, CardIds ids) {
        return ids.issue(advice.ruleSetVersion(), advice.caseId(), advice.asOf().toString(), code).toString();
    }
}
