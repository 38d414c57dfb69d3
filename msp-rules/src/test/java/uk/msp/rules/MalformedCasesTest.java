package uk.msp.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.BiFunction;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import uk.msp.model.SafeguardingCase;
import uk.msp.model.advice.Advice;
import uk.msp.rules.InvalidCaseException.Problem;

/**
 * Thousands of damaged case documents, made from the example cases ({@code examples/cases}, {@link ExampleCases})
 * by one kind of damage each: every one either reads as a case (which then gives
 * advice or an {@link InvalidCaseException}) or is refused with an {@link InvalidCaseException} whose every problem
 * says where it is (a path or a line), or is about the whole document. No other exception escapes.
 *
 * <p>Each kind of damage gets {@value #DEFAULT_PER_KIND} documents from a fixed seed; {@code -Dmsp.mutations=N}
 * gives each kind N.
 */
class MalformedCasesTest {
    static final int DEFAULT_PER_KIND = 400;
    static final LocalDate AS_OF = LocalDate.of(2026, 3, 2);
    static final List<byte[]> ORIGINALS = originals();
    static final ObjectMapper PLAIN = new ObjectMapper();
    /** Problems that concern the whole document, so have neither path nor line. */
    static final List<String> WHOLE_DOCUMENT = List.of("the document is empty", "the document is larger than");

    /** One kind of damage: from an original document and a random source, a damaged one. */
    enum Damage {
        DROP_FIELD((doc, r) -> tree(doc, r, (parent, key, node) -> remove(parent, key))),
        RENAME_FIELD((doc, r) -> tree(doc, r, (parent, key, node) -> {
            if (parent instanceof ObjectNode o && key instanceof String k) {
                o.remove(k);
                o.set(r.nextBoolean() ? k + "s" : k.toUpperCase(), node);
            }
        })),
        WRONG_TYPE((doc, r) -> tree(doc, r, (parent, key, node) -> replace(parent, key, pick(r, List.of(
                JsonNodeFactory.instance.textNode("70"), JsonNodeFactory.instance.numberNode(70),
                JsonNodeFactory.instance.numberNode(70.5), JsonNodeFactory.instance.booleanNode(true),
                JsonNodeFactory.instance.nullNode(), JsonNodeFactory.instance.objectNode(),
                JsonNodeFactory.instance.arrayNode(), JsonNodeFactory.instance.arrayNode().add("x"),
                JsonNodeFactory.instance.objectNode().put("id", "x")))))),
        BAD_ENUM_VALUE((doc, r) -> tree(doc, r, (parent, key, node) -> {
            if (node.isTextual()) replace(parent, key, new TextNode(pick(r, List.of("NOT_A_VALUE",
                    node.asText().toLowerCase(), " " + node.asText(), node.asText() + "\u0000", "", "null"))));
        })),
        IMPOSSIBLE_DATE((doc, r) -> tree(doc, r, (parent, key, node) -> {
            if (node.isTextual() || node.isNull()) replace(parent, key, new TextNode(pick(r, List.of("2026-02-30",
                    "2026-13-01", "2025-02-29", "0000-00-00", "2026-2-3", "26-02-03", "03/02/2026", "2026-02-03T10:00",
                    "+999999999-12-31", "-0001-01-01", "9999-12-31", "1800-01-01", "2026-02-03 ", "\u0662\u0660\u0662\u0666-01-01"))));
        })),
        VERY_LONG_STRING((doc, r) -> tree(doc, r, (parent, key, node) -> replace(parent, key, new TextNode(
                "x".repeat(pick(r, List.of(CaseJson.MAX_STRING_LENGTH, CaseJson.MAX_STRING_LENGTH + 1, 100_000))))))),
        DEEP_NESTING((doc, r) -> tree(doc, r, (parent, key, node) -> {
            JsonNode wrapped = node;
            int depth = 1 + r.nextInt(CaseJson.MAX_DEPTH + 10);
            for (int i = 0; i < depth; i++) {
                wrapped = r.nextBoolean() ? JsonNodeFactory.instance.arrayNode().add(wrapped)
                        : JsonNodeFactory.instance.objectNode().set("id", wrapped);
            }
            replace(parent, key, wrapped);
        })),
        HUGE_ARRAY((doc, r) -> tree(doc, r, (parent, key, node) -> {
            ArrayNode a = JsonNodeFactory.instance.arrayNode();
            JsonNode item = node.isArray() && node.size() > 0 ? node.get(0) : node;
            for (int i = 0, n = pick(r, List.of(1_000, 20_000)); i < n; i++) a.add(item.deepCopy());
            replace(parent, key, a);
        })),
        NULLS((doc, r) -> tree(doc, r, (parent, key, node) -> replace(parent, key, JsonNodeFactory.instance.nullNode()))),
        DUPLICATE_FIELD((doc, r) -> {
            String s = text(doc);
            int at = s.indexOf("\"id\"", r.nextInt(s.length()));
            if (at < 0) at = s.indexOf("\"id\"");
            return bytes(s.substring(0, at) + "\"stage\": \"CLOSED\", " + s.substring(at));
        }),
        INVALID_UTF8((doc, r) -> {
            byte[][] bad = {{(byte) 0xC3, 0x28}, {(byte) 0xFF}, {(byte) 0x80}, {(byte) 0xC0, (byte) 0xAF},
                    {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, {0}};
            return insert(doc, r.nextInt(doc.length + 1), bad[r.nextInt(bad.length)]);
        }),
        TRUNCATE((doc, r) -> java.util.Arrays.copyOf(doc, r.nextInt(doc.length))),
        FLIP_BYTES((doc, r) -> {
            byte[] out = doc.clone();
            for (int i = 0, n = 1 + r.nextInt(4); i < n; i++) out[r.nextInt(out.length)] = (byte) r.nextInt(256);
            return out;
        }),
        STRAY_TOKEN((doc, r) -> insert(doc, r.nextInt(doc.length + 1), bytes(pick(r, List.of(",", "}", "]", "{", "[",
                ":", "\"", "\\", "/*", "//", "'", "NaN", "1e999", "-", "\u00a0", "\ufeff"))))),
        ODD_NUMBER((doc, r) -> tree(doc, r, (parent, key, node) -> {
            String n = pick(r, List.of("99999999999999999999", "-1", "1e3", "70.0", "-0", "0x1F", "0700", "2147483648",
                    "1" + "0".repeat(40)));
            replace(parent, key, rawNumber(n));
        })),
        WHOLE_DOCUMENT((doc, r) -> bytes(pick(r, List.of("", " ", "\n\t", "null", "true", "70", "\"case\"", "[]", "{}",
                "[" + text(doc) + "]", text(doc) + text(doc), text(doc) + " trailing", "\ufeff" + text(doc),
                new String(doc, StandardCharsets.UTF_8).replace("{", "{\n// a comment\n"))))),
        UTF16((doc, r) -> text(doc).getBytes(r.nextBoolean() ? StandardCharsets.UTF_16 : StandardCharsets.UTF_16LE));

        final BiFunction<byte[], Random, byte[]> damage;

        Damage(BiFunction<byte[], Random, byte[]> damage) {
            this.damage = damage;
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Damage.class)
    void a_damaged_document_reads_as_a_case_or_is_refused_naming_where(Damage damage) {
        int count = Integer.getInteger("msp.mutations", DEFAULT_PER_KIND);
        Random random = new Random(damage.ordinal() * 7919L + 17);
        List<String> failures = new ArrayList<>();
        int read = 0;
        int refused = 0;
        int advised = 0;
        for (int i = 0; i < count && failures.size() < 5; i++) {
            byte[] original = ORIGINALS.get(random.nextInt(ORIGINALS.size()));
            byte[] damaged = damage.damage.apply(original, random);
            String label = damage + " #" + i + " (" + damaged.length + " bytes, starting "
                    + new String(damaged, 0, Math.min(80, damaged.length), StandardCharsets.UTF_8).replace('\n', ' ') + ")";
            SafeguardingCase c;
            try {
                c = CaseJson.read(damaged, "damaged.json");
                read++;
            } catch (InvalidCaseException e) {
                refused++;
                unplaced(e).forEach(p -> failures.add(label + ": problem says not where it is: " + p));
                continue;
            } catch (RuntimeException | Error e) {
                failures.add(label + ": reading threw " + e);
                continue;
            }
            try {
                Advice advice = TestAdvisors.bundled().evaluate(c, AS_OF);
                assertThat(advice.caseId()).isEqualTo(c.id());
                advised++;
            } catch (InvalidCaseException e) {
                e.problems().stream().filter(p -> p.path().isEmpty())
                        .forEach(p -> failures.add(label + ": a semantic problem without a path: " + p));
            } catch (RuntimeException | Error e) {
                failures.add(label + ": evaluating threw " + e);
            }
        }
        assertThat(failures).as("%s: %d read (%d advised), %d refused", damage, read, advised, refused).isEmpty();
        assertThat(read + refused).isPositive();
    }

    /** Problems that name neither a path nor a line and are not about the whole document. */
    static List<Problem> unplaced(InvalidCaseException e) {
        assertThat(e.problems()).isNotEmpty();
        return e.problems().stream()
                .filter(p -> p.path().isEmpty() && p.line() <= 0 && WHOLE_DOCUMENT.stream().noneMatch(p.message()::startsWith))
                .toList();
    }

    // ---- building damaged documents

    interface NodeDamage {
        void apply(JsonNode parent, Object key, JsonNode node);
    }

    /** Parses the document, damages one node chosen at random (never the root), and writes it back. */
    static byte[] tree(byte[] doc, Random r, NodeDamage damage) {
        try {
            JsonNode root = PLAIN.readTree(doc);
            List<Object[]> places = new ArrayList<>();
            collect(root, places);
            Object[] place = places.get(r.nextInt(places.size()));
            damage.apply((JsonNode) place[0], place[1], (JsonNode) place[2]);
            return PLAIN.writeValueAsBytes(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void collect(JsonNode parent, List<Object[]> places) {
        if (parent.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = parent.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                places.add(new Object[] {parent, e.getKey(), e.getValue()});
                collect(e.getValue(), places);
            }
        } else if (parent.isArray()) {
            for (int i = 0; i < parent.size(); i++) {
                places.add(new Object[] {parent, i, parent.get(i)});
                collect(parent.get(i), places);
            }
        }
    }

    static void replace(JsonNode parent, Object key, JsonNode value) {
        if (parent instanceof ObjectNode o) o.set((String) key, value);
        else ((ArrayNode) parent).set((Integer) key, value);
    }

    static void remove(JsonNode parent, Object key) {
        if (parent instanceof ObjectNode o) o.remove((String) key);
        else ((ArrayNode) parent).remove((int) (Integer) key);
    }

    /** A number node written exactly as given, even where Java's numbers cannot hold it. */
    static JsonNode rawNumber(String text) {
        return JsonNodeFactory.instance.rawValueNode(new com.fasterxml.jackson.databind.util.RawValue(text));
    }

    static <T> T pick(Random r, List<T> options) {
        return options.get(r.nextInt(options.size()));
    }

    static byte[] insert(byte[] doc, int at, byte[] bytes) {
        byte[] out = new byte[doc.length + bytes.length];
        System.arraycopy(doc, 0, out, 0, at);
        System.arraycopy(bytes, 0, out, at, bytes.length);
        System.arraycopy(doc, at, out, at + bytes.length, doc.length - at);
        return out;
    }

    static String text(byte[] doc) {
        return new String(doc, StandardCharsets.UTF_8);
    }

    static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static List<byte[]> originals() {
        try (Stream<Path> files = Files.list(ExampleCases.DIR)) {
            List<byte[]> out = new ArrayList<>();
            for (Path p : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) out.add(Files.readAllBytes(p));
            // examples/cases holds four cases: fewer means the folder moved and the damage would be done to nothing
            if (out.size() != 4) throw new IllegalStateException("expected the 4 example cases in " + ExampleCases.DIR.toAbsolutePath() + ", found " + out.size());
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
