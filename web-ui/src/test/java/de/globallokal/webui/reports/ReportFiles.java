package de.globallokal.webui.reports;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;

/** What the report tests read their reports with: the site's texts, and a PDF's text. */
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
