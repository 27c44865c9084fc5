package de.globallokal.webui.reports;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;

/**
 * What the report tests read their reports with: the site's texts, a CSV's rows and a
 * PDF's text.
 */
final class ReportFiles {

    private ReportFiles() {
    }

    static ReportTexts texts(Locale locale) {
        // German is the base bundle: no fall-back to the machine's language on the way
        // there
        ResourceBundle bundle = ResourceBundle.getBundle("vaadin-i18n/translations", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return (key, parameters) -> parameters.length == 0 ? bundle.getString(key)
                : new MessageFormat(bundle.getString(key), locale).format(parameters);
    }

    /**
     * The rows of a CSV report (UTF-8 with its byte-order mark), by the header's names.
     */
    static List<CSVRecord> rows(byte[] csv) throws Exception {
        String text = new String(csv, StandardCharsets.UTF_8).substring(1);
        return CSVFormat.DEFAULT.builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .get()
            .parse(new StringReader(text))
            .getRecords();
    }

    static String text(byte[] pdf) throws Exception {
        PdfReader reader = new PdfReader(pdf);
        StringBuilder text = new StringBuilder();
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(extractor.getTextFromPage(page)).append('\n');
        }
        reader.close();
        return text.toString();
    }

}
