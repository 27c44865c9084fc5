package de.globallokal.webui.reports;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import de.globallokal.core.event.AggregateTypes;
import de.globallokal.core.event.EventEnvelope;
import de.globallokal.core.event.EventTypes;
import de.globallokal.core.json.Json;
import de.globallokal.core.samples.Samples;
import de.globallokal.webui.base.VaadinViewTest;
import de.globallokal.webui.events.CalendarEnvelopes;
import de.globallokal.webui.projection.ActorReadModel;
import de.globallokal.webui.projection.EventReadModel;
import de.globallokal.webui.projection.PartnershipReadModel;
import de.globallokal.webui.projection.ProjectReadModel;
import de.globallokal.webui.reports.ui.ReportsView;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.node.ObjectNode;

/**
 * A report for one partnership counts only its dates within the period: held and
 * cancelled, confirmed participants, school sessions, organisers, per goal and partner,
 * and its project's funding and measures — the same figures on the page, in the CSV and
 * in the PDF.
 */
class FunderReportsTests extends VaadinViewTest {

    @Autowired
    FunderReports reports;

    @Autowired
    EventReadModel events;

    @Autowired
    PartnershipReadModel partnerships;

    @Autowired
    ProjectReadModel projects;

    @Autowired
    ActorReadModel actors;

    String partnership;

    String project;

    String actor;

    ReportScope scope;

    @BeforeEach
    void aPartnershipWithAProjectAndItsEvents() throws Exception {
        partnership = UUID.randomUUID().toString();
        project = UUID.randomUUID().toString();
        actor = UUID.randomUUID().toString();
        partnerships.apply(envelope(AggregateTypes.PARTNERSHIP, EventTypes.PARTNERSHIP_UPSERTED, partnership, """
                {"id":"%s","slug":"kongoussi-%s","partner":{"name":"Kongoussi","country":"BF"},"kind":"CONTACT",
                 "status":"ACTIVE","description":{"de":"Klimapartnerschaft"}}""".formatted(partnership, partnership)));
        projects.apply(envelope(AggregateTypes.PROJECT, EventTypes.PROJECT_UPSERTED, project,
                """
                        {"id":"%s","slug":"solar-%s","partnershipId":"%s","title":{"de":"Solarschule"},"status":"RUNNING",
                         "funding":[{"funder":"BMZ","programme":"Nakopa","amount":{"amountMinor":12500050,"currency":"EUR"},
                                     "from":"2025-01-01","until":"2027-12-31"}],
                         "budget":{"amountMinor":15000000,"currency":"EUR"},
                         "measures":[{"goal":{"de":"Strom"},"measure":{"de":"Solaranlage"},"responsible":"JOINT","progress":40,"status":"RUNNING"},
                                     {"goal":{"de":"Bildung"},"measure":{"de":"Lehrkräfte schulen"},"responsible":"PARTNER","progress":80,"status":"RUNNING"}]}"""
                    .formatted(project, project, partnership)));
        actors.apply(envelope(AggregateTypes.ACTOR, EventTypes.ACTOR_UPSERTED, actor, """
                {"id":"%s","name":"Weltladen Test","kind":"FAIR_TRADE_SHOP"}""".formatted(actor)));
        event("Schulbesuch", "PUBLISHED", 10, 7, true);
        event("Abgesagter Abend", "CANCELLED", 12, 0, true);
        event("Andere Partnerschaft", "PUBLISHED", 14, 5, false);
        event("Viel später", "PUBLISHED", 200, 9, true);
        event("Entwurf", "DRAFT", 15, 0, true);
        scope = new ReportScope(LocalDate.now(), LocalDate.now().plusDays(60), partnership, null);
    }

    @Test
    void countsOnlyThePartnershipsDatesInThePeriod() {
        FunderReport report = reports.report(scope);

        assertThat(report.scopeName()).isEqualTo("Kongoussi");
        assertThat(report.dates()).extracting(FunderReport.DateLine::title)
            .containsExactly("Schulbesuch", "Abgesagter Abend");
        assertThat(report.datesHeld()).isEqualTo(1);
        assertThat(report.datesCancelled()).isEqualTo(1);
        assertThat(report.participants()).isEqualTo(7);
        assertThat(report.schoolSessions()).isEqualTo(1);
        assertThat(report.actorsReached()).containsExactly("Weltladen Test");
        assertThat(report.bySdg()).containsOnlyKeys(4, 13);
        assertThat(report.bySdg().get(13)).isEqualTo(new FunderReport.Tally(1, 7));
        assertThat(report.byPartner()).containsEntry("Kongoussi", new FunderReport.Tally(1, 7));
        assertThat(report.projects()).singleElement().satisfies(p -> {
            assertThat(p.title()).isEqualTo("Solarschule");
            assertThat(p.meanProgress()).isEqualTo(60);
            assertThat(p.funding()).singleElement().extracting(FunderReport.FundingLine::funder).isEqualTo("BMZ");
        });
    }

    @Test
    void theCsvAndThePdfCarryTheSameFigures() throws Exception {
        FunderReport report = reports.report(scope);

        byte[] csvBytes = ReportCsv.write(report);
        // after the BOM
        String csvText = new String(csvBytes, StandardCharsets.UTF_8).substring(1);
        List<CSVRecord> rows = CSVFormat.DEFAULT.builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .get()
            .parse(new StringReader(csvText))
            .getRecords();
        assertThat(rows).filteredOn(r -> r.get("section").equals("summary") && r.get("item").equals("dates"))
            .singleElement()
            .satisfies(r -> assertThat(r.get("participants")).isEqualTo("7"));
        assertThat(rows).filteredOn(r -> r.get("section").equals("funding") && r.get("detail").startsWith("BMZ"))
            .singleElement()
            .satisfies(r -> assertThat(r.get("amount")).isEqualTo("125000.50"));
        assertThat(rows).filteredOn(r -> r.get("section").equals("date")).hasSize(2);

        byte[] pdf = ReportPdf.write(report, (key, parameters) -> key + " " + List.of(parameters), Locale.GERMAN,
                ZoneId.of("Europe/Berlin"));
        PdfReader reader = new PdfReader(pdf);
        StringBuilder text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(new PdfTextExtractor(reader).getTextFromPage(page));
        }
        assertThat(text.toString()).contains("Kongoussi", "Schulbesuch", "Solarschule", "BMZ", "125.000,50 EUR",
                "60 %");
    }

    @Test
    void thePageShowsTheReportForTheChoiceInItsAddress() {
        signInWithAccount("report-editor", "EDITOR");
        UI.getCurrent().setLocale(Locale.GERMAN);

        UI.getCurrent()
            .navigate("staff/berichte", QueryParameters.simple(Map.of("von", scope.from().toString(), "bis",
                    scope.to().toString(), "partnerschaft", partnership)));

        String page = _get(ReportsView.class).getElement().getTextRecursively();
        assertThat(page)
            .contains("Bericht erstellt: 2 Termine", "Termine (ohne abgesagte)", "Schulbesuch",
                    "Projekt „Solarschule“ (Kongoussi)", "Mittlerer Fortschritt", "Als PDF herunterladen")
            .doesNotContain("Andere Partnerschaft");
    }

    @Test
    void aProjectWithAnActionProgrammeOffersItsYearlyReportInGermanAndFrench() throws Exception {
        String withProgramme = UUID.randomUUID().toString();
        ObjectNode data = (ObjectNode) Samples.envelope("project-upserted.v1").get("data");
        data.put("id", withProgramme).put("slug", "programme-" + withProgramme).put("partnershipId", partnership);
        projects.apply(EventEnvelope.create("partnerships-service", EventTypes.PROJECT_UPSERTED, AggregateTypes.PROJECT,
                withProgramme, 1, "editor", List.of("programme"), data, Instant.now()));
        signInWithAccount("report-editor", "EDITOR");
        UI.getCurrent().setLocale(Locale.GERMAN);

        UI.getCurrent()
            .navigate("staff/berichte",
                    QueryParameters.simple(Map.of("von", "2026-01-01", "bis", "2026-12-31", "projekt", withProgramme)));

        assertThat(_get(ReportsView.class).getElement().getTextRecursively()).contains(
                "Jahresbericht 2026 zum Handlungsprogramm (PDF, Deutsch)",
                "Jahresbericht 2026 zum Handlungsprogramm (PDF, Französisch)",
                "Jahresbericht 2026 zum Handlungsprogramm (CSV, Französisch)");
    }

    @Test
    void whereTheDoorWasCountedParticipantsAreWhoCameAndSignupsStandApart() throws Exception {
        event("Abend mit Einlass", "PUBLISHED", 20, 7, true, 5, 3);

        FunderReport report = reports.report(scope);

        assertThat(report.signUps()).isEqualTo(14);
        assertThat(report.attended()).isEqualTo(5);
        assertThat(report.walkIns()).isEqualTo(3);
        // 7 sign-ups where nobody counted at the door, 5 + 3 who came where somebody did
        assertThat(report.participants()).isEqualTo(15);
        assertThat(report.dates()).filteredOn(d -> d.title().equals("Abend mit Einlass"))
            .singleElement()
            .satisfies(d -> assertThat(List.of(d.signedUp(), d.attended(), d.walkIns(), d.participants()))
                .containsExactly(7, 5, 3, 8));
        String csvText = new String(ReportCsv.write(report), StandardCharsets.UTF_8).substring(1);
        assertThat(CSVFormat.DEFAULT.builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .get()
            .parse(new StringReader(csvText))).filteredOn(r -> r.get("item").equals("Abend mit Einlass"))
            .singleElement()
            .satisfies(r -> assertThat(
                    List.of(r.get("signups"), r.get("attended"), r.get("walkins"), r.get("participants")))
                .containsExactly("7", "5", "3", "8"));
    }

    private void event(String title, String status, int daysAhead, int confirmed, boolean ofThePartnership)
            throws Exception {
        event(title, status, daysAhead, confirmed, ofThePartnership, 0, 0);
    }

    private void event(String title, String status, int daysAhead, int confirmed, boolean ofThePartnership,
            int attended, int walkIns) throws Exception {
        EventEnvelope envelope = CalendarEnvelopes.event(title, "GLOBAL_LEARNING", status, 30, null, daysAhead);
        ObjectNode data = (ObjectNode) envelope.data();
        if (ofThePartnership) {
            data.putArray("partnershipIds").add(partnership);
        }
        data.putArray("sdgs").add(4).add(13);
        data.put("organiserId", actor);
        ((ObjectNode) data.get("seats").get(0)).put("confirmed", confirmed)
            .put("attended", attended)
            .put("walkIns", walkIns);
        events.apply(envelope);
    }

    private static EventEnvelope envelope(String type, String eventType, String id, String json) throws Exception {
        return EventEnvelope.create("partnerships-service", eventType, type, id, 1, "editor", List.of(),
                Json.strict().readTree(json), Instant.now());
    }

}
