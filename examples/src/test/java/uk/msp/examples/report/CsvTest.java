package uk.msp.examples.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Every CSV the tool writes goes through Csv: RFC 4180 quoting where needed, one guard against formulas. */
class CsvTest {
    @Test
    void quotes_only_cells_that_need_it_and_writes_numbers_booleans_and_nulls_as_they_are() {
        String csv = Csv.write(List.of("id", "note", "count", "flag", "empty"),
                List.of(Arrays.asList("C-1", "plain words", 3, true, null),
                        Arrays.asList("C-2", "a, b", 0, false, ""),
                        Arrays.asList("C-3", "said \"no\"\nthen yes", 12, false, null)));
        assertThat(csv).isEqualTo("""
                id,note,count,flag,empty
                C-1,plain words,3,true,
                C-2,"a, b",0,false,
                C-3,"said ""no""
                then yes",12,false,
                """);
    }

    @Test
    void a_cell_a_spreadsheet_would_run_as_a_formula_gets_a_leading_apostrophe() {
        String csv = Csv.write(List.of("a", "b", "c", "d", "e", "f", "g"),
                List.of(List.of("=HYPERLINK(\"x\")", "+1", "-1", "@SUM(A1)", "\tx", "\rx", "a=b")));
        assertThat(csv).isEqualTo("a,b,c,d,e,f,g\n\"'=HYPERLINK(\"\"x\"\")\",'+1,'-1,'@SUM(A1),'\tx,\"'\rx\",a=b\n");
    }

    @Test
    void a_row_with_the_wrong_number_of_cells_is_refused() {
        assertThatThrownBy(() -> Csv.write(List.of("a", "b"), List.of(List.of("x"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a row has 1 cells for 2 columns: [a, b]");
    }
}
