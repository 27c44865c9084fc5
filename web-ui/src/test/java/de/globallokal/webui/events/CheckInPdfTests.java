package de.globallokal.webui.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;

/**
 * The printed check-in list names who is expected, marks who is in, and counts the rest.
 */
class CheckInPdfTests {

    @Test
    void theListHasEveryGuestTheTicksAlreadyMadeAndALineForWalkIns() throws Exception {
        byte[] pdf = CheckInPdf.write("Berichtsabend", "Montag, 14. Dezember 2026, 18:00 · Rathaus",
                List.of(new CheckInPdf.Guest("Ada Lovelace", "Rollstuhl", true),
                        new CheckInPdf.Guest("Claire Dubois", null, false)),
                new CheckInPdf.Labels("Da", "Name", "Hinweis", "Ohne Anmeldung gekommen:", "2 bestätigte Anmeldungen"));

        PdfReader reader = new PdfReader(pdf);
        String text = new PdfTextExtractor(reader).getTextFromPage(1);
        reader.close();

        assertThat(text).contains("Berichtsabend", "Rathaus", "2 bestätigte Anmeldungen", "Ada Lovelace", "Rollstuhl",
                "Claire Dubois", "Ohne Anmeldung gekommen:");
        assertThat(text).as("Ada was ticked at the door already").containsPattern("X\\s*Ada Lovelace");
    }

}
