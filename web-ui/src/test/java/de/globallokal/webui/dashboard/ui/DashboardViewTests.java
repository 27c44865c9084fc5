package de.globallokal.webui.dashboard.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.UI;
import de.globallokal.core.event.EventEnvelope;
import de.globallokal.core.event.EventTypes;
import de.globallokal.core.json.Json;
import de.globallokal.support.projection.ReadModelChanged;
import de.globallokal.webui.base.VaadinViewTest;
import de.globallokal.webui.events.CalendarEnvelopes;
import de.globallokal.webui.projection.ContactReadModel;
import de.globallokal.webui.projection.EventReadModel;
import de.globallokal.webui.projection.PartnershipReadModel;
import de.globallokal.webui.projection.ProjectReadModel;
import de.globallokal.webui.security.ui.LoginView;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;

/** The staff overview: only for staff, and it sums up what the read models hold. */
class DashboardViewTests extends VaadinViewTest {

    @Autowired
    EventReadModel events;

    @Autowired
    ApplicationEventPublisher publisher;

    @Autowired
    ContactReadModel contacts;

    @Autowired
    PartnershipReadModel partnerships;

    @Autowired
    ProjectReadModel projects;

    @Test
    void theOverviewShowsKeyFiguresAChartAndTheNextDatesWithSeats() throws Exception {
        String title = "Dashboardabend " + UUID.randomUUID();
        events.apply(CalendarEnvelopes.event(title, "TALK", "PUBLISHED", 20, null, 1));
        signIn("editor", "EDITOR");
        UI.getCurrent().setLocale(Locale.GERMAN);

        UI.getCurrent().navigate(DashboardView.class);

        String text = _get(DashboardView.class).getElement().getTextRecursively();
        assertThat(text).contains("aktive Partnerschaften", "kommende Veranstaltungen", "Termine je Monat", title,
                "0 von 20 Plätzen belegt");
        assertThat(_find(Svg.class)).isNotEmpty();
    }

    @Test
    void aChangeArrivingWhileTheOverviewIsOpenShowsUpWithoutAReload() throws Exception {
        signIn("editor", "EDITOR");
        UI.getCurrent().setLocale(Locale.GERMAN);
        UI.getCurrent().navigate(DashboardView.class);
        var event = CalendarEnvelopes.event("Live " + UUID.randomUUID(), "TALK", "PUBLISHED", null, null, 5);
        events.apply(event);

        appliedOnAConsumerThread(event);

        assertThat(_get(DashboardView.class).getElement().getTextRecursively())
            .contains("Veranstaltung „" + event.data().at("/title/de").asText() + "“ angelegt");
    }

    @Test
    void aContactPointIsNamedByItsRoleAndOfficeAndALaterVersionSaysChanged() throws Exception {
        String id = UUID.randomUUID().toString();
        String office = "Amt " + id.substring(0, 8);
        contacts.apply(upserted(EventTypes.CONTACT_UPSERTED, "contact", id, 2, """
                {"id":"%s","role":{"de":"Städtepartnerschaften"},"office":"%s","email":"amt@example.org"}"""
            .formatted(id, office)));
        publisher.publishEvent(new ReadModelChanged("contact", id, 2, false, null));
        signIn("editor", "EDITOR");
        UI.getCurrent().setLocale(Locale.GERMAN);

        UI.getCurrent().navigate(DashboardView.class);

        assertThat(_get(DashboardView.class).getElement().getTextRecursively())
            .contains("Kontakt „Städtepartnerschaften, " + office + "“ geändert (Version 2)");
    }

    @Test
    void aTabSilentForThreeHeartbeatsCollectsNoChanges() throws Exception {
        signIn("editor", "EDITOR");
        UI.getCurrent().setLocale(Locale.GERMAN);
        UI.getCurrent().navigate(DashboardView.class);
        int interval = UI.getCurrent().getSession().getConfiguration().getHeartbeatInterval();
        UI.getCurrent()
            .getInternals()
            .setLastHeartbeatTimestamp(System.currentTimeMillis() - 3_000L * interval - 1_000);
        var event = CalendarEnvelopes.event("Verpasst " + UUID.randomUUID(), "TALK", "PUBLISHED", null, null, 5);
        events.apply(event);

        appliedOnAConsumerThread(event);

        assertThat(_get(DashboardView.class).getElement().getTextRecursively())
            .doesNotContain("„" + event.data().at("/title/de").asText() + "“");
    }

    /**
     * A change of the partnerships service carrying {@code json} as the aggregate's
     * state.
     */
    private static EventEnvelope upserted(String type, String aggregateType, String id, long version, String json)
            throws Exception {
        return EventEnvelope.create("partnerships-service", type, aggregateType, id, version, "editor", List.of(),
                Json.strict().readTree(json), Instant.now());
    }

    /**
     * Says the change was applied as the projector does after a write: on its own thread;
     * then the browser's round trip.
     */
    private void appliedOnAConsumerThread(EventEnvelope event) throws InterruptedException {
        Thread consumer = new Thread(
                () -> publisher.publishEvent(new ReadModelChanged("event", event.subject(), 1, false, null)));
        consumer.start();
        consumer.join();
        MockVaadin.clientRoundtrip(false);
    }

    @Test
    void aChangeToSomethingDeletedSinceIsShownByItsId() {
        String gone = UUID.randomUUID().toString();
        publisher.publishEvent(new ReadModelChanged("partnership", gone, 1, false, null));
        partnerships.apply(EventEnvelope.create("partnerships-service", EventTypes.PARTNERSHIP_DELETED, "partnership",
                gone, 2, "admin", null, null, Instant.now()));
        signIn("editor", "EDITOR");

        UI.getCurrent().navigate(DashboardView.class);

        assertThat(_get(DashboardView.class).getElement().getTextRecursively()).contains("„" + gone + "“");
    }

    @Test
    void theChartsShowGoalCoverageAndTheProgressOfEachActionProgramme() throws Exception {
        String id = UUID.randomUUID().toString();
        String title = "Programm " + id.substring(0, 8);
        projects.apply(upserted(EventTypes.PROJECT_UPSERTED, "project", id, 1,
                """
                        {"id":"%s","slug":"p-%s","partnershipId":"x","title":{"de":"%s"},"status":"RUNNING","sdgs":[13],
                         "measures":[{"goal":{"de":"a"},"measure":{"de":"b"},"responsible":"JOINT","progress":30,"status":"RUNNING"},
                                     {"goal":{"de":"c"},"measure":{"de":"d"},"responsible":"LOCAL","progress":90,"status":"RUNNING"}]}"""
                    .formatted(id, id, title)));
        signIn("editor", "EDITOR");
        UI.getCurrent().setLocale(Locale.GERMAN);

        UI.getCurrent().navigate(DashboardView.class);

        String text = _get(DashboardView.class).getElement().getTextRecursively();
        assertThat(text).contains("Projekte nach Stand:", "Nachhaltigkeitsziele in Projekten und Veranstaltungen",
                "Fortschritt der Handlungsprogramme", title + ": 60 % im Mittel über 2 Maßnahmen");
        assertThat(text).containsPattern("13 Maßnahmen zum Klimaschutz: (1 Projekt|[1-9]\\d* Projekte),");
    }

    @Test
    void anonymousVisitorsAreSentToTheLogin() {
        UI.getCurrent().navigate("staff");

        assertThat(_find(DashboardView.class)).isEmpty();
        assertThat(_find(LoginView.class)).hasSize(1);
    }

}
