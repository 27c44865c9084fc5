package de.globallokal.webui.partnerships.ui;

import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import de.globallokal.core.partnership.Partnership;
import de.globallokal.webui.base.ui.StaffLayout;
import de.globallokal.webui.editing.ui.StaffListView;
import de.globallokal.webui.projection.PartnershipReadModel;
import jakarta.annotation.security.RolesAllowed;

/** The partnerships as web-ui knows them (its read model), each opening its editor. */
@Route(value = "staff/partnerschaften", layout = StaffLayout.class)
@Menu(title = "staff.nav.partnerships", order = 2)
@RolesAllowed({ "EDITOR", "ADMIN" })
class StaffPartnershipsView extends StaffListView<Partnership> {

    public StaffPartnershipsView(PartnershipReadModel partnerships) {
        super("staff.nav.partnerships", "editor.kind.partnership", PartnershipEditor.class, partnerships,
                Partnership::id, p -> p.partner().name(), "editor.partner.name");
        grid.addColumn(p -> p.partner().country())
            .setHeader(getTranslation("editor.partner.country"))
            .setAutoWidth(true);
        grid.addColumn(p -> getTranslation("partnership.kind." + p.kind()))
            .setHeader(getTranslation("editor.partnership.kind"));
        grid.addColumn(p -> p.since() == null ? "" : p.since().toString())
            .setHeader(getTranslation("editor.partnership.since"));
        grid.addColumn(p -> getTranslation("partnership.status." + p.status()))
            .setHeader(getTranslation("editor.partnership.status"));
    }

}
