package de.globallokal.webui.reports;

import de.globallokal.core.project.Money;
import de.globallokal.webui.reports.FunderReport.DateLine;
import de.globallokal.webui.reports.FunderReport.FundingLine;
import de.globallokal.webui.reports.FunderReport.MeasureLine;
import de.globallokal.webui.reports.FunderReport.ProjectLine;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A report as one CSV table in long form — a {@code section} column says what a row is
 * (summary, date, sdg, partner, funding, measure) — so a spreadsheet can filter it and a
 * program can read it. UTF-8 with BOM, as spreadsheet programs expect.
 */
public final class ReportCsv {

    public static final String[] HEADER = { "section", "item", "date", "dates", "participants", "amount", "currency",
            "progress", "status", "detail" };

    private ReportCsv() {
    }

    public static byte[] write(FunderReport report) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF });
        try (CSVPrinter csv = new CSVPrinter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8),
                CSVFormat.DEFAULT.builder().setHeader(HEADER).get())) {
            csv.printRecord("summary", "period", report.scope().from() + "/" + report.scope().to(), "", "", "", "", "",
                    "", report.scopeName() == null ? "" : report.scopeName());
            csv.printRecord("summary", "dates", "", report.datesHeld(), report.participants(), "", "", "", "", "");
            csv.printRecord("summary", "dates cancelled", "", report.datesCancelled(), "", "", "", "", "", "");
            csv.printRecord("summary", "school sessions", "", report.schoolSessions(), report.schoolParticipants(), "",
                    "", "", "", "");
            csv.printRecord("summary", "actors reached", "", report.actorsReached().size(), "", "", "", "", "",
                    String.join("; ", report.actorsReached()));
            for (DateLine date : report.dates()) {
                csv.printRecord("date", date.title(), date.start(), 1, date.participants(), "", "", "",
                        date.cancelled() ? "CANCELLED" : "HELD", date.category() + (date.school() ? " SCHOOL" : "")
                                + (date.organiser() == null ? "" : " · " + date.organiser()));
            }
            report.bySdg()
                .forEach((goal, tally) -> print(csv, "sdg", goal.toString(), tally.dates(), tally.participants()));
            report.byPartner()
                .forEach((partner, tally) -> print(csv, "partner", partner, tally.dates(), tally.participants()));
            for (ProjectLine project : report.projects()) {
                for (FundingLine line : project.funding()) {
                    csv.printRecord("funding", project.title(), line.period(), "", "", major(line.amount()),
                            currency(line.amount()), "", project.status(),
                            line.funder() + (line.programme() == null ? "" : " · " + line.programme()));
                }
                if (project.budget() != null) {
                    csv.printRecord("funding", project.title(), "", "", "", major(project.budget()),
                            currency(project.budget()), "", project.status(), "budget");
                }
                if (project.spent() != null) {
                    csv.printRecord("funding", project.title(), "", "", "", major(project.spent()),
                            currency(project.spent()), "", project.status(), "spent");
                }
                for (MeasureLine measure : project.measures()) {
                    csv.printRecord("measure", project.title(), "", "", "", "", "", measure.progress(),
                            measure.status(), measure.measure() + " · " + measure.responsible());
                }
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void print(CSVPrinter csv, String section, String item, int dates, int participants) {
        try {
            csv.printRecord(section, item, "", dates, participants, "", "", "", "", "");
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Major units with the currency's decimals, e.g. 125000.00 — never rounded. */
    static String major(Money money) {
        return money == null ? "" : BigDecimal.valueOf(money.amountMinor(), 2).toPlainString();
    }

    private static String currency(Money money) {
        return money == null ? "" : money.currency();
    }

}
