package de.globallokal.support.export;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A CSV table that staff open in a spreadsheet program: UTF-8 with a byte-order mark (so
 * umlauts and accents show right) and no cell a spreadsheet would run as a formula. Text
 * from the public (a sign-up's name, an event's title) reaches these tables, so a cell
 * like {@code =HYPERLINK(...)} is written as {@code '=HYPERLINK(...)}, as OWASP's
 * CSV-injection advice says. Numbers stay numbers.
 */
public final class SpreadsheetCsv implements Closeable {

    /**
     * What a spreadsheet reads as the start of a formula, and the full-width forms some
     * programs fold into them.
     */
    private static final String FORMULA_STARTS = "=+-@\t\r\n\uFF1D\uFF0B\uFF0D\uFF20";

    private final CSVPrinter printer;

    private SpreadsheetCsv(CSVPrinter printer) {
        this.printer = printer;
    }

    /** Starts a table on {@code out} with its header row. */
    public static SpreadsheetCsv open(Appendable out, String... header) {
        try {
            out.append('\uFEFF');
            return new SpreadsheetCsv(new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(header).get()));
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void row(Object... cells) {
        row(Arrays.asList(cells));
    }

    public void row(List<?> cells) {
        try {
            printer.printRecord(cells.stream().map(SpreadsheetCsv::neutralised));
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The cell as a spreadsheet shows it but never evaluates it. */
    static Object neutralised(Object cell) {
        if (cell == null || cell instanceof Number) {
            return cell;
        }
        String text = cell.toString();
        if (!text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }

    @Override
    public void close() {
        try {
            printer.close(true);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
