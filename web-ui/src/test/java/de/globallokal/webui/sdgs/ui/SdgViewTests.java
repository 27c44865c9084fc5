package de.globallokal.webui.sdgs.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.router.RouteParameters;
import de.globallokal.core.event.AggregateTypes;
import de.globallokal.core.event.EventEnvelope;
import de.globallokal.core.event.EventTypes;
import de.globallokal.core.json.Json;
import de.globallokal.webui.base.VaadinViewTest;
import de.globallokal.webui.projection.ActorReadModel;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.node.ObjectNode;

/** The goals' pages: seventeen tiles, and per goal what works towards it. */
class SdgViewTests extends VaadinViewTest {

    @Autowired
    ActorReadModel actors;

    @Test
    void seventeenTilesInTheVisitorsLanguage() {
        UI.getCurrent().setLocale(Locale.FRENCH);

        UI.getCurrent().navigate(SdgsView.class);

        List<ListItem> tiles = _find(ListItem.class).stream().filter(t -> t.hasClassName("gl-sdg-tile")).toList();
        assertThat(tiles).hasSize(17);
        assertThat(tiles.get(12).getElement().getTextRecursively()).contains("13");
    }

    @Test
    void aGoalListsTheActorsWorkingTowardsIt() {
        String name = "Klimagruppe " + UUID.randomUUID();
        ObjectNode data = Json.strict()
            .createObjectNode()
            .put("id", UUID.randomUUID().toString())
            .put("name", name)
            .put("kind", "ASSOCIATION");
        data.putArray("sdgs").add(13);
        actors.apply(EventEnvelope.create("partnerships-service", EventTypes.ACTOR_UPSERTED, AggregateTypes.ACTOR,
                data.get("id").asString(), 1, "editor", List.of("name"), data, Instant.now()));
        UI.getCurrent().setLocale(Locale.GERMAN);

        UI.getCurrent().navigate(SdgView.class, new RouteParameters("number", "13"));
        String thirteen = _get(SdgView.class).getElement().getTextRecursively();
        UI.getCurrent().navigate(SdgView.class, new RouteParameters("number", "4"));
        String four = _get(SdgView.class).getElement().getTextRecursively();

        assertThat(thirteen).contains("Ziel 13: Maßnahmen zum Klimaschutz").contains(name);
        assertThat(four).doesNotContain(name);
    }

}
