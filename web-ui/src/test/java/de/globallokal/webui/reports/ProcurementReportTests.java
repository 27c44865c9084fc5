package de.globallokal.webui.reports;

import static org.assertj.core.api.Assertions.assertThat;

import de.globallokal.core.procurement.ProcurementTarget;
import de.globallokal.core.procurement.ProductGroup;
import de.globallokal.core.procurement.PurchaseRecord;
import de.globallokal.core.project.Money;
import de.globallokal.core.value.LocalizedText;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * The yearly procurement report: one year's shares per product group against its target
 * and per department, as PDF and CSV, other years left out.
 */
class ProcurementReportTests {

    private static final List<ProductGroup> GROUPS = List.of(
            group("coffee-tea", "Kaffee, Tee und Kakao", new ProcurementTarget(2025, 75, null)),
            group("paper", "Papier und Büromaterial", new ProcurementTarget(2025, 90, null)));

    private static final List<PurchaseRecord> PURCHASES = List.of(
            purchase("Hauptamt", 2025, "coffee-tea", 19_100, 15_650),
            purchase("Schulamt", 2025, "coffee-tea", 6_200, 3_100), purchase("Hauptamt", 2025, "paper", 22_900, 21_500),
            purchase("Hauptamt", 2024, "paper", 1_000, 0));

    private final ProcurementReport report = ProcurementReport.of(2025, GROUPS, PURCHASES, Locale.GERMAN);

    @Test
    void thePdfNamesEachGroupsShareAgainstItsTargetAndEachDepartment() throws Exception {
        String text = ReportFiles
            .text(ProcurementReportPdf.write(report, ReportFiles.texts(Locale.GERMAN), Locale.GERMAN));

        assertThat(text).contains("Faire Beschaffung 2025", "Kaffee, Tee und Kakao", "74,1 %", "75 % (nicht erreicht)",
                "93,9 %", "90 % (erreicht)", "Schulamt", "50 %");
    }

    @Test
    void theCsvHasOneRowPerGroupAndOnePerDepartmentOfTheYear() throws Exception {
        List<CSVRecord> rows = ReportFiles.rows(ProcurementReportCsv.write(report));

        assertThat(rows).allSatisfy(r -> assertThat(r.size()).isEqualTo(ProcurementReportCsv.HEADER.length));
        assertThat(rows).extracting(r -> r.get("section") + " " + r.get("product_group") + " " + r.get("department"))
            .containsExactly("group coffee-tea ", "group paper ", "department coffee-tea Hauptamt",
                    "department coffee-tea Schulamt", "department paper Hauptamt");
        assertThat(rows.getFirst().get("total")).isEqualTo("253.00");
        assertThat(rows.getFirst().get("share_percent")).isEqualTo("74.1");
        assertThat(rows.getFirst().get("target_met")).isEqualTo("no");
    }

    private static ProductGroup group(String key, String name, ProcurementTarget target) {
        return new ProductGroup(key, key, LocalizedText.de(name), null, List.of(target), false, Instant.EPOCH,
                Instant.EPOCH);
    }

    private static PurchaseRecord purchase(String department, int year, String group, long total, long certified) {
        return new PurchaseRecord(department + year + group, department, year, group, new Money(total, "EUR"),
                new Money(certified, "EUR"), List.of("fairtrade"), true, true, Instant.EPOCH, Instant.EPOCH);
    }

}
