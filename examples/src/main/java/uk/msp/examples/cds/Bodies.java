package uk.msp.examples.cds;

import java.util.List;

/** The service's JSON bodies other than cards and feedback, as records; null members are left out. */
final class Bodies {
    private Bodies() {}

    /** The discovery document. */
    record Discovery(List<Service> services) {}

    /** One CDS service in the discovery document. */
    record Service(String hook, String id, String title, String description) {}

    /** An error: what is wrong, and each problem with its path (null where there is none). */
    record Error(String error, List<Problem> problems) {}

    /** The answer to feedback: how many items were stored. */
    record Accepted(int accepted) {}

    /** The answer to {@code GET /health}. */
    record Health(String status, String rules) {}
}
