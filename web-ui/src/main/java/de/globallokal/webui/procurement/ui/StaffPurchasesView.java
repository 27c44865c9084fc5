package de.globallokal.webui.procurement.ui;

import com.vaadin.flow.router.Route;
import de.globallokal.core.procurement.PurchaseRecord;
import de.globallokal.webui.base.ui.StaffLayout;
import de.globallokal.webui.editing.ui.StaffListView;
import de.globallokal.webui.projection.PurchaseReadModel;
import jakarta.annotation.security.RolesAllowed;

/** The purchase records, newest year first by their name; published or not. */
@Route(value = "staff/einkaeufe", layout = StaffLayout.class)
@RolesAllowed({ "EDITOR", "ADMIN" })
class StaffPurchasesView extends StaffListView<PurchaseRecord> {

    public StaffPurchasesView(PurchaseReadModel purchases) {
        super("staff.nav.purchases", "editor.kind.purchase", PurchaseEditor.class, purchases, PurchaseRecord::id,
                record -> record.year() + " · " + record.department() + " · " + record.productGroup(),
                "editor.purchase.record");
        grid.addColumn(record -> String.format(getLocale(), "%,.2f €", record.total().amountMinor() / 100.0))
            .setHeader(getTranslation("procurement.column.total"));
        grid.addColumn(record -> String.format(getLocale(), "%,.2f €", record.certified().amountMinor() / 100.0))
            .setHeader(getTranslation("procurement.column.certified"));
        grid.addColumn(
                record -> getTranslation(record.published() ? "editor.purchase.public" : "editor.purchase.internal"))
            .setHeader(getTranslation("editor.purchase.published"));
    }

}
