package de.globallokal.webui.reports;

import de.globallokal.core.procurement.ProcurementFigures.Share;
import de.globallokal.support.export.SpreadsheetCsv;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The yearly procurement report as CSV: one row per product group (all departments), then
 * one per department and group, with the keys a spreadsheet can join on.
 */
public final class ProcurementReportCsv {

    public static final String[] HEADER = { "section", "year", "product_group", "name", "department", "total",
            "certified", "share_percent", "target_percent", "target_met", "currency" };

    private ProcurementReportCsv() {
    }

    public static byte[] write(ProcurementReport report) {
        StringBuilder out = new StringBuilder();
        try (SpreadsheetCsv csv = SpreadsheetCsv.open(out, HEADER)) {
            for (Share share : report.byGroup()) {
                row(csv, "group", share, report);
            }
            for (Share share : report.byDepartment()) {
                row(csv, "department", share, report);
            }
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void row(SpreadsheetCsv csv, String section, Share share, ProcurementReport report) {
        csv.row(section, share.year(), share.productGroup(), report.name(share),
                share.department() == null ? "" : share.department(), major(share.total()), major(share.certified()),
                String.format(Locale.ROOT, "%.1f", share.percent()), share.target() == null ? "" : share.target(),
                share.targetMet().map(met -> met ? "yes" : "no").orElse(""), "EUR");
    }

    private static String major(long minor) {
        return String.format(Locale.ROOT, "%.2f", minor / 100.0);
    }

}
