package de.globallokal.webui.events.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouteParameters;
import de.globallokal.core.event.EventEnvelope;
import de.globallokal.webui.base.VaadinViewTest;
import de.globallokal.webui.events.CalendarEnvelopes;
import de.globallokal.webui.projection.EventReadModel;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * The calendar list with its filters, one event's page with the sign-up form, in a mocked
 * browser.
 */
@TestPropertySource(properties = "globallokal.services.events-url=http://127.0.0.1:9")
class CalendarViewTests extends VaadinViewTest {

    @Autowired
    EventReadModel events;

    @Test
    void theCalendarListsEveryComingDateAndFiltersFromTheAddress() throws Exception {
        String marker = "Kal" + UUID.randomUUID().toString().substring(0, 6);
        events.apply(CalendarEnvelopes.event(marker + " Vortrag", "TALK", "PUBLISHED", 20, null));
        events.apply(CalendarEnvelopes.event(marker + " Markt", "FAIR_TRADE_MARKET", "PUBLISHED", null, null));
        events.apply(CalendarEnvelopes.event(marker + " Entwurf", "TALK", "DRAFT", null, null));
        events.apply(CalendarEnvelopes.event(marker + " Abgesagt", "TALK", "CANCELLED", null, "Krankheit"));
        UI.getCurrent().setLocale(Locale.GERMAN);

        UI.getCurrent().navigate("veranstaltungen", QueryParameters.simple(Map.of("suche", marker)));
        String all = shownText();
        assertThat(all)
            .contains(marker + " Vortrag", marker + " Markt", marker + " Abgesagt", "3 Termine",
                    "Noch 20 von 20 Plätzen frei", "Ohne Anmeldung", "Abgesagt: Krankheit")
            .doesNotContain("Entwurf");

        UI.getCurrent()
            .navigate("veranstaltungen",
                    QueryParameters.simple(Map.of("suche", marker, "kategorie", "FAIR_TRADE_MARKET")));
        assertThat(shownText()).contains(marker + " Markt", "1 Termine").doesNotContain(marker + " Vortrag");

        UI.getCurrent()
            .navigate("veranstaltungen", QueryParameters.simple(
                    Map.of("suche", marker, "von", LocalDate.now().plusYears(2).toString(), "kategorie", "NONSENSE")));
        assertThat(shownText()).contains("0 Termine");
    }

    @Test
    void aLongCalendarIsPagedTenDatesAtATimeKeepingTheFilters() throws Exception {
        String marker = "Seite" + UUID.randomUUID().toString().substring(0, 6);
        for (int day = 1; day <= 12; day++) {
            events
                .apply(CalendarEnvelopes.event(marker + " Abend " + (100 + day), "TALK", "PUBLISHED", null, null, day));
        }
        UI.getCurrent().setLocale(Locale.GERMAN);

        UI.getCurrent().navigate("veranstaltungen", QueryParameters.simple(Map.of("suche", marker)));
        String first = shownText();
        assertThat(first)
            .contains("12 Termine · Seite 1 von 2", marker + " Abend 101", marker + " Abend 110", "Spätere Termine")
            .doesNotContain(marker + " Abend 111", "Frühere Termine");
        String next = _get(EventsView.class).getElement().getOuterHTML();
        assertThat(next).contains("seite=2").contains("suche=" + marker);

        UI.getCurrent().navigate("veranstaltungen", QueryParameters.simple(Map.of("suche", marker, "seite", "2")));
        assertThat(shownText())
            .contains("Seite 2 von 2", marker + " Abend 111", marker + " Abend 112", "Frühere Termine")
            .doesNotContain(marker + " Abend 110");

        UI.getCurrent().navigate("veranstaltungen", QueryParameters.simple(Map.of("suche", marker, "seite", "kaputt")));
        assertThat(shownText()).as("a page number that is none shows the first").contains("Seite 1 von 2");
    }

    /**
     * The page as a reader sees it: the cards are HTML nodes of their own, so their text
     * is read from the markup.
     */
    private static String shownText() {
        return Jsoup.parse(_get(EventsView.class).getElement().getOuterHTML()).text();
    }

    @Test
    void theMonthViewShowsEachEventOnItsDay() throws Exception {
        EventEnvelope talk = CalendarEnvelopes.event("Monatsabend " + UUID.randomUUID(), "TALK", "PUBLISHED", null,
                null, 12);
        events.apply(talk);
        UI.getCurrent().setLocale(Locale.GERMAN);
        String month = YearMonth.from(LocalDate.now().plusDays(12)).toString();

        UI.getCurrent()
            .navigate("veranstaltungen",
                    QueryParameters.simple(Map.of("ansicht", "monat", "monat", month, "suche", "Monatsabend")));

        String html = _get(EventsView.class).getElement().getOuterHTML();
        assertThat(html).contains("<table class=\"gl-month\">")
            .contains("<caption>")
            .contains("scope=\"col\"")
            .contains(talk.data().at("/title/de").asText());
        assertThat(_get(EventsView.class).getElement().getTextRecursively()).contains("Vormonat", "Nächster Monat");
    }

    @Test
    void anEventPageSaysWhenWhereAndForWhom() throws Exception {
        EventEnvelope talk = CalendarEnvelopes.event("Berichtsabend " + UUID.randomUUID(), "TALK", "PUBLISHED", 2,
                null);
        events.apply(talk);
        UI.getCurrent().setLocale(Locale.ENGLISH);

        UI.getCurrent().navigate(EventView.class, new RouteParameters("id", talk.subject()));

        String text = _get(EventView.class).getElement().getTextRecursively();
        assertThat(text).contains("Type: Talk", "Place: Rathaus", "For: school classes", "Admission: Free admission",
                "2 of 2 places left", "Registration");
        assertThat(_get(Checkbox.class).getLabel()).contains("consent text version 2026-11");
        Paragraph summary = _find(Paragraph.class).stream()
            .filter(p -> p.getText().equals("Kurz gesagt"))
            .findFirst()
            .orElseThrow();
        assertThat(summary.getElement().getAttribute("lang")).as("German shown in English, marked").isEqualTo("de");
        assertThat(summary.hasClassName("gl-fallback")).isTrue();
    }

    @Test
    void aRefusedOrFailedSignupKeepsWhatWasTypedAndSaysWhy() throws Exception {
        EventEnvelope talk = CalendarEnvelopes.event("Anmeldung " + UUID.randomUUID(), "TALK", "PUBLISHED", 5, null);
        events.apply(talk);
        UI.getCurrent().setLocale(Locale.GERMAN);
        UI.getCurrent().navigate(EventView.class, new RouteParameters("id", talk.subject()));

        _get(TextField.class, spec -> spec.withLabel("Name")).setValue("Ada");
        _get(EmailField.class, spec -> spec.withLabel("E-Mail-Adresse")).setValue("ada@example.org");
        _click(_get(Button.class, spec -> spec.withText("Anmelden")));
        assertThat(result()).contains("Einwilligung");

        _get(Checkbox.class).setValue(true);
        _click(_get(Button.class, spec -> spec.withText("Anmelden")));

        // events-service is not reachable in this test: the form says so and keeps the
        // entries
        assertThat(result()).contains("nicht erreichbar");
        assertThat(_get(TextField.class, spec -> spec.withLabel("Name")).getValue()).isEqualTo("Ada");
        assertThat(_get(EmailField.class, spec -> spec.withLabel("E-Mail-Adresse")).getValue())
            .isEqualTo("ada@example.org");
    }

}
