package de.globallokal.webui.procurement.ui;

import com.vaadin.flow.router.Route;
import de.globallokal.core.procurement.ProductGroup;
import de.globallokal.webui.base.ui.StaffLayout;
import de.globallokal.webui.editing.ui.StaffListView;
import de.globallokal.webui.projection.ProductGroupReadModel;
import jakarta.annotation.security.RolesAllowed;

/** The product groups with their keys and targets. */
@Route(value = "staff/produktgruppen", layout = StaffLayout.class)
@RolesAllowed({ "EDITOR", "ADMIN" })
class StaffProductGroupsView extends StaffListView<ProductGroup> {

    public StaffProductGroupsView(ProductGroupReadModel groups) {
        super("staff.nav.product-groups", "editor.kind.product-group", ProductGroupEditor.class, groups,
                ProductGroup::id, group -> group.name().de(), "editor.procurement.name");
        grid.addColumn(ProductGroup::key).setHeader(getTranslation("editor.procurement.key"));
        grid.addColumn(group -> group.targets()
            .stream()
            .map(t -> t.year() + ": " + t.share() + " %")
            .collect(java.util.stream.Collectors.joining(", ")))
            .setHeader(getTranslation("editor.procurement.targets"));
    }

}
