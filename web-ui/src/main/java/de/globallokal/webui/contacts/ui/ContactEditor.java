package de.globallokal.webui.contacts.ui;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
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

/** A contact point: an office, its role in the partnership work, how to reach it. */
@Route(value = "staff/kontakte/:id", layout = StaffLayout.class)
@RolesAllowed({"EDITOR", "ADMIN"})
class ContactEditor extends EditorView {

    static final Target TARGET = new Target(Service.PARTNERSHIPS, "/api/contacts", AggregateTypes.CONTACT,
            Set.of("role", "office", "person", "address", "phone", "fax", "email"), StaffContactsView.class);

    public ContactEditor(StaffApi api, LiveFeed feed, AuthenticationContext authentication, Clock clock) {
        super(api, feed, authentication, clock, TARGET);
        form.text("office", getTranslation("editor.contact.office"), Rules.required(), Rules.maxLength(160));
        form.text("person", getTranslation("editor.contact.person"), Rules.maxLength(120));
        form.localized("role", getTranslation("editor.contact.role"), true, false);
        form.text("email", getTranslation("editor.email"), Rules.required(), Rules.email(), Rules.maxLength(254));
        form.text("phone", getTranslation("editor.phone"), Rules.phone());
        form.text("fax", getTranslation("editor.contact.fax"), Rules.phone());
        form.text("address.street", getTranslation("editor.address.street"), Rules.maxLength(120));
        form.text("address.postalCode", getTranslation("editor.address.postal-code"), Rules.maxLength(16));
        form.text("address.city", getTranslation("editor.address.city"), Rules.maxLength(80));
        form.text("address.country", getTranslation("editor.partner.country"), Rules.pattern("[A-Z]{2}", "rule.country"));
    }

    @Override
    protected ObjectNode defaults() {
        return Json.strict().createObjectNode();
    }

    @Override
    protected String nameOf(JsonNode document) {
        return document.path("office").asString("");
    }
}
