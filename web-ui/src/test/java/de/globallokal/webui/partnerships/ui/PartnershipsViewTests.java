package de.globallokal.webui.partnerships.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouteParameters;
import de.globallokal.core.event.AggregateTypes;
import de.globallokal.core.event.EventEnvelope;
import de.globallokal.core.event.EventTypes;
import de.globallokal.core.json.Json;
import de.globallokal.webui.base.VaadinViewTest;
import de.globallokal.webui.events.CalendarEnvelopes;
import de.globallokal.webui.projection.EventReadModel;
import de.globallokal.webui.projection.PartnershipReadModel;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.node.ObjectNode;

/**
 * The public partnerships page shows what the read model holds, in the visitor's
 * language.
 */
class PartnershipsViewTests extends VaadinViewTest {

    @Autowired
    PartnershipReadModel readModel;

    @Autowired
    EventReadModel events;

    @Test
    void listsEveryPartnerCityWithItsKindAndFallsBackToGermanVisibly() {
        String name = "Testhausen " + UUID.randomUUID();
        readModel.apply(upsert(name));
        UI.getCurrent().setLocale(Locale.ENGLISH);

        UI.getCurrent().navigate(PartnershipsView.class);

        ListItem card = _find(ListItem.class).stream()
            .filter(item -> _find(item, H2.class).get(0).getElement().getTextRecursively().equals(name))
            .findFirst()
            .orElseThrow();
        assertThat(card.getElement().getTextRecursively()).contains("Climate partnership")
            .contains("France")
            .contains("since 2001");
        Paragraph description = _find(card, Paragraph.class).get(0);
        assertThat(description.getText()).isEqualTo("Nur auf Deutsch");
        assertThat(description.getElement().getAttribute("lang")).isEqualTo("de");
    }

    @Test
    void anUnreviewedTranslationSaysSo() {
        String name = "Entwurfstadt " + UUID.randomUUID();
        EventEnvelope envelope = upsert(name);
        ((ObjectNode) envelope.data()).putObject("description")
            .put("de", "Geprüft")
            .put("en", "Draft")
            .putArray("unreviewed")
            .add("en");
        readModel.apply(envelope);
        UI.getCurrent().setLocale(Locale.ENGLISH);

        UI.getCurrent().navigate(PartnershipsView.class);

        ListItem card = _find(ListItem.class).stream()
            .filter(item -> _find(item, H2.class).get(0).getElement().getTextRecursively().equals(name))
            .findFirst()
            .orElseThrow();
        assertThat(card.getElement().getTextRecursively()).contains("Draft").contains("Translation not yet reviewed");
    }

    @Test
    void aPartnerProfileShowsItsTimelineProjectsAndComingEvents() throws Exception {
        String name = "Profilstadt " + UUID.randomUUID();
        EventEnvelope envelope = upsert(name);
        ((ObjectNode) envelope.data()).putArray("milestones")
            .add(Json.strict().readTree("{\"year\":1988,\"title\":{\"de\":\"Preis\",\"en\":\"Prize\"}}"))
            .add(Json.strict().readTree("{\"year\":1950,\"title\":{\"de\":\"Vertrag\",\"en\":\"Treaty\"}}"));
        readModel.apply(envelope);
        String slug = envelope.subject();
        EventEnvelope event = CalendarEnvelopes.event("Besuch aus " + name, "ENCOUNTER", "PUBLISHED", null, null, 3);
        ((ObjectNode) event.data()).putArray("partnershipIds").add(envelope.subject());
        events.apply(event);
        UI.getCurrent().setLocale(Locale.ENGLISH);

        UI.getCurrent().navigate(PartnershipView.class, new RouteParameters("slug", slug));

        String text = LocatorJ._get(PartnershipView.class).getElement().getTextRecursively();
        assertThat(text).contains(name, "Kind: Climate partnership", "Status: active", "History of the partnership",
                "Besuch aus " + name, "No projects are recorded");
        assertThat(text.indexOf("Treaty")).as("the timeline runs from old to new").isLessThan(text.indexOf("Prize"));
    }

    @Test
    void theMapShowsWhatTheFilteredListShows() {
        String name = "Kartenstadt " + UUID.randomUUID();
        readModel.apply(upsert(name));
        UI.getCurrent().setLocale(Locale.GERMAN);

        UI.getCurrent()
            .navigate("partnerschaften", QueryParameters.simple(Map.of("art", "CLIMATE_PARTNERSHIP", "ziel", "17")));

        String map = _find(Svg.class).get(0).getElement().getProperty("innerHTML", "");
        assertThat(map).contains(name).contains("role=\"img\"");
        String list = LocatorJ._get(PartnershipsView.class).getElement().getTextRecursively();
        assertThat(list).contains(name).contains("Partnerschaften filtern");

        UI.getCurrent().navigate("partnerschaften", QueryParameters.simple(Map.of("art", "TOWN_TWINNING")));
        assertThat(LocatorJ._get(PartnershipsView.class).getElement().getTextRecursively()).doesNotContain(name);
    }

    private static EventEnvelope upsert(String name) {
        String id = UUID.randomUUID().toString();
        ObjectNode data = Json.strict().createObjectNode();
        data.put("id", id)
            .put("slug", id)
            .put("kind", "CLIMATE_PARTNERSHIP")
            .put("status", "ACTIVE")
            .put("since", 2001);
        data.putObject("partner")
            .put("name", name)
            .put("country", "FR")
            .putObject("location")
            .put("lat", 47.5)
            .put("lon", 6.8);
        data.putObject("description").put("de", "Nur auf Deutsch");
        data.putArray("sdgs").add(17);
        return EventEnvelope.create("partnerships-service", EventTypes.PARTNERSHIP_UPSERTED, AggregateTypes.PARTNERSHIP,
                id, 1, "editor", List.of("partner"), data, Instant.now());
    }

}
