package de.globallokal.webui.contacts.ui;

import com.vaadin.flow.router.Route;
import de.globallokal.core.contact.ContactInput;
import de.globallokal.core.event.AggregateTypes;
import de.globallokal.core.json.Json;
import de.globallokal.webui.base.ui.StaffLayout;
import de.globallokal.webui.editing.StaffApi.Service;
import de.globallokal.webui.editing.ui.EditorContext;
import de.globallokal.webui.editing.ui.EditorView;
import de.globallokal.webui.editing.ui.Hints;
import jakarta.annotation.security.RolesAllowed;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** A contact point: an office, its role in the partnership work, how to reach it. */
@Route(value = "staff/kontakte/:id", layout = StaffLayout.class)
@RolesAllowed({ "EDITOR", "ADMIN" })
class ContactEditor extends EditorView {

    static final Target TARGET = new Target(Service.PARTNERSHIPS, "/api/contacts", AggregateTypes.CONTACT,
            ContactInput.class, Set.of(), StaffContactsView.class);

    public ContactEditor(EditorContext context) {
        super(context, TARGET);
        form.text("office", getTranslation("editor.contact.office"));
        form.text("person", getTranslation("editor.contact.person"));
        form.localized("role", getTranslation("editor.contact.role"), false);
        Hints.example(form.text("email", getTranslation("editor.email")), "editor.hint.email");
        Hints.example(form.text("phone", getTranslation("editor.phone")), "editor.hint.phone");
        Hints.example(form.text("fax", getTranslation("editor.contact.fax")), "editor.hint.phone");
        form.text("address.street", getTranslation("editor.address.street"));
        form.text("address.postalCode", getTranslation("editor.address.postal-code"));
        form.text("address.city", getTranslation("editor.address.city"));
        Hints.example(form.text("address.country", getTranslation("editor.partner.country")), "editor.hint.country");
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
