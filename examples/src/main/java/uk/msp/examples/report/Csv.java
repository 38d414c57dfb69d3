package uk.msp.examples.report;

import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

/**
 * Every CSV file the tool writes (the board report's, the rule catalogue): RFC 4180 through Jackson's CSV module,
 * quoting only where a cell needs it, and one guard against formula injection: a text cell that starts with
 * {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return gets a leading {@code '} so that a
 * spreadsheet shows it rather than runs it. Numbers and true/false are written as they are. Thread-safe.
 */
public final class Csv {
    private static final CsvMapper MAPPER = CsvMapper.builder()
            .enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING)
            .build();
    private static final String FORMULA_STARTS = "=+-@\t\r";

    private Csv() {}

    /**
     * A CSV document: the header line, then one line per row, each line ending in {@code \n}.
     *
     * @param header the column names; never null
     * @param rows the rows, each with one cell per column: text, a number, true/false or null (an empty cell); never null
     * @return the document; never null
     */
    public static String write(List<String> header, List<? extends List<?>> rows) {
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
        header.forEach(schema::addColumn);
        List<List<Object>> cells = rows.stream().map(row -> {
            if (row.size() != header.size()) {
                throw new IllegalArgumentException("a row has " + row.size() + " cells for " + header.size() + " columns: " + header);
            }
            return row.stream().map(Csv::cell).toList();
        }).toList();
        try {
            return MAPPER.writer(schema.build()).writeValueAsString(cells);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write CSV", e);
        }
    }

    /** A cell as written: text guarded against formula injection, null as empty, numbers and booleans as they are. */
    static Object cell(Object value) {
        if (value == null) return "";
        if (value instanceof Number || value instanceof Boolean) return value;
        String s = value.toString();
        return !s.isEmpty() && FORMULA_STARTS.indexOf(s.charAt(0)) >= 0 ? "'" + s : s;
    }
}
