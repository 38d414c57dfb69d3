package uk.msp.rules;

import uk.msp.rules.internal.RuleBase;

/** The bundled version, for tests. */
final class RuleSetVersion {
    static final String BUNDLED = RuleBase.bundledVersion();

    private RuleSetVersion() {}
}
