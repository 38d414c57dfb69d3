package uk.msp.rules;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.JsonParserDelegate;

/**
 * A parser that refuses a document nested too deeply, or with a string, field name or number too long, at the token
 * that passes the limit. Jackson 2.15's {@code StreamReadConstraints} would do this, but the library supports
 * Jackson 2.13 and later, so every token the case reader sees passes through here instead ({@code skipChildren}
 * included, so that an unknown field cannot hide a deep or long value).
 */
final class LimitedParser extends JsonParserDelegate {
    private final int maxDepth;
    private final int maxStringLength;
    private final int maxNumberLength;
    private int depth;

    LimitedParser(JsonParser parser, int maxDepth, int maxStringLength, int maxNumberLength) {
        super(parser);
        this.maxDepth = maxDepth;
        this.maxStringLength = maxStringLength;
        this.maxNumberLength = maxNumberLength;
    }

    @Override
    public JsonToken nextToken() throws IOException {
        JsonToken t = delegate.nextToken();
        if (t == null) return null;
        switch (t) {
            case START_OBJECT, START_ARRAY -> {
                if (++depth > maxDepth) {
                    throw refused("Document nesting depth (" + depth + ") exceeds the maximum allowed (" + maxDepth + ")");
                }
            }
            case END_OBJECT, END_ARRAY -> depth--;
            case FIELD_NAME -> check("Name", delegate.getTextLength(), maxStringLength);
            case VALUE_STRING -> check("String value", delegate.getTextLength(), maxStringLength);
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> check("Number value", delegate.getTextLength(), maxNumberLength);
            default -> { }
        }
        return t;
    }

    @Override
    public JsonToken nextValue() throws IOException {
        JsonToken t = nextToken();
        return t == JsonToken.FIELD_NAME ? nextToken() : t;
    }

    @Override
    public JsonParser skipChildren() throws IOException {
        JsonToken current = currentToken();
        if (current != JsonToken.START_OBJECT && current != JsonToken.START_ARRAY) return this;
        int open = 1;
        while (open > 0) {
            JsonToken t = nextToken();
            if (t == null) return this;
            if (t.isStructStart()) open++;
            else if (t.isStructEnd()) open--;
        }
        return this;
    }

    private void check(String what, int length, int max) throws JsonParseException {
        if (length > max) throw refused(what + " length (" + length + ") exceeds the maximum allowed (" + max + ")");
    }

    private JsonParseException refused(String message) {
        return new JsonParseException(this, message);
    }
}
