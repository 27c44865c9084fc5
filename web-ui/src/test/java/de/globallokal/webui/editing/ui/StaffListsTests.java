package de.globallokal.webui.editing.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.router.RouterLink;
import de.globallokal.core.event.AggregateTypes;
import de.globallokal.core.event.EventEnvelope;
import de.globallokal.core.event.EventTypes;
import de.globallokal.core.json.Json;
import de.globallokal.support.projection.VersionedReadModel;
import de.globallokal.webui.base.VaadinViewTest;
import de.globallokal.webui.projection.ActorReadModel;
import de.globallokal.webui.projection.ContactReadModel;
import de.globallokal.webui.projection.EventReadModel;
import de.globallokal.webui.projection.PartnershipReadModel;
import de.globallokal.webui.projection.ProjectReadModel;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The staff lists show what the read models hold (events with their drafts), each name
 * linking to its editor; the history page says so when the owning service is away or the
 * kind is unknown.
 */
class StaffListsTests extends VaadinViewTest {

    @Autowired
    PartnershipReadModel partnerships;

    @Autowired
    ProjectReadModel projects;

    @Autowired
    ActorReadModel actors;

    @Autowired
    ContactReadModel contacts;

    @Autowired
    EventReadModel events;

    @Test
    void eachListLinksEveryEntryToItsEditor() throws Exception {
        String partnership = apply(partnerships, AggregateTypes.PARTNERSHIP, EventTypes.PARTNERSHIP_UPSERTED, """
                {"id":"%1$s","slug":"p-%1$s","partner":{"name":"Stadt %2$s","country":"FR"},"kind":"FRIENDSHIP",
                 "status":"ACTIVE","description":{"de":"x"}}""");
        String project = apply(projects, AggregateTypes.PROJECT, EventTypes.PROJECT_UPSERTED, """
                {"id":"%1$s","slug":"q-%1$s","partnershipId":"x","title":{"de":"Projekt %2$s"},"status":"RUNNING"}""");
        String actor = apply(actors, AggregateTypes.ACTOR, EventTypes.ACTOR_UPSERTED, """
                {"id":"%1$s","name":"Verein %2$s","kind":"ASSOCIATION","lastConfirmed":"2020-01-01"}""");
        String contact = apply(contacts, AggregateTypes.CONTACT, EventTypes.CONTACT_UPSERTED, """
                {"id":"%1$s","role":{"de":"Rolle"},"office":"Amt %2$s","email":"amt@example.org"}""");
        String draft = apply(events, AggregateTypes.EVENT, EventTypes.EVENT_UPSERTED, """
                {"id":"%1$s","title":{"de":"Entwurf %2$s"},"start":"2027-03-16T19:00:00+01:00",
                 "end":"2027-03-16T21:00:00+01:00","zone":"Europe/Berlin","category":"TALK","status":"DRAFT"}""");
        signInWithAccount("lists-editor", "EDITOR");
        UI.getCurrent().setLocale(Locale.GERMAN);

        for (List<String> list : List.of(List.of("staff/veranstaltungen", "Entwurf ", draft),
                List.of("staff/partnerschaften", "Stadt ", partnership), List.of("staff/projekte", "Projekt ", project),
                List.of("staff/akteure", "Verein ", actor), List.of("staff/kontakte", "Amt ", contact))) {
            UI.getCurrent().navigate(list.get(0));
            List<String> row = rowOf(list.get(2));
            assertThat(row).as(list.get(0)).isNotNull();
            assertThat(String.join(" | ", row)).as(list.get(0)).contains(list.get(1) + marker(list.get(2)));
            Component name = GridKt._getCellComponent(grid(), index(list.get(2)), grid().getColumns().get(0).getKey());
            assertThat(((RouterLink) name).getHref()).as("opens the editor").isEqualTo(list.get(0) + "/" + list.get(2));
        }
        UI.getCurrent().navigate("staff/akteure");
        assertThat(String.join(" | ", rowOf(actor))).as("twelve months without confirmation")
            .contains("Bestätigung fällig");
    }

    @SuppressWarnings("unchecked")
    private static Grid<Object> grid() {
        return _get(Grid.class);
    }

    private static int index(String id) {
        List<Object> items = grid().getGenericDataView().getItems().toList();
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).toString().contains(id)) {
                return i;
            }
        }
        return -1;
    }

    private static List<String> rowOf(String id) {
        int index = index(id);
        return index < 0 ? null : GridKt._getFormattedRow(grid(), index);
    }

    @Test
    void theHistorySaysWhenItCannotBeRead() {
        signInWithAccount("lists-editor", "EDITOR");
        UI.getCurrent().setLocale(Locale.GERMAN);

        UI.getCurrent().navigate("staff/verlauf/partnerships/" + UUID.randomUUID());
        assertThat(_get(HistoryView.class).getElement().getTextRecursively()).contains("nicht erreichbar");

        UI.getCurrent().navigate("staff/verlauf/nonsense/x");
        assertThat(_get(HistoryView.class).getElement().getTextRecursively()).contains("gibt es nicht");
    }

    private final Map<String, String> markers = new HashMap<>();

    private String marker(String id) {
        return markers.get(id);
    }

    /**
     * Applies an upsert; its JSON names the new id as {@code %1$s} and a marker for
     * finding it as {@code %2$s}.
     */
    private String apply(VersionedReadModel<?> model, String type, String eventType, String json) throws Exception {
        String id = UUID.randomUUID().toString();
        String marker = UUID.randomUUID().toString().substring(0, 8);
        markers.put(id, marker);
        model.apply(EventEnvelope.create("partnerships-service", eventType, type, id, 1, "editor", List.of(),
                Json.strict().readTree(json.formatted(id, marker)), Instant.now()));
        return id;
    }

}
