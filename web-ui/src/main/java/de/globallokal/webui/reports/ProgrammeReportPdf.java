package de.globallokal.webui.reports;

import de.globallokal.webui.reports.ProgrammeReport.IndicatorLine;
import de.globallokal.webui.reports.ProgrammeReport.MeasureLine;
import de.globallokal.webui.reports.ProgrammeReport.MoneyLine;
import de.globallokal.webui.reports.ProgrammeReport.ObjectiveLine;
import java.io.ByteArrayOutputStream;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Font;
import org.openpdf.text.FontFactory;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;

/**
 * The yearly programme report as a PDF in the reader's language (German or French for the
 * two cities, English too).
 */
public final class ProgrammeReportPdf {

    private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16);

    private static final Font HEADING = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 12);

    private static final Font SUBHEADING = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 10);

    private static final Font TEXT = FontFactory.getFont(FontFactory.HELVETICA, 9);

    private ProgrammeReportPdf() {
    }

    public static byte[] write(ProgrammeReport report, ReportTexts t, Locale locale) {
        DateTimeFormatter day = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        NumberFormat numbers = NumberFormat.getNumberInstance(locale);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Document pdf = new Document(PageSize.A4, 48, 48, 48, 48);
        try {
            PdfWriter.getInstance(pdf, bytes);
            String title = t.get("programme-report.title", String.valueOf(report.year()));
            pdf.addTitle(title);
            pdf.addCreator("GlobalLokal");
            pdf.open();
            pdf.add(new Paragraph(title, TITLE));
            pdf.add(new Paragraph(report.project().title().in(locale), HEADING));
            String field = null;
            for (ObjectiveLine line : report.objectives()) {
                String fieldTitle = line.field().title().in(locale);
                if (!fieldTitle.equals(field)) {
                    field = fieldTitle;
                    heading(pdf, t.get("programme-report.field", fieldTitle), HEADING, 14);
                }
                heading(pdf, t.get("programme-report.objective", line.objective().title().in(locale),
                        line.progress() == null ? "–" : line.progress() + " %"), SUBHEADING, 6);
                PdfPTable measures = ReportPdf.table(new float[] { 4, 2, 2, 1, 2 }, t.get("report.measure"),
                        t.get("programme-report.side"), t.get("report.status"), t.get("report.progress"),
                        t.get("programme-report.due"));
                measures.setSpacingAfter(6);
                for (MeasureLine measure : line.measures()) {
                    ReportPdf.row(measures, measure.measure().title().in(locale),
                            t.get("project.responsible." + measure.measure().side()),
                            t.get("project.status." + measure.measure().status().name()),
                            measure.progress() == null ? "–" : measure.progress() + " %",
                            measure.measure().due() == null ? "–" : day.format(measure.measure().due()));
                }
                pdf.add(measures);
                if (!line.indicators().isEmpty()) {
                    PdfPTable indicators = ReportPdf.table(new float[] { 4, 2, 2, 2, 1 }, t.get("project.indicator"),
                            t.get("project.indicator.baseline"), t.get("project.indicator.target"),
                            t.get("programme-report.at-year-end", String.valueOf(report.year())),
                            t.get("project.indicator.progress"));
                    indicators.setSpacingAfter(6);
                    for (IndicatorLine indicator : line.indicators()) {
                        String unit = indicator.indicator().unit() == null ? "" : " " + indicator.indicator().unit();
                        ReportPdf.row(indicators, indicator.indicator().name().in(locale)
                                + (indicator.indicator().examples() ? " (" + t.get("project.examples") + ")" : ""),
                                indicator.indicator().baseline() == null ? "–"
                                        : numbers.format(indicator.indicator().baseline().value()) + unit,
                                indicator.indicator().target() == null ? "–"
                                        : numbers.format(indicator.indicator().target().value()) + unit + ", "
                                                + day.format(indicator.indicator().target().date()),
                                indicator.asOf().map(r -> numbers.format(r.value()) + unit).orElse("–"),
                                indicator.progress() == null ? "–" : indicator.progress() + " %");
                    }
                    pdf.add(indicators);
                }
                for (MeasureLine measure : line.measures()) {
                    for (var note : measure.notesOfTheYear()) {
                        pdf.add(new Paragraph(t.get("programme-report.note", day.format(note.date()),
                                measure.measure().title().in(locale), t.get("project.note.side." + note.side()),
                                note.author(), note.text().in(locale)), TEXT));
                    }
                }
            }
            heading(pdf, t.get("programme-report.money"), HEADING, 14);
            PdfPTable money = ReportPdf.table(new float[] { 4, 2, 2, 2 }, t.get("report.funder"),
                    t.get("report.amount"), t.get("programme-report.planned"), t.get("report.spent"));
            money.setSpacingAfter(6);
            for (MoneyLine line : report.money()) {
                ReportPdf.row(money, line.funder() + (line.programme() == null ? "" : " · " + line.programme()),
                        FunderReport.amount(line.amount(), locale), FunderReport.amount(line.planned(), locale),
                        FunderReport.amount(line.spent(), locale));
            }
            pdf.add(money);
            pdf.close();
        }
        catch (DocumentException e) {
            throw new IllegalStateException("the programme report could not be laid out", e);
        }
        return bytes.toByteArray();
    }

    private static void heading(Document pdf, String text, Font font, float before) {
        Paragraph heading = new Paragraph(text, font);
        heading.setSpacingBefore(before);
        heading.setSpacingAfter(4);
        pdf.add(heading);
    }

}
