package de.globallokal.webui.reports;

import static org.assertj.core.api.Assertions.assertThat;

import de.globallokal.core.json.Json;
import de.globallokal.core.project.Project;
import de.globallokal.core.samples.Samples;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * The yearly report of an action programme: each objective with its measures, the
 * indicators as they stood at the year's end, the year's notes, spending against budget
 * per funding line — in German and in French, as PDF and CSV.
 */
class ProgrammeReportTests {

    private final Project project = Json.tolerant()
        .treeToValue(Samples.envelope("project-upserted.v1").get("data"), Project.class);

    @Test
    void theYearsFiguresNotesAndMoneyPerFundingLine() {
        ProgrammeReport report = ProgrammeReport.of(project, 2026).orElseThrow();
        ProgrammeReport before = ProgrammeReport.of(project, 2025).orElseThrow();

        ProgrammeReport.ObjectiveLine objective = report.objectives().getFirst();
        assertThat(objective.measures().getFirst().progress()).isEqualTo(60);
        assertThat(objective.measures().getFirst().notesOfTheYear()).hasSize(1);
        assertThat(objective.indicators().getFirst().progress()).as("24 of 40 ha by the end of 2026").isEqualTo(60);
        assertThat(before.objectives().getFirst().indicators().getFirst().asOf()).as("no reading yet in 2025")
            .isEmpty();
        assertThat(before.objectives().getFirst().measures().getFirst().notesOfTheYear()).isEmpty();
        assertThat(report.money()).singleElement().satisfies(line -> {
            assertThat(line.funder()).isEqualTo("BMZ");
            assertThat(ReportCsv.major(line.planned())).isEqualTo("15000.00");
            assertThat(ReportCsv.major(line.spent())).isEqualTo("9000.00");
        });
    }

    @Test
    void thePdfReadsInGermanAndInFrench() throws Exception {
        ProgrammeReport report = ProgrammeReport.of(project, 2026).orElseThrow();

        String german = ReportFiles
            .text(ProgrammeReportPdf.write(report, ReportFiles.texts(Locale.GERMAN), Locale.GERMAN));
        String french = ReportFiles
            .text(ProgrammeReportPdf.write(report, ReportFiles.texts(Locale.FRENCH), Locale.FRENCH));

        assertThat(german).contains("Jahresbericht 2026 zum gemeinsamen Handlungsprogramm",
                "Handlungsfeld: Wasser und Ernährung", "Stand Ende 2026", "60 %", "24 ha vor der Regenzeit fertig.",
                "Partnerstadt", "9.000,00");
        assertThat(french).contains("Rapport annuel 2026 du programme d'action commun",
                "Champ d'action : Eau et alimentation", "24 ha achevés avant la saison des pluies.", "Fin 2026");
    }

    @Test
    void theCsvHasOneRowPerPartAndEveryRowAllColumns() throws Exception {
        List<CSVRecord> rows = ReportFiles
            .rows(ProgrammeReportCsv.write(ProgrammeReport.of(project, 2026).orElseThrow(), Locale.FRENCH));

        assertThat(rows).allSatisfy(r -> assertThat(r.size()).isEqualTo(ProgrammeReportCsv.HEADER.length));
        assertThat(rows).extracting(r -> r.get("section"))
            .containsExactly("objective", "measure", "note", "indicator", "funding");
        assertThat(rows).filteredOn(r -> r.get("section").equals("indicator"))
            .singleElement()
            .satisfies(r -> assertThat(List.of(r.get("value"), r.get("target"), r.get("progress"), r.get("status")))
                .containsExactly("24", "40", "60", "EXAMPLE"));
        assertThat(rows.getLast().get("spent")).isEqualTo("9000.00");
        assertThat(rows.get(1).get("item")).isEqualTo("Cordons pierreux sur 40 ha");
    }

}
