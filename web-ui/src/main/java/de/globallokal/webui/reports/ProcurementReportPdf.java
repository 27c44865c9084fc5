package de.globallokal.webui.reports;

import de.globallokal.core.procurement.ProcurementFigures.Share;
import java.io.ByteArrayOutputStream;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Font;
import org.openpdf.text.FontFactory;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;

/** The yearly procurement report as a PDF in the reader's language. */
public final class ProcurementReportPdf {

    private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16);

    private static final Font HEADING = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 12);

    private static final Font TEXT = FontFactory.getFont(FontFactory.HELVETICA, 9);

    private ProcurementReportPdf() {
    }

    public static byte[] write(ProcurementReport report, ReportTexts t, Locale locale) {
        NumberFormat money = NumberFormat.getCurrencyInstance(locale);
        money.setCurrency(Currency.getInstance("EUR"));
        NumberFormat percent = NumberFormat.getNumberInstance(locale);
        percent.setMaximumFractionDigits(1);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Document pdf = new Document(PageSize.A4, 48, 48, 48, 48);
        try {
            PdfWriter.getInstance(pdf, bytes);
            String title = t.get("procurement-report.title", String.valueOf(report.year()));
            pdf.addTitle(title);
            pdf.addCreator("GlobalLokal");
            pdf.open();
            pdf.add(new Paragraph(title, TITLE));
            pdf.add(new Paragraph(t.get("procurement-report.intro"), TEXT));
            if (report.examples()) {
                pdf.add(new Paragraph(t.get("procurement.example-figures"), TEXT));
            }
            heading(pdf, t.get("procurement-report.by-group"));
            pdf.add(table(report, report.byGroup(), false, t, money, percent));
            heading(pdf, t.get("procurement-report.by-department"));
            pdf.add(table(report, report.byDepartment(), true, t, money, percent));
            pdf.close();
        }
        catch (DocumentException e) {
            throw new IllegalStateException("the procurement report could not be laid out", e);
        }
        return bytes.toByteArray();
    }

    private static PdfPTable table(ProcurementReport report, List<Share> shares, boolean departments, ReportTexts t,
            NumberFormat money, NumberFormat percent) {
        PdfPTable table = departments
                ? ReportPdf.table(new float[] { 3, 3, 2, 2, 1, 1 }, t.get("procurement.column.group"),
                        t.get("procurement.column.department"), t.get("procurement.column.total"),
                        t.get("procurement.column.certified"), t.get("procurement.column.share"),
                        t.get("procurement.column.target"))
                : ReportPdf.table(new float[] { 4, 2, 2, 1, 2 }, t.get("procurement.column.group"),
                        t.get("procurement.column.total"), t.get("procurement.column.certified"),
                        t.get("procurement.column.share"), t.get("procurement.column.target"));
        table.setSpacingAfter(6);
        for (Share share : shares) {
            String target = share.target() == null ? "–"
                    : share.target() + " % (" + t
                        .get(share.targetMet().orElse(false) ? "procurement.target.met" : "procurement.target.missed")
                            + ")";
            String name = report.name(share);
            String total = money.format(share.total() / 100.0);
            String certified = money.format(share.certified() / 100.0);
            String shareText = percent.format(share.percent()) + " %";
            if (departments) {
                ReportPdf.row(table, name, share.department(), total, certified, shareText,
                        share.target() == null ? "–" : share.target() + " %");
            }
            else {
                ReportPdf.row(table, name, total, certified, shareText, target);
            }
        }
        return table;
    }

    private static void heading(Document pdf, String text) {
        Paragraph heading = new Paragraph(text, HEADING);
        heading.setSpacingBefore(14);
        heading.setSpacingAfter(4);
        pdf.add(heading);
    }

}
