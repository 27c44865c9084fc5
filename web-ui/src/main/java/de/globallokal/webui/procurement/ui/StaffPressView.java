package de.globallokal.webui.procurement.ui;

import com.vaadin.flow.router.Route;
import de.globallokal.core.structures.PressMention;
import de.globallokal.webui.base.ui.StaffLayout;
import de.globallokal.webui.editing.ui.StaffListView;
import de.globallokal.webui.projection.PressMentionReadModel;
import jakarta.annotation.security.RolesAllowed;

/** The press log in date order. */
@Route(value = "staff/presse", layout = StaffLayout.class)
@RolesAllowed({ "EDITOR", "ADMIN" })
class StaffPressView extends StaffListView<PressMention> {

    public StaffPressView(PressMentionReadModel mentions) {
        super("staff.nav.press", "editor.kind.press-mention", PressMentionEditor.class, mentions, PressMention::id,
                mention -> mention.date() + " " + mention.title(), "editor.title");
        grid.addColumn(PressMention::outlet).setHeader(getTranslation("editor.press.outlet"));
    }

}
