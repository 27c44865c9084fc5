package de.globallokal.webui.procurement.ui;

import com.vaadin.flow.router.Route;
import de.globallokal.core.procurement.Label;
import de.globallokal.webui.base.ui.StaffLayout;
import de.globallokal.webui.editing.ui.StaffListView;
import de.globallokal.webui.projection.LabelReadModel;
import jakarta.annotation.security.RolesAllowed;

/** The labels and criteria, the reference set and the city's own. */
@Route(value = "staff/guetezeichen", layout = StaffLayout.class)
@RolesAllowed({ "EDITOR", "ADMIN" })
class StaffLabelsView extends StaffListView<Label> {

    public StaffLabelsView(LabelReadModel labels) {
        super("staff.nav.labels", "editor.kind.label", LabelEditor.class, labels, Label::id, Label::name,
                "editor.procurement.name");
        grid.addColumn(Label::issuer).setHeader(getTranslation("editor.label.issuer"));
        grid.addColumn(label -> getTranslation("label.kind." + label.kind()))
            .setHeader(getTranslation("editor.label.kind"));
    }

}
