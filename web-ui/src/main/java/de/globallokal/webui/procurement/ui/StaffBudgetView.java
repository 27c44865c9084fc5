package de.globallokal.webui.procurement.ui;

import com.vaadin.flow.router.Route;
import de.globallokal.core.structures.BudgetYear;
import de.globallokal.webui.base.ui.StaffLayout;
import de.globallokal.webui.editing.ui.StaffListView;
import de.globallokal.webui.projection.BudgetYearReadModel;
import jakarta.annotation.security.RolesAllowed;

/** The office's budget line, year by year. */
@Route(value = "staff/haushalt", layout = StaffLayout.class)
@RolesAllowed({ "EDITOR", "ADMIN" })
class StaffBudgetView extends StaffListView<BudgetYear> {

    public StaffBudgetView(BudgetYearReadModel years) {
        super("staff.nav.budget", "editor.kind.budget-year", BudgetYearEditor.class, years, BudgetYear::id,
                year -> String.valueOf(year.year()), "procurement.column.year");
        grid.addColumn(year -> String.format(getLocale(), "%,.2f €", year.planned().amountMinor() / 100.0))
            .setHeader(getTranslation("editor.budget.planned"));
    }

}
