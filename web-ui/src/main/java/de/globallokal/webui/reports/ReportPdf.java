package de.globallokal.webui.reports;

import de.globallokal.core.sdg.SdgCatalogue;
import de.globallokal.webui.reports.FunderReport.DateLine;
import de.globallokal.webui.reports.FunderReport.FundingLine;
import de.globallokal.webui.reports.FunderReport.MeasureLine;
import de.globallokal.webui.reports.FunderReport.ProjectLine;
import java.io.ByteArrayOutputStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.FontFactory;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;

/**
 * A report as a PDF to hand to a funder: the figures, per goal and partner, the dates,
 * the projects.
 */
public final class ReportPdf {

    private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16);

    private static final Font HEADING = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 12);

    private static final Font BOLD = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 9);

    private static final Font TEXT = FontFactory.getFont(FontFactory.HELVETICA, 9);

    private ReportPdf() {
    }

    public static byte[] write(FunderReport report, ReportTexts t, Locale locale, ZoneId office) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Document pdf = new Document(PageSize.A4, 48, 48, 48, 48);
        try {
            PdfWriter.getInstance(pdf, bytes);
            pdf.addTitle(t.get("report.title"));
            pdf.addCreator("GlobalLokal");
            pdf.open();
            DateTimeFormatter day = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
            pdf.add(new Paragraph(t.get("report.title"), TITLE));
            pdf.add(new Paragraph(
                    t.get("report.period", day.format(report.scope().from()), day.format(report.scope().to()))
                            + (report.scopeName() == null ? "" : " · " + report.scopeName()),
                    TEXT));
            pdf.add(new Paragraph(t.get("report.anonymous"), TEXT));

            heading(pdf, t.get("report.summary"));
            PdfPTable summary = table(new float[] { 3, 1 }, t.get("report.figure"), t.get("report.value"));
            row(summary, t.get("report.dates-held"), Integer.toString(report.datesHeld()));
            row(summary, t.get("report.dates-cancelled"), Integer.toString(report.datesCancelled()));
            row(summary, t.get("report.signups"), Integer.toString(report.signUps()));
            row(summary, t.get("report.attended"), Integer.toString(report.attended()));
            row(summary, t.get("report.walk-ins"), Integer.toString(report.walkIns()));
            row(summary, t.get("report.participants"), Integer.toString(report.participants()));
            row(summary, t.get("report.school-sessions"),
                    report.schoolSessions() + " (" + report.schoolParticipants() + ")");
            row(summary, t.get("report.actors-reached"), Integer.toString(report.actorsReached().size()));
            pdf.add(summary);
            if (!report.actorsReached().isEmpty()) {
                pdf.add(new Paragraph(String.join(", ", report.actorsReached()), TEXT));
            }

            heading(pdf, t.get("report.by-sdg"));
            PdfPTable sdgs = table(new float[] { 3, 1, 1 }, t.get("report.goal"), t.get("report.dates"),
                    t.get("report.participants"));
            report.bySdg()
                .forEach((goal, tally) -> row(sdgs,
                        t.get("sdgs.goal", goal, SdgCatalogue.goal(goal).map(g -> g.name().in(locale)).orElse("")),
                        Integer.toString(tally.dates()), Integer.toString(tally.participants())));
            pdf.add(sdgs);

            heading(pdf, t.get("report.by-partner"));
            PdfPTable partners = table(new float[] { 3, 1, 1 }, t.get("report.partner"), t.get("report.dates"),
                    t.get("report.participants"));
            report.byPartner()
                .forEach((partner, tally) -> row(partners, partner, Integer.toString(tally.dates()),
                        Integer.toString(tally.participants())));
            pdf.add(partners);

            heading(pdf, t.get("report.dates-list"));
            DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale)
                .withZone(office);
            PdfPTable dates = table(new float[] { 2, 4, 1, 1, 1, 1 }, t.get("report.date"), t.get("report.event"),
                    t.get("report.signups"), t.get("report.attended"), t.get("report.walk-ins"),
                    t.get("report.participants"));
            for (DateLine date : report.dates()) {
                row(dates, when.format(date.start()),
                        date.title() + (date.cancelled() ? " (" + t.get("report.cancelled") + ")" : "")
                                + (date.school() ? " · " + t.get("report.school") : ""),
                        Integer.toString(date.signedUp()), Integer.toString(date.attended()),
                        Integer.toString(date.walkIns()), Integer.toString(date.participants()));
            }
            pdf.add(dates);
            for (ProjectLine project : report.projects()) {
                heading(pdf, t.get("report.project", project.title(), project.partner()));
                PdfPTable funding = table(new float[] { 3, 2, 2 }, t.get("report.funder"),
                        t.get("report.period-column"), t.get("report.amount"));
                for (FundingLine line : project.funding()) {
                    row(funding, line.funder() + (line.programme() == null ? "" : " · " + line.programme()),
                            line.period(), FunderReport.amount(line.amount(), locale));
                }
                row(funding, t.get("report.budget"), "", FunderReport.amount(project.budget(), locale));
                row(funding, t.get("report.spent"), "", FunderReport.amount(project.spent(), locale));
                pdf.add(funding);
                PdfPTable measures = table(new float[] { 4, 1, 1 }, t.get("report.measure"), t.get("report.progress"),
                        t.get("report.status"));
                for (MeasureLine measure : project.measures()) {
                    row(measures, measure.measure(), measure.progress() + " %",
                            t.get("project.status." + measure.status()));
                }
                if (project.meanProgress() != null) {
                    row(measures, t.get("report.mean-progress"), project.meanProgress() + " %", "");
                }
                pdf.add(measures);
            }
            pdf.close();
        }
        catch (DocumentException e) {
            throw new IllegalStateException("the report could not be laid out", e);
        }
        return bytes.toByteArray();
    }

    private static void heading(Document pdf, String text) {
        Paragraph heading = new Paragraph(text, HEADING);
        heading.setSpacingBefore(12);
        heading.setSpacingAfter(4);
        pdf.add(heading);
    }

    static PdfPTable table(float[] widths, String... headers) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        for (String header : headers) {
            PdfPCell cell = new PdfPCell(new Phrase(header, BOLD));
            cell.setHorizontalAlignment(Element.ALIGN_LEFT);
            table.addCell(cell);
        }
        return table;
    }

    static void row(PdfPTable table, String... cells) {
        for (String cell : cells) {
            table.addCell(new Phrase(cell, TEXT));
        }
    }

}
