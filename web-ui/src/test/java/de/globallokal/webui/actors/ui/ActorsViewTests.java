package de.globallokal.webui.actors.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.router.QueryParameters;
import de.globallokal.core.event.AggregateTypes;
import de.globallokal.core.event.EventEnvelope;
import de.globallokal.core.event.EventTypes;
import de.globallokal.core.json.Json;
import de.globallokal.webui.base.VaadinViewTest;
import de.globallokal.webui.events.CalendarEnvelopes;
import de.globallokal.webui.projection.ActorReadModel;
import de.globallokal.webui.projection.EventReadModel;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.node.ObjectNode;

/** Example entries can never be mistaken for real groups. */
class ActorsViewTests extends VaadinViewTest {

    @Autowired
    ActorReadModel actors;

    @Autowired
    EventReadModel events;

    @Test
    void examplesAreMarkedAndKindsAndGoalsAreNamedInTheVisitorsLanguage() {
        String example = "Beispielgruppe " + UUID.randomUUID();
        String real = "Echte Gruppe " + UUID.randomUUID();
        actors.applyAll(List.of(actor(example, true), actor(real, false)));
        UI.getCurrent().setLocale(Locale.GERMAN);

        UI.getCurrent().navigate(ActorsView.class);

        assertThat(text(example)).contains("Beispieleintrag")
            .contains("Weltladen")
            .contains("13 Maßnahmen zum Klimaschutz");
        assertThat(text(real)).doesNotContain("Beispieleintrag");
    }

    @Test
    void theFiltersInTheAddressNarrowTheNetworkByThemeAndGoal() {
        String themed = "Themengruppe " + UUID.randomUUID();
        String other = "Andere Gruppe " + UUID.randomUUID();
        EventEnvelope withTheme = actor(themed, false);
        ((ObjectNode) withTheme.data()).putArray("themes").add("Klimapartnerschaft");
        actors.applyAll(List.of(withTheme, actor(other, false)));
        UI.getCurrent().setLocale(Locale.GERMAN);

        UI.getCurrent()
            .navigate("akteure", QueryParameters.simple(Map.of("thema", "Klimapartnerschaft", "ziel", "13")));

        String page = LocatorJ._get(ActorsView.class).getElement().getTextRecursively();
        assertThat(page).contains(themed).doesNotContain(other);
    }

    @Test
    void anActorHasItsOwnPageWithTheDatesItOrganisesAndEventsLinkToIt() {
        String name = "Seitengruppe " + UUID.randomUUID();
        EventEnvelope actor = actor(name, false);
        String slug = "seitengruppe-" + actor.subject().substring(0, 8);
        ((ObjectNode) actor.data()).put("slug", slug);
        actors.apply(actor);
        EventEnvelope talk = CalendarEnvelopes.event("Vortrag der Seitengruppe " + UUID.randomUUID(), "TALK",
                "PUBLISHED", null, null);
        ((ObjectNode) talk.data()).put("organiserId", actor.subject());
        events.apply(talk);
        UI.getCurrent().setLocale(Locale.GERMAN);

        UI.getCurrent().navigate(ActorsView.class);
        assertThat(_find(Anchor.class, spec -> spec.withText(name))).extracting(Anchor::getHref)
            .containsExactly("/akteure/" + slug);

        UI.getCurrent().navigate("akteure/" + slug);
        String page = LocatorJ._get(ActorView.class).getElement().getTextRecursively();
        assertThat(page).contains(name, "Weltladen", "Nächste Veranstaltungen", talk.data().at("/title/de").asString());

        UI.getCurrent().navigate("veranstaltungen/" + talk.subject());
        assertThat(_find(Anchor.class, spec -> spec.withText(name))).extracting(Anchor::getHref)
            .as("the organiser links to its page")
            .containsExactly("/akteure/" + slug);
    }

    @Test
    void anActorFromBeforeAddressesIsFoundByItsId() {
        String name = "Altgruppe " + UUID.randomUUID();
        EventEnvelope actor = actor(name, false);
        actors.apply(actor);
        UI.getCurrent().setLocale(Locale.GERMAN);

        UI.getCurrent().navigate(ActorsView.class);
        assertThat(_find(Anchor.class, spec -> spec.withText(name))).extracting(Anchor::getHref)
            .containsExactly("/akteure/" + actor.subject());
        UI.getCurrent().navigate("akteure/" + actor.subject());
        assertThat(LocatorJ._get(ActorView.class).getElement().getTextRecursively()).contains(name);
    }

    private static String text(String name) {
        return _find(ListItem.class).stream()
            .filter(item -> !_find(item, H2.class).isEmpty()
                    && _find(item, H2.class).get(0).getElement().getTextRecursively().equals(name))
            .findFirst()
            .orElseThrow()
            .getElement()
            .getTextRecursively();
    }

    private static EventEnvelope actor(String name, boolean example) {
        String id = UUID.randomUUID().toString();
        ObjectNode data = Json.strict().createObjectNode();
        data.put("id", id).put("name", name).put("kind", "FAIR_TRADE_SHOP").put("example", example);
        data.putArray("sdgs").add(13);
        return EventEnvelope.create("partnerships-service", EventTypes.ACTOR_UPSERTED, AggregateTypes.ACTOR, id, 1,
                "editor", List.of("name"), data, Instant.now());
    }

}
