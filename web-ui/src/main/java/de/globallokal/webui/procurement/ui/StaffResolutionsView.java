package de.globallokal.webui.procurement.ui;

import com.vaadin.flow.router.Route;
import de.globallokal.core.structures.Resolution;
import de.globallokal.webui.base.ui.StaffLayout;
import de.globallokal.webui.editing.ui.StaffListView;
import de.globallokal.webui.projection.ResolutionReadModel;
import jakarta.annotation.security.RolesAllowed;

/** The council resolutions in date order. */
@Route(value = "staff/beschluesse", layout = StaffLayout.class)
@RolesAllowed({ "EDITOR", "ADMIN" })
class StaffResolutionsView extends StaffListView<Resolution> {

    public StaffResolutionsView(ResolutionReadModel resolutions) {
        super("staff.nav.resolutions", "editor.kind.resolution", ResolutionEditor.class, resolutions, Resolution::id,
                resolution -> resolution.date() + " " + resolution.title().de(), "editor.title");
        grid.addColumn(Resolution::body).setHeader(getTranslation("editor.resolution.body"));
    }

}
