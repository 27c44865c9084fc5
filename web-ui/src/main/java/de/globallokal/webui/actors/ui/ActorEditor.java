package de.globallokal.webui.actors.ui;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import de.globallokal.core.actor.ActorKind;
import de.globallokal.core.event.AggregateTypes;
import de.globallokal.core.json.Json;
import de.globallokal.webui.base.ui.StaffLayout;
import de.globallokal.webui.dashboard.LiveFeed;
import de.globallokal.webui.editing.StaffApi;
import de.globallokal.webui.editing.StaffApi.Service;
import de.globallokal.webui.editing.ui.EditorView;
import de.globallokal.webui.editing.ui.Rules;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** A local actor of the network, with the date its entry was last confirmed. */
@Route(value = "staff/akteure/:id", layout = StaffLayout.class)
@RolesAllowed({"EDITOR", "ADMIN"})
class ActorEditor extends EditorView {

    static final Target TARGET = new Target(Service.PARTNERSHIPS, "/api/actors", AggregateTypes.ACTOR,
            Set.of("name", "kind", "description", "themes", "sdgs", "languages", "contactPerson", "email", "phone",
                    "website", "lastConfirmed", "example"), StaffActorsView.class);

    public ActorEditor(StaffApi api, LiveFeed feed, AuthenticationContext authentication, Clock clock) {
        super(api, feed, authentication, clock, TARGET);
        form.text("name", getTranslation("editor.actor.name"), Rules.required(), Rules.maxLength(160));
        form.choice("kind", getTranslation("editor.actor.kind"), ActorKind.class, "actor.kind", true);
        form.localized("description", getTranslation("editor.description"), false, true);
        form.words("themes", getTranslation("editor.actor.themes"));
        form.goals("sdgs", getTranslation("editor.sdgs"));
        form.words("languages", getTranslation("editor.actor.languages"),
                Rules.pattern("[a-z]{2,3}(\\s*,\\s*[a-z]{2,3})*", "rule.language-codes"));
        form.section(getTranslation("editor.section.reach"));
        form.text("contactPerson", getTranslation("editor.actor.contact-person"), Rules.maxLength(120));
        form.text("email", getTranslation("editor.email"), Rules.email(), Rules.maxLength(254));
        form.text("phone", getTranslation("editor.phone"), Rules.phone());
        form.text("website", getTranslation("editor.partner.website"), Rules.webAddress(), Rules.maxLength(300));
        form.date("lastConfirmed", getTranslation("editor.actor.last-confirmed"), Rules.notInFuture(clock));
        form.check("example", getTranslation("editor.actor.example"));
    }

    @Override
    protected ObjectNode defaults() {
        return Json.strict().createObjectNode().put("kind", ActorKind.ASSOCIATION.name())
                .put("lastConfirmed", java.time.LocalDate.now(clock).toString());
    }

    @Override
    protected String nameOf(JsonNode document) {
        return document.path("name").asString("");
    }
}
