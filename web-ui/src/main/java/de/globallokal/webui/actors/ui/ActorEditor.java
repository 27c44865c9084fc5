package de.globallokal.webui.actors.ui;

import com.vaadin.flow.router.Route;
import de.globallokal.core.actor.ActorInput;
import de.globallokal.core.actor.ActorKind;
import de.globallokal.core.actor.FairTradeRole;
import de.globallokal.core.event.AggregateTypes;
import de.globallokal.core.json.Json;
import de.globallokal.webui.base.ui.StaffLayout;
import de.globallokal.webui.editing.StaffApi.Service;
import de.globallokal.webui.editing.ui.EditorContext;
import de.globallokal.webui.editing.ui.EditorView;
import de.globallokal.webui.editing.ui.Hints;
import de.globallokal.webui.projection.ProductGroupReadModel;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** A local actor of the network, with the date its entry was last confirmed. */
@Route(value = "staff/akteure/:id", layout = StaffLayout.class)
@RolesAllowed({ "EDITOR", "ADMIN" })
class ActorEditor extends EditorView {

    static final Target TARGET = new Target(Service.PARTNERSHIPS, "/api/actors", AggregateTypes.ACTOR, ActorInput.class,
            Set.of(), StaffActorsView.class);

    public ActorEditor(EditorContext context, ProductGroupReadModel groups) {
        super(context, TARGET);
        form.text("name", getTranslation("editor.actor.name"));
        form.choice("kind", getTranslation("editor.actor.kind"), ActorKind.class, "actor.kind");
        form.localized("description", getTranslation("editor.description"), true);
        form.words("themes", getTranslation("editor.actor.themes"));
        form.goals("sdgs", getTranslation("editor.sdgs"));
        form.choices("fairTrade", getTranslation("editor.actor.fair-trade"), FairTradeRole.class, "actor.fair-trade");
        form.references("productGroups", getTranslation("editor.product-groups"), groups.names(getLocale()));
        Hints.example(form.words("languages", getTranslation("editor.actor.languages")), "editor.hint.languages");
        form.section(getTranslation("editor.section.reach"));
        form.text("contactPerson", getTranslation("editor.actor.contact-person"));
        Hints.example(form.text("email", getTranslation("editor.email")), "editor.hint.email");
        Hints.example(form.text("phone", getTranslation("editor.phone")), "editor.hint.phone");
        Hints.example(form.text("website", getTranslation("editor.partner.website")), "editor.hint.web-address");
        form.date("lastConfirmed", getTranslation("editor.actor.last-confirmed"));
        form.check("example", getTranslation("editor.actor.example"));
    }

    @Override
    protected ObjectNode defaults() {
        return Json.strict()
            .createObjectNode()
            .put("kind", ActorKind.ASSOCIATION.name())
            .put("lastConfirmed", LocalDate.now(clock).toString());
    }

    @Override
    protected String nameOf(JsonNode document) {
        return document.path("name").asString("");
    }

}
