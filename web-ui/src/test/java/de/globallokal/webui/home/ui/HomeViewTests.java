package de.globallokal.webui.home.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import de.globallokal.webui.base.VaadinViewTest;
import de.globallokal.webui.events.CalendarEnvelopes;
import de.globallokal.webui.projection.EventReadModel;
import java.util.Locale;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The home page says what the office does, names its six work areas and shows what comes
 * next.
 */
class HomeViewTests extends VaadinViewTest {

    @Autowired
    EventReadModel events;

    @Autowired
    MongoTemplate mongo;

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

}
