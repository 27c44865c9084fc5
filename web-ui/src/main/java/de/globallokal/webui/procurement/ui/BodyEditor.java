package de.globallokal.webui.procurement.ui;

import com.vaadin.flow.router.Route;
import de.globallokal.core.event.AggregateTypes;
import de.globallokal.core.json.Json;
import de.globallokal.core.structures.BodyInput;
import de.globallokal.core.structures.BodyKind;
import de.globallokal.core.structures.PolicyArea;
import de.globallokal.support.projection.VersionedReadModel.Entry;
import de.globallokal.webui.base.ui.StaffLayout;
import de.globallokal.webui.editing.StaffApi.Service;
import de.globallokal.webui.editing.ui.EditorContext;
import de.globallokal.webui.editing.ui.EditorView;
import de.globallokal.webui.projection.ContactReadModel;
import jakarta.annotation.security.RolesAllowed;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** A body that carries the work: its purpose, members as contact points and meetings. */
@Route(value = "staff/gremien/:id", layout = StaffLayout.class)
@RolesAllowed({ "EDITOR", "ADMIN" })
class BodyEditor extends EditorView {

    static final Target TARGET = new Target(Service.PARTNERSHIPS, "/api/bodies", AggregateTypes.BODY, BodyInput.class,
            Set.of(), StaffBodiesView.class);

    public BodyEditor(EditorContext context, ContactReadModel contacts) {
        super(context, TARGET);
        form.localized("name", getTranslation("editor.procurement.name"), false);
        form.choice("kind", getTranslation("editor.body.kind"), BodyKind.class, "body.kind");
        form.localized("purpose", getTranslation("editor.body.purpose"), true);
        form.choices("areas", getTranslation("editor.structures.areas"), PolicyArea.class, "policy-area");
        Map<String, String> members = new LinkedHashMap<>();
        contacts.current()
            .stream()
            .map(Entry::state)
            .forEach(c -> members.put(c.id(), c.person() == null ? c.role().in(getLocale())
                    : c.person() + " (" + c.role().in(getLocale()) + ")"));
        form.references("memberContactIds", getTranslation("editor.body.members"), members);
        form.rows("meetings", getTranslation("editor.body.meetings"), getTranslation("editor.body.meetings.add"),
                getTranslation("editor.remove"), row -> {
                    row.date("date", getTranslation("editor.body.meeting-date"));
                    row.text("place", getTranslation("editor.body.meeting-place"));
                    row.localized("note", getTranslation("editor.body.meeting-note"), false);
                });
        form.check("example", getTranslation("editor.example"));
    }

    @Override
    protected ObjectNode defaults() {
        return Json.strict().createObjectNode().put("kind", BodyKind.STEERING_GROUP.name());
    }

    @Override
    protected String nameOf(JsonNode document) {
        return document.at("/name/de").asString("");
    }

}
