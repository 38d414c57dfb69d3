package uk.msp.rules.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import uk.msp.model.advice.Principle;
import uk.msp.model.advice.Severity;

/** The catalogue: every rule that raises findings, with its classification, status and wording. */
final class Catalogue {
    private Catalogue() {}

    /** The entries, sorted by code. */
    static List<RuleEntry> of(RuleIndex index, Wording wording, Set<String> switchedOff) {
        List<RuleEntry> out = new ArrayList<>();
        index.byCode().forEach((code, meta) -> {
            Wording.Entry w = wording.get(code);
            boolean local = index.localCodes().contains(code);
            out.add(new RuleEntry(code, Principle.valueOf(meta.values().get(RuleMeta.PRINCIPLE)),
                    Severity.valueOf(meta.values().get(RuleMeta.SEVERITY)), local ? "local" : meta.ruleSet(),
                    meta.status(), meta.values().get(RuleMeta.SINCE), meta.effectiveFrom(), meta.effectiveTo(),
                    meta.checklist(), local, switchedOff.contains(code), w.summary(),
                    w.citations(), index.fileOfCode().get(code)));
        });
        return List.copyOf(out);
    }
}
