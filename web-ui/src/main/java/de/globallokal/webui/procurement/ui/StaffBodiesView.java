package de.globallokal.webui.procurement.ui;

import com.vaadin.flow.router.Route;
import de.globallokal.core.structures.Body;
import de.globallokal.webui.base.ui.StaffLayout;
import de.globallokal.webui.editing.ui.StaffListView;
import de.globallokal.webui.projection.BodyReadModel;
import jakarta.annotation.security.RolesAllowed;

/** The bodies that carry the work. */
@Route(value = "staff/gremien", layout = StaffLayout.class)
@RolesAllowed({ "EDITOR", "ADMIN" })
class StaffBodiesView extends StaffListView<Body> {

    public StaffBodiesView(BodyReadModel bodies) {
        super("staff.nav.bodies", "editor.kind.body", BodyEditor.class, bodies, Body::id, body -> body.name().de(),
                "editor.procurement.name");
        grid.addColumn(body -> getTranslation("body.kind." + body.kind()))
            .setHeader(getTranslation("editor.body.kind"));
        grid.addColumn(body -> body.memberContactIds().size()).setHeader(getTranslation("editor.body.members"));
    }

}
