package de.globallokal.webui.home.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
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
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.node.ObjectNode;

/**
 * The home page says what the office does, names its six work areas and shows what comes
 * next.
 */
class HomeViewTests extends VaadinViewTest {

    @Autowired
    EventReadModel events;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    PartnershipReadModel partnerships;

    @Test
    void namesTheWorkAreasAndTheNextThreeEventsAndInvitesToJoin() {
        // a calendar of its own: four public dates and a draft, whatever other tests left
        // behind
        mongo.getCollection(events.collectionName()).deleteMany(new Document());
        String marker = UUID.randomUUID().toString().substring(0, 6);
        for (int day = 1; day <= 4; day++) {
            events.apply(CalendarEnvelopes.event("Abend " + day + " " + marker, "TALK", "PUBLISHED", null, null, day));
        }
        events.apply(CalendarEnvelopes.event("Entwurf " + marker, "TALK", "DRAFT", null, null, 1));
        UI.getCurrent().setLocale(Locale.ENGLISH);

        // the home page was built when the mocked browser opened it
        UI.getCurrent().navigate("veranstaltungen");
        UI.getCurrent().navigate(HomeView.class);

        String text = _get(HomeView.class).getElement().getTextRecursively();
        assertThat(text).contains("Climate partnership", "Fair procurement", "Next events", "Get involved");
        assertThat(text).containsSubsequence("Abend 1 " + marker, "Abend 2 " + marker, "Abend 3 " + marker)
            .doesNotContain("Abend 4 " + marker, "Entwurf " + marker);
    }

    @Test
    void aPartnerCityLinksToItsPage() {
        String slug = "heimstadt-" + UUID.randomUUID().toString().substring(0, 6);
        String id = UUID.randomUUID().toString();
        ObjectNode data = Json.strict().createObjectNode().put("id", id).put("slug", slug).put("kind", "TOWN_TWINNING");
        data.put("status", "ACTIVE").putObject("partner").put("name", "Heimstadt " + slug).put("country", "FR");
        partnerships.apply(EventEnvelope.create("partnerships-service", EventTypes.PARTNERSHIP_UPSERTED,
                AggregateTypes.PARTNERSHIP, id, 1, "editor", List.of("partner"), data, Instant.now()));

        UI.getCurrent().navigate("veranstaltungen");
        UI.getCurrent().navigate(HomeView.class);

        assertThat(_find(Anchor.class, spec -> spec.withText("Heimstadt " + slug))).singleElement()
            .satisfies(link -> assertThat(link.getHref()).isEqualTo("/en/partnerschaften/" + slug));
    }

}
