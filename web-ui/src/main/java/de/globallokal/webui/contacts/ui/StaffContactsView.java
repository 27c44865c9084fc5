package de.globallokal.webui.contacts.ui;

import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import de.globallokal.core.contact.ContactPoint;
import de.globallokal.webui.base.ui.StaffLayout;
import de.globallokal.webui.editing.ui.StaffListView;
import de.globallokal.webui.projection.ContactReadModel;
import jakarta.annotation.security.RolesAllowed;

/** The contact points, each opening its editor. */
@Route(value = "staff/kontakte", layout = StaffLayout.class)
@Menu(title = "staff.nav.contacts", order = 5)
@RolesAllowed({ "EDITOR", "ADMIN" })
class StaffContactsView extends StaffListView<ContactPoint> {

    public StaffContactsView(ContactReadModel contacts) {
        super("staff.nav.contacts", "editor.kind.contact", ContactEditor.class, contacts, ContactPoint::id,
                ContactPoint::office, "editor.contact.office");
        grid.addColumn(c -> c.person() == null ? "" : c.person()).setHeader(getTranslation("editor.contact.person"));
        grid.addColumn(ContactPoint::email).setHeader(getTranslation("editor.email"));
    }

}
