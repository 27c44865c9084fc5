package de.globallokal.webui.reports;

import de.globallokal.core.project.Money;
import de.globallokal.support.export.SpreadsheetCsv;
import de.globallokal.webui.reports.FunderReport.DateLine;
import de.globallokal.webui.reports.FunderReport.FundingLine;
import de.globallokal.webui.reports.FunderReport.MeasureLine;
import de.globallokal.webui.reports.FunderReport.ProjectLine;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

/**
 * A report as one CSV table in long form — a {@code section} column says what a row is
 * (summary, date, sdg, partner, funding, measure) — so a spreadsheet can filter it and a
 * program can read it.
 */
public final class ReportCsv {

    public static final String[] HEADER = { "section", "item", "date", "dates", "participants", "signups", "attended",
            "walkins", "amount", "currency", "progress", "status", "detail" };

    private ReportCsv() {
    }

    public static byte[] write(FunderReport report) {
        StringBuilder out = new StringBuilder();
        try (SpreadsheetCsv csv = SpreadsheetCsv.open(out, HEADER)) {
            csv.row("summary", "period", report.scope().from() + "/" + report.scope().to(), "", "", "", "", "", "", "",
                    "", "", report.scopeName() == null ? "" : report.scopeName());
            csv.row("summary", "dates", "", report.datesHeld(), report.participants(), report.signUps(),
                    report.attended(), report.walkIns(), "", "", "", "", "");
            csv.row("summary", "dates cancelled", "", report.datesCancelled(), "", "", "", "", "", "", "", "", "");
            csv.row("summary", "school sessions", "", report.schoolSessions(), report.schoolParticipants(), "", "", "",
                    "", "", "", "", "");
            csv.row("summary", "actors reached", "", report.actorsReached().size(), "", "", "", "", "", "", "", "",
                    String.join("; ", report.actorsReached()));
            for (DateLine date : report.dates()) {
                csv.row("date", date.title(), date.start(), 1, date.participants(), date.signedUp(), date.attended(),
                        date.walkIns(), "", "", "", date.cancelled() ? "CANCELLED" : "HELD",
                        date.category() + (date.school() ? " SCHOOL" : "")
                                + (date.organiser() == null ? "" : " · " + date.organiser()));
            }
            report.bySdg()
                .forEach((goal, tally) -> print(csv, "sdg", goal.toString(), tally.dates(), tally.participants()));
            report.byPartner()
                .forEach((partner, tally) -> print(csv, "partner", partner, tally.dates(), tally.participants()));
            for (ProjectLine project : report.projects()) {
                for (FundingLine line : project.funding()) {
                    csv.row("funding", project.title(), line.period(), "", "", "", "", "", major(line.amount()),
                            currency(line.amount()), "", project.status(),
                            line.funder() + (line.programme() == null ? "" : " · " + line.programme()));
                }
                if (project.budget() != null) {
                    csv.row("funding", project.title(), "", "", "", "", "", "", major(project.budget()),
                            currency(project.budget()), "", project.status(), "budget");
                }
                if (project.spent() != null) {
                    csv.row("funding", project.title(), "", "", "", "", "", "", major(project.spent()),
                            currency(project.spent()), "", project.status(), "spent");
                }
                for (MeasureLine measure : project.measures()) {
                    csv.row("measure", project.title(), "", "", "", "", "", "", "", "", measure.progress(),
                            measure.status(), measure.measure() + " · " + measure.responsible());
                }
            }
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void print(SpreadsheetCsv csv, String section, String item, int dates, int participants) {
        csv.row(section, item, "", dates, participants, "", "", "", "", "", "", "", "");
    }

    /** Major units with the currency's decimals, e.g. 125000.00 — never rounded. */
    static String major(Money money) {
        return money == null ? "" : BigDecimal.valueOf(money.amountMinor(), 2).toPlainString();
    }

    private static String currency(Money money) {
        return money == null ? "" : money.currency();
    }

}
