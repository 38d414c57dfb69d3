package uk.msp.examples.cds;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The CDS Hooks 2.0 card rules, as a checker that lists every breach with its JSON path: required fields
 * ({@code summary}, {@code indicator}, {@code source.label}), the indicator values, a summary of at most 140
 * characters, a uuid in canonical form, Coding-shaped {@code source.topic} and {@code overrideReasons}, extensions
 * under reverse-domain keys, and no null or empty value anywhere.
 */
final class CardRules {
    static final Set<String> INDICATORS = Set.of("info", "warning", "critical");
    private static final Pattern UUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
    private static final Pattern REVERSE_DOMAIN = Pattern.compile("[a-z][a-z0-9-]*(\\.[a-z0-9-]+)+");

    private CardRules() {}

    /** Every breach in a CDS Hooks response body; empty when it follows the rules. */
    static List<String> breaches(JsonNode response) {
        List<String> out = new ArrayList<>();
        noNullsOrEmpties(response, "$", out);
        JsonNode cards = response.get("cards");
        if (cards == null || !cards.isArray()) {
            out.add("$.cards: required, a list");
            return out;
        }
        if (response.size() != 1 && !response.has("systemActions")) out.add("$: unexpected members beside cards");
        for (int i = 0; i < cards.size(); i++) card(cards.get(i), "$.cards[" + i + "]", out);
        return out;
    }

    private static void card(JsonNode card, String at, List<String> out) {
        String summary = text(card, "summary", at, out);
        if (summary != null && summary.length() > 140) out.add(at + ".summary: " + summary.length() + " characters, more than 140");
        String indicator = text(card, "indicator", at, out);
        if (indicator != null && !INDICATORS.contains(indicator)) out.add(at + ".indicator: '" + indicator + "' is not info, warning or critical");
        String uuid = text(card, "uuid", at, out);
        if (uuid != null && !UUID.matcher(uuid).matches()) out.add(at + ".uuid: '" + uuid + "' is not a canonical UUID");
        text(card, "detail", at, out);
        JsonNode source = card.get("source");
        if (source == null || !source.isObject()) {
            out.add(at + ".source: required, an object");
        } else {
            text(source, "label", at + ".source", out);
            JsonNode topic = source.get("topic");
            if (topic == null) out.add(at + ".source.topic: required here (the rule code and rule-set version)");
            else coding(topic, at + ".source.topic", out);
        }
        JsonNode reasons = card.get("overrideReasons");
        if (reasons != null) {
            if (!reasons.isArray()) out.add(at + ".overrideReasons: must be a list");
            else for (int j = 0; j < reasons.size(); j++) coding(reasons.get(j), at + ".overrideReasons[" + j + "]", out);
        }
        if (card.has("suggestions") && !card.has("selectionBehavior")) out.add(at + ": suggestions need a selectionBehavior");
        JsonNode extension = card.get("extension");
        if (extension != null) {
            for (Iterator<String> it = extension.fieldNames(); it.hasNext(); ) {
                String key = it.next();
                if (!REVERSE_DOMAIN.matcher(key).matches()) out.add(at + ".extension." + key + ": not a reverse-domain key");
            }
        }
        Set<String> known = Set.of("uuid", "summary", "detail", "indicator", "source", "suggestions", "selectionBehavior",
                "overrideReasons", "links", "extension");
        for (Iterator<String> it = card.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!known.contains(f)) out.add(at + "." + f + ": not a CDS Hooks card field");
        }
    }

    private static void coding(JsonNode coding, String at, List<String> out) {
        if (!coding.isObject()) {
            out.add(at + ": must be a Coding object");
            return;
        }
        text(coding, "code", at, out);
        text(coding, "system", at, out);
        text(coding, "display", at, out);
    }

    private static String text(JsonNode node, String field, String at, List<String> out) {
        JsonNode v = node.get(field);
        if (v == null) {
            out.add(at + "." + field + ": required");
            return null;
        }
        if (!v.isTextual()) {
            out.add(at + "." + field + ": must be a string");
            return null;
        }
        return v.asText();
    }

    private static void noNullsOrEmpties(JsonNode node, String at, List<String> out) {
        if (node.isNull()) out.add(at + ": null");
        else if (node.isTextual() && node.asText().isBlank()) out.add(at + ": empty string");
        else if (node.isObject()) {
            if (node.isEmpty()) out.add(at + ": empty object");
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                noNullsOrEmpties(e.getValue(), at + "." + e.getKey(), out);
            }
        } else if (node.isArray()) {
            // {"cards": []} is how CDS Hooks says "no advice"; every other list must have something in it.
            if (node.isEmpty() && !at.equals("$.cards")) out.add(at + ": empty list");
            for (int i = 0; i < node.size(); i++) noNullsOrEmpties(node.get(i), at + "[" + i + "]", out);
        }
    }
}
