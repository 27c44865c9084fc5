package de.globallokal.webui.events;

import java.io.ByteArrayOutputStream;
import java.util.List;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Font;
import org.openpdf.text.FontFactory;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;

/**
 * The check-in list of one date to print: a box to tick per confirmed registrant, sorted
 * by name, and a line to count who came without registering. It names people, so it is
 * made on request and never stored.
 */
public final class CheckInPdf {

    private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16);

    private static final Font BOLD = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 10);

    private static final Font TEXT = FontFactory.getFont(FontFactory.HELVETICA, 10);

    private CheckInPdf() {
    }

    /** One person expected at the door. */
    public record Guest(String name, String note, boolean checkedIn) {
    }

    /**
     * @param heading the event's title
     * @param when the date and place, as the reader writes them
     * @param labels the column heads (came, name, note), the walk-in line, the count line
     */
    public static byte[] write(String heading, String when, List<Guest> guests, Labels labels) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Document pdf = new Document(PageSize.A4, 48, 48, 48, 48);
        try {
            PdfWriter.getInstance(pdf, bytes);
            pdf.addTitle(heading);
            pdf.addCreator("GlobalLokal");
            pdf.open();
            pdf.add(new Paragraph(heading, TITLE));
            pdf.add(new Paragraph(when, TEXT));
            pdf.add(new Paragraph(labels.count(), TEXT));
            PdfPTable table = new PdfPTable(new float[] { 1, 8, 6 });
            table.setWidthPercentage(100);
            table.setSpacingBefore(12);
            table.setHeaderRows(1);
            for (String head : List.of(labels.came(), labels.name(), labels.note())) {
                table.addCell(new PdfPCell(new Phrase(head, BOLD)));
            }
            for (Guest guest : guests) {
                // an empty box to tick with a pen; an X where the door app ticked already
                PdfPCell box = new PdfPCell(new Phrase(guest.checkedIn() ? "X" : " ", BOLD));
                box.setMinimumHeight(20);
                table.addCell(box);
                table.addCell(new PdfPCell(new Phrase(guest.name(), TEXT)));
                table.addCell(new PdfPCell(new Phrase(guest.note() == null ? "" : guest.note(), TEXT)));
            }
            pdf.add(table);
            Paragraph walkIns = new Paragraph(labels.walkIns() + " ____________________", BOLD);
            walkIns.setSpacingBefore(18);
            pdf.add(walkIns);
            pdf.close();
        }
        catch (DocumentException e) {
            throw new IllegalStateException("the check-in list could not be laid out", e);
        }
        return bytes.toByteArray();
    }

    /** The words of the list in the reader's language. */
    public record Labels(String came, String name, String note, String walkIns, String count) {
    }

}
