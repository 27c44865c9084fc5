package de.globallokal.support.imports;

import java.io.IOException;
import java.io.StringReader;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;

/**
 * Reads an uploaded CSV as spreadsheets write it: a byte-order mark dropped, the header
 * row named, empty lines skipped, cells trimmed, and the delimiter the header uses (a
 * German spreadsheet writes semicolons).
 */
public final class ImportCsv {

    private ImportCsv() {
    }

    public static CSVParser parse(String csv) throws IOException {
        String text = csv.startsWith("\uFEFF") ? csv.substring(1) : csv;
        return CSVFormat.DEFAULT.builder()
            .setDelimiter(delimiterOf(text))
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true)
            .setTrim(true)
            .get()
            .parse(new StringReader(text));
    }

    /** The delimiter the header row uses the more: semicolon or comma. */
    public static char delimiterOf(String csv) {
        String header = csv.lines().findFirst().orElse("");
        return header.chars().filter(c -> c == ';').count() > header.chars().filter(c -> c == ',').count() ? ';' : ',';
    }

}
