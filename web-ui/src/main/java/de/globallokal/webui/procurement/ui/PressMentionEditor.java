package de.globallokal.webui.procurement.ui;

import com.vaadin.flow.router.Route;
import de.globallokal.core.event.AggregateTypes;
import de.globallokal.core.json.Json;
import de.globallokal.core.structures.PolicyArea;
import de.globallokal.core.structures.PressMentionInput;
import de.globallokal.webui.base.ui.StaffLayout;
import de.globallokal.webui.editing.StaffApi.Service;
import de.globallokal.webui.editing.ui.EditorContext;
import de.globallokal.webui.editing.ui.EditorView;
import de.globallokal.webui.editing.ui.Hints;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** An entry of the press log: what a local outlet reported, and when. */
@Route(value = "staff/presse/:id", layout = StaffLayout.class)
@RolesAllowed({ "EDITOR", "ADMIN" })
class PressMentionEditor extends EditorView {

    static final Target TARGET = new Target(Service.PARTNERSHIPS, "/api/press-mentions", AggregateTypes.PRESS_MENTION,
            PressMentionInput.class, Set.of(), StaffPressView.class);

    public PressMentionEditor(EditorContext context) {
        super(context, TARGET);
        form.date("date", getTranslation("editor.press.date"));
        form.text("outlet", getTranslation("editor.press.outlet"));
        form.text("title", getTranslation("editor.title"));
        Hints.example(form.text("link", getTranslation("editor.press.link")), "editor.hint.web-address");
        form.choices("areas", getTranslation("editor.structures.areas"), PolicyArea.class, "policy-area");
        form.check("example", getTranslation("editor.example"));
    }

    @Override
    protected ObjectNode defaults() {
        return Json.strict().createObjectNode().put("date", LocalDate.now(clock).toString());
    }

    @Override
    protected String nameOf(JsonNode document) {
        return document.path("title").asString("");
    }

}
