package uk.msp.rules;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import uk.msp.model.SafeguardingCase;
import uk.msp.model.advice.Advice;
import uk.msp.rules.InvalidCaseException.Problem;

/**
 * The JSON case format: the case model's field names, enums by constant name, dates as {@code yyyy-MM-dd}.
 * Strict: an unknown field, an unknown enum value, a malformed date or a wrong type is an
 * {@link InvalidCaseException} naming every problem with its JSON path and line. Thread-safe.
 *
 * @since 0.1.0
 */
public final class CaseJson {
    /** Largest case document accepted, in bytes. */
    public static final int MAX_DOCUMENT_BYTES = 4 * 1024 * 1024;
    /** Deepest nesting accepted. */
    public static final int MAX_DEPTH = 32;
    /** Longest string accepted, in characters. */
    public static final int MAX_STRING_LENGTH = 20_000;

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .addModule(strictScalars())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .disable(MapperFeature.AUTO_DETECT_IS_GETTERS)
            .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            // A field given twice is an error, not "the last one wins": two values for one field is a host's bug
            // that would otherwise decide silently which of them the rules see.
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            // Leave out what is not recorded (null) and empty lists, but keep empty text: "" is a value the host
            // gave (an action may name an outcome whose id is ""), and dropping it would change the case on reading.
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .withConfigOverride(List.class, o -> o.setInclude(JsonInclude.Value.construct(JsonInclude.Include.NON_EMPTY, null)))
            .build();

    /** Longest number accepted, in characters. */
    private static final int MAX_NUMBER_LENGTH = 20;

    private static final Pattern CONSTANT_SHAPE = Pattern.compile("[A-Z][A-Z0-9_]{0,39}");
    private static final Pattern FIELD_SHAPE = Pattern.compile("[A-Za-z][A-Za-z0-9]{0,39}");
    private static final Pattern DATE_SHAPE = Pattern.compile("[+-]?\\d{1,9}-\\d{1,2}-\\d{1,2}");

    private CaseJson() {}

    /**
     * Scalars only from their own JSON type: "70" is not a number and "yes" is not a boolean. A mismatch goes to the
     * problem collector, so every one is reported, not only the first.
     */
    private static SimpleModule strictScalars() {
        SimpleModule m = new SimpleModule("msp-strict-scalars");
        m.addDeserializer(Integer.class, new StdScalarDeserializer<Integer>(Integer.class) {
            @Override
            public Integer deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                if (p.currentToken() == JsonToken.VALUE_NUMBER_INT) return p.getIntValue();
                return (Integer) ctxt.handleUnexpectedToken(Integer.class, p);
            }
        });
        m.addDeserializer(Boolean.class, new StdScalarDeserializer<Boolean>(Boolean.class) {
            @Override
            public Boolean deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                if (p.currentToken() == JsonToken.VALUE_TRUE) return Boolean.TRUE;
                if (p.currentToken() == JsonToken.VALUE_FALSE) return Boolean.FALSE;
                return (Boolean) ctxt.handleUnexpectedToken(Boolean.class, p);
            }
        });
        m.addDeserializer(String.class, new StdScalarDeserializer<String>(String.class) {
            @Override
            public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                if (p.currentToken() == JsonToken.VALUE_STRING) return p.getText();
                return (String) ctxt.handleUnexpectedToken(String.class, p);
            }
        });
        return m;
    }

    /**
     * Reads a case from a JSON file.
     *
     * @param file the file; never null
     * @return the case; never null
     * @throws InvalidCaseException naming every problem, including an unreadable, empty or oversized file
     */
    public static SafeguardingCase read(Path file) {
        Objects.requireNonNull(file, "file must not be null");
        String source = file.toString();
        if (Files.isDirectory(file)) throw invalid(source, "is a directory, not a case file");
        if (!Files.exists(file)) throw invalid(source, "no such file");
        if (!Files.isRegularFile(file)) throw invalid(source, "is not a regular file (a device, pipe or socket): expected a case file");
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_DOCUMENT_BYTES) {
                throw invalid(source, "the file is larger than " + MAX_DOCUMENT_BYTES + " bytes");
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw invalid(source, "cannot be read (" + e.getClass().getSimpleName() + ")");
        }
        return read(bytes, source);
    }

    /**
     * Reads a case from JSON text.
     *
     * @param json the JSON; never null
     * @param source a name for the source in error messages, e.g. a file name; never null
     * @return the case; never null
     * @throws InvalidCaseException naming every problem
     */
    public static SafeguardingCase read(String json, String source) {
        Objects.requireNonNull(json, "json must not be null");
        return read(json.getBytes(StandardCharsets.UTF_8), source);
    }

    /**
     * Reads a case from UTF-8 JSON bytes.
     *
     * @throws InvalidCaseException naming every problem
     */
    public static SafeguardingCase read(byte[] json, String source) {
        Objects.requireNonNull(json, "json must not be null");
        Objects.requireNonNull(source, "source must not be null");
        if (json.length == 0 || new String(json, StandardCharsets.UTF_8).isBlank()) {
            throw invalid(source, "the document is empty: expected a JSON object with the case");
        }
        if (json.length > MAX_DOCUMENT_BYTES) {
            throw invalid(source, "the document is larger than " + MAX_DOCUMENT_BYTES + " bytes");
        }
        Collector collector = new Collector();
        SafeguardingCase c;
        // The limits are checked token by token (LimitedParser), the size above: no Jackson 2.15+ API, so that a
        // host on Jackson 2.13 can use the library.
        try (JsonParser parser = new LimitedParser(MAPPER.createParser(json), MAX_DEPTH, MAX_STRING_LENGTH, MAX_NUMBER_LENGTH)) {
            collector.root = parser;
            c = MAPPER.readerFor(SafeguardingCase.class).withHandler(collector).readValue(parser);
        } catch (IOException e) {
            collector.problems.add(fromException(e, collector.root));
            throw new InvalidCaseException(source, collector.problems);
        }
        if (c == null) collector.problems.add(new Problem("", 1, 1, "the document is null: expected a JSON object"));
        if (!collector.problems.isEmpty()) throw new InvalidCaseException(source, collector.problems);
        return c;
    }

    /**
     * Reads a case from an already-parsed JSON or YAML tree (used by scenarios, where the case is inline). Paths
     * are reported with {@code pathPrefix} in front; lines are not known.
     *
     * @throws InvalidCaseException naming every problem
     */
    public static SafeguardingCase read(JsonNode node, String source, String pathPrefix) {
        Objects.requireNonNull(node, "node must not be null");
        if (node.isMissingNode() || node.isNull()) throw invalid(source, pathPrefix + " is missing");
        if (!node.isObject()) throw invalid(source, pathPrefix + " must be an object");
        Collector collector = new Collector();
        SafeguardingCase c = null;
        try {
            c = MAPPER.readerFor(SafeguardingCase.class).withHandler(collector).readValue(MAPPER.treeAsTokens(node));
        } catch (IOException e) {
            collector.problems.add(fromException(e, null));
        }
        if (!collector.problems.isEmpty()) {
            List<Problem> prefixed = collector.problems.stream()
                    .map(p -> new Problem(p.path().isEmpty() ? pathPrefix : pathPrefix + "." + p.path(), 0, 0, p.message()))
                    .toList();
            throw new InvalidCaseException(source, prefixed);
        }
        return c;
    }

    /** Writes a case as JSON (fields not recorded are left out). */
    public static String write(SafeguardingCase c) {
        return writeValue(Objects.requireNonNull(c, "case must not be null"));
    }

    /** Writes an advice as JSON. */
    public static String write(Advice advice) {
        return writeValue(Objects.requireNonNull(advice, "advice must not be null"));
    }

    /** The shared mapper configuration, for other JSON this library writes (CDS Hooks cards, reports). */
    public static ObjectMapper mapper() {
        return MAPPER.copy();
    }

    private static String writeValue(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    private static InvalidCaseException invalid(String source, String message) {
        return new InvalidCaseException(source, List.of(new Problem("", 0, 0, message)));
    }

    /**
     * The problem an exception stands for. Where the exception carries no location (Jackson's stream constraints,
     * such as an over-long number, do not), the parser that was reading says where it stopped.
     */
    private static Problem fromException(IOException e, JsonParser parser) {
        String path = "";
        JsonLocation loc = null;
        if (e instanceof JsonMappingException jme) {
            path = jme.getPath().stream().map(r -> r.getFieldName() != null ? "." + r.getFieldName() : "[" + r.getIndex() + "]")
                    .collect(Collectors.joining());
            if (path.startsWith(".")) path = path.substring(1);
        }
        if (e instanceof JsonProcessingException jpe) loc = jpe.getLocation();
        if (parser != null && (loc == null || loc.getLineNr() <= 0)) {
            loc = parser.currentLocation();
            if (path.isEmpty()) path = path(parser);
        }
        String message = e instanceof JsonProcessingException jpe ? jpe.getOriginalMessage() : e.getClass().getSimpleName();
        if (message != null && message.startsWith("Duplicate field '")) {
            // The parser stands in the object that has the field twice; the field's name is added to the path when
            // it has the shape of a field name, never when it could be free text.
            String name = message.substring("Duplicate field '".length(), message.length() - 1);
            if (FIELD_SHAPE.matcher(name).matches()) path = path.isEmpty() ? name : path + "." + name;
            message = "is given more than once: a field may appear only once";
        }
        return new Problem(path, loc == null ? 0 : Math.max(loc.getLineNr(), 0), loc == null ? 0 : Math.max(loc.getColumnNr(), 0),
                redact(message));
    }

    /** Drops quoted values from Jackson's messages: they may be free text from the case. */
    static String redact(String message) {
        if (message == null) return "malformed JSON";
        // Unrolled and possessive, so that a long quoted value costs no regex recursion (a 20,000-character value
        // overflowed the stack with the form (?:[^"\\]|\\.)*).
        String m = message.replaceAll("\"[^\"\\\\]*+(?:\\\\.[^\"\\\\]*+)*+\"", "\"...\"");
        // Jackson quotes a bad token or a value it could not convert in single quotes, without escaping quotes inside.
        m = m.replaceAll("(?s)Unrecognized token '.*': was expecting", "Unrecognized token: was expecting");
        m = m.replaceAll("(?s)String value \\('.*'\\)", "String value (...)");
        m = m.replaceAll("\\(String\\)\\s*\"\\.\\.\\.\"", "(String)");
        int cut = m.indexOf(" at [Source");
        if (cut >= 0) m = m.substring(0, cut);
        return m.replace('\n', ' ').trim();
    }

    private static String path(JsonParser p) {
        JsonPointer ptr = p.getParsingContext().pathAsPointer();
        StringBuilder sb = new StringBuilder();
        // Stops at the empty pointer, not at matches(): before Jackson 2.14 the last segment has no tail, so
        // matches() is already true there and the last field would be lost.
        for (JsonPointer t = ptr; t != null && !t.toString().isEmpty(); t = t.tail()) {
            if (t.getMatchingIndex() >= 0 && t.getMatchingProperty().matches("\\d+")) {
                sb.append('[').append(t.getMatchingIndex()).append(']');
            } else {
                if (sb.length() > 0) sb.append('.');
                sb.append(t.getMatchingProperty());
            }
        }
        return sb.toString();
    }

    private static Problem at(JsonParser p, String path, String message) {
        JsonLocation loc = p.currentTokenLocation();
        if (loc == null || loc.getLineNr() <= 0) loc = null;
        return new Problem(path, loc == null ? 0 : loc.getLineNr(), loc == null ? 0 : loc.getColumnNr(), message);
    }

    /**
     * Whether a rejected value may be shown in the message: only when it has the shape of what was expected (a
     * constant such as {@code OPEN}, a date such as {@code 2026-02-30}), so that a typo is shown but free text put
     * in the wrong field never is.
     */
    private static boolean quotable(Class<?> type, String value) {
        if (type.isEnum()) return CONSTANT_SHAPE.matcher(value).matches();
        if (type == java.time.LocalDate.class) return DATE_SHAPE.matcher(value).matches();
        return false;
    }

    private static String typeName(Class<?> type) {
        if (type == java.time.LocalDate.class) return "a date (yyyy-MM-dd)";
        if (type == Boolean.class || type == boolean.class) return "true or false";
        if (type == Integer.class || type == int.class) return "a whole number";
        if (type == String.class) return "text";
        if (Collection.class.isAssignableFrom(type)) return "a list";
        if (type.isEnum()) return "one of " + Arrays.toString(type.getEnumConstants());
        return "an object";
    }

    /** Collects every problem in one pass instead of stopping at the first. */
    private static final class Collector extends DeserializationProblemHandler {
        final List<Problem> problems = new ArrayList<>();
        /** The parser reading the source text, for line numbers where Jackson hands us a buffered one. */
        JsonParser root;

        private JsonParser located(JsonParser p) {
            JsonLocation loc = p.currentTokenLocation();
            return (loc == null || loc.getLineNr() <= 0) && root != null ? root : p;
        }

        @Override
        public boolean handleUnknownProperty(DeserializationContext ctxt, JsonParser p, JsonDeserializer<?> deserializer,
                                             Object beanOrClass, String propertyName) throws IOException {
            Collection<Object> known = deserializer == null ? List.of() : deserializer.getKnownPropertyNames();
            problems.add(at(located(p), path(p), "unknown field '" + propertyName + "'"
                    + (known == null || known.isEmpty() ? "" : "; allowed fields: " + known.stream().map(String::valueOf).sorted().collect(Collectors.joining(", ")))));
            p.skipChildren();
            return true;
        }

        @Override
        public Object handleWeirdStringValue(DeserializationContext ctxt, Class<?> targetType, String valueToConvert,
                                             String failureMsg) {
            JsonParser p = ctxt.getParser();
            String shown = quotable(targetType, valueToConvert) ? "'" + valueToConvert + "'" : "value";
            String message = targetType == java.time.LocalDate.class
                    ? shown + " is not a valid date: expected yyyy-MM-dd, a real calendar date"
                    : shown + " is not allowed: expected " + typeName(targetType);
            problems.add(at(located(p), path(p), message));
            return null;
        }

        @Override
        public Object handleWeirdNumberValue(DeserializationContext ctxt, Class<?> targetType, Number valueToConvert,
                                             String failureMsg) {
            JsonParser p = ctxt.getParser();
            problems.add(at(located(p), path(p), "number " + valueToConvert + " is not allowed: expected " + typeName(targetType)));
            return null;
        }

        @Override
        public Object handleUnexpectedToken(DeserializationContext ctxt, JavaType targetType, JsonToken t, JsonParser p,
                                            String failureMsg) throws IOException {
            problems.add(at(located(p), path(p), "expected " + typeName(targetType.getRawClass()) + " but was " + describe(t)));
            p.skipChildren();
            return null;
        }

        private static String describe(JsonToken t) {
            if (t == null) return "nothing";
            return switch (t) {
                case START_OBJECT -> "an object";
                case START_ARRAY -> "a list";
                case VALUE_STRING -> "text";
                case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
                case VALUE_TRUE, VALUE_FALSE -> "true/false";
                case VALUE_NULL -> "null";
                default -> t.name();
            };
        }
    }
}
