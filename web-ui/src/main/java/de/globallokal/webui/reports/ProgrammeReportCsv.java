package de.globallokal.webui.reports;

import de.globallokal.support.export.SpreadsheetCsv;
import de.globallokal.webui.reports.ProgrammeReport.IndicatorLine;
import de.globallokal.webui.reports.ProgrammeReport.MeasureLine;
import de.globallokal.webui.reports.ProgrammeReport.MoneyLine;
import de.globallokal.webui.reports.ProgrammeReport.ObjectiveLine;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The yearly programme report as CSV, one row per objective, measure, indicator, note and
 * funding line, with the ids a spreadsheet can join on; texts in the requested language.
 */
public final class ProgrammeReportCsv {

    public static final String[] HEADER = { "section", "field", "objective", "item", "side", "status", "progress",
            "due", "baseline", "target", "value", "unit", "date", "amount", "planned", "spent", "currency", "text" };

    private ProgrammeReportCsv() {
    }

    public static byte[] write(ProgrammeReport report, Locale locale) {
        StringBuilder out = new StringBuilder();
        try (SpreadsheetCsv csv = SpreadsheetCsv.open(out, HEADER)) {
            for (ObjectiveLine line : report.objectives()) {
                String field = line.field().id();
                String objective = line.objective().id();
                csv.row("objective", field, objective, line.objective().title().in(locale), "", "",
                        line.progress() == null ? "" : line.progress(), "", "", "", "", "", "", "", "", "", "", "");
                for (MeasureLine measure : line.measures()) {
                    var m = measure.measure();
                    csv.row("measure", field, objective, m.title().in(locale), m.side(), m.status().name(),
                            measure.progress() == null ? "" : measure.progress(), m.due() == null ? "" : m.due(), "",
                            "", "", "", "", "", "", "", "", m.responsible() == null ? "" : m.responsible());
                    for (var note : measure.notesOfTheYear()) {
                        csv.row("note", field, objective, m.title().in(locale), note.side(), "", "", "", "", "", "", "",
                                note.date(), "", "", "", "", note.author() + ": " + note.text().in(locale));
                    }
                }
                for (IndicatorLine indicator : line.indicators()) {
                    var i = indicator.indicator();
                    csv.row("indicator", field, objective, i.name().in(locale), "", i.examples() ? "EXAMPLE" : "",
                            indicator.progress() == null ? "" : indicator.progress(), "",
                            i.baseline() == null ? "" : i.baseline().value().toPlainString(),
                            i.target() == null ? "" : i.target().value().toPlainString(),
                            indicator.asOf().map(r -> r.value().toPlainString()).orElse(""),
                            i.unit() == null ? "" : i.unit(), indicator.asOf().map(r -> r.date().toString()).orElse(""),
                            "", "", "", "", indicator.asOf().map(r -> r.source() == null ? "" : r.source()).orElse(""));
                }
            }
            for (MoneyLine line : report.money()) {
                csv.row("funding", "", "", line.funder() + (line.programme() == null ? "" : " · " + line.programme()),
                        "", "", "", "", "", "", "", "", "", ReportCsv.major(line.amount()),
                        ReportCsv.major(line.planned()), ReportCsv.major(line.spent()), line.amount().currency(), "");
            }
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

}
