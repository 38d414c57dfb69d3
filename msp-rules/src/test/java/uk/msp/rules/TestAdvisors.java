package uk.msp.rules;

/** One shared advisor with the bundled rules for the tests of this module (building one takes about a second). */
final class TestAdvisors {
    private static MspAdvisor bundled;

    private TestAdvisors() {}

    static synchronized MspAdvisor bundled() {
        if (bundled == null) bundled = MspAdvisor.builder().build();
        return bundled;
    }
}
