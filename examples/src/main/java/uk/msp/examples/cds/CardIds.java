package uk.msp.examples.cds;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Card uuids derived with a per-service secret: an HMAC-SHA256 over rule-set version, case id, evaluation date and
 * card code, cut to a version-8 UUID. The same advice gives the same uuids from the same service; no one without
 * the secret can make a uuid the service would take for its own.
 *
 * <p>Feedback names only the uuid, and 122 bits cannot carry a case id, so the service remembers the cards it
 * issued (case id and code, never content) in a bounded table, the oldest forgotten first; a uuid it does not find
 * there is refused. Cards issued before the service last started are not known.
 *
 * <p>Thread-safe.
 */
final class CardIds {
    /** Most issued cards remembered: about 100 bytes each. */
    static final int REMEMBERED = 100_000;

    /** What a uuid stands for: the case and the card's code (a rule code, or CHECKLIST). */
    record Issued(String caseId, String code) {}

    private final SecretKeySpec key;
    /** One keyed MAC per thread, made once: {@code doFinal} leaves it ready for the next card. */
    private final ThreadLocal<Mac> macs = ThreadLocal.withInitial(this::newMac);
    private final Map<UUID, Issued> issued = new LinkedHashMap<>(1024, 0.75f, false) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<UUID, Issued> eldest) {
            return size() > REMEMBERED;
        }
    };

    CardIds(byte[] secret) {
        Objects.requireNonNull(secret, "secret must not be null");
        if (secret.length < 32) throw new IllegalArgumentException("the card secret must be at least 32 bytes, not " + secret.length);
        this.key = new SecretKeySpec(secret.clone(), "HmacSHA256");
    }

    /** Card ids with a new random secret: uuids differ from one start of the service to the next. */
    static CardIds random() {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        return new CardIds(secret);
    }

    /** The uuid of a card, remembered as issued. */
    UUID issue(String ruleSetVersion, String caseId, String asOf, String code) {
        UUID uuid = derive(ruleSetVersion, caseId, asOf, code);
        synchronized (issued) {
            issued.put(uuid, new Issued(caseId, code));
        }
        return uuid;
    }

    /** The card a uuid names, or null if this service did not issue it (or has forgotten it). */
    Issued find(UUID uuid) {
        synchronized (issued) {
            return issued.get(uuid);
        }
    }

    private Mac newMac() {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac;
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    UUID derive(String ruleSetVersion, String caseId, String asOf, String code) {
        Mac mac = macs.get();
        // Lengths first, so that no two different inputs give the same bytes.
        for (String part : new String[] {ruleSetVersion, caseId, asOf, code}) {
            byte[] b = part.getBytes(StandardCharsets.UTF_8);
            mac.update(ByteBuffer.allocate(4).putInt(b.length).array());
            mac.update(b);
        }
        ByteBuffer h = ByteBuffer.wrap(mac.doFinal());
        long hi = h.getLong();
        long lo = h.getLong();
        hi = (hi & ~0xF000L) | 0x8000L;                         // version 8: custom
        lo = (lo & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;  // the IETF variant
        return new UUID(hi, lo);
    }
}
