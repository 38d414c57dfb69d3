package uk.msp.examples.cds;

import java.io.IOException;
import java.time.LocalDate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import uk.msp.model.SafeguardingCase;
import uk.msp.model.advice.Advice;
import uk.msp.rules.CaseJson;
import uk.msp.rules.MspAdvisor;

/**
 * For the benchmarks only: what the CDS Hooks service does with one request body, without HTTP: parse the request,
 * read the case, evaluate it, make the cards and write the response. The reference the service's throughput and
 * latency are compared with (in this package for the cards' package-private API).
 */
public final class InProcessCards {
    private static final ObjectMapper IN = new ObjectMapper();
    private static final ObjectMapper OUT = CdsCards.JSON.copy().disable(SerializationFeature.INDENT_OUTPUT);
    private final MspAdvisor advisor;
    private final CardIds ids = CardIds.random();

    public InProcessCards(MspAdvisor advisor) {
        this.advisor = advisor;
    }

    /** The response body the service would send for this request body. */
    public byte[] respond(byte[] requestBody, LocalDate asOf) throws IOException {
        JsonNode body = IN.readTree(requestBody);
        SafeguardingCase c = CaseJson.read(body.get("context").get("safeguardingCase"), "request", "context.safeguardingCase");
        Advice advice = advisor.evaluate(c, asOf);
        return OUT.writeValueAsBytes(new CdsCards.Response(CdsCards.cards(advice, ids)));
    }
}
