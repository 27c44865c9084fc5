package de.globallokal.webui.procurement.ui;

import com.vaadin.flow.router.Route;
import de.globallokal.core.event.AggregateTypes;
import de.globallokal.core.json.Json;
import de.globallokal.core.structures.BudgetYearInput;
import de.globallokal.webui.base.ui.StaffLayout;
import de.globallokal.webui.editing.StaffApi.Service;
import de.globallokal.webui.editing.ui.EditorContext;
import de.globallokal.webui.editing.ui.EditorView;
import jakarta.annotation.security.RolesAllowed;
import java.time.Year;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** One year of the office's budget line: planned, and spent once the year is closed. */
@Route(value = "staff/haushalt/:id", layout = StaffLayout.class)
@RolesAllowed({ "EDITOR", "ADMIN" })
class BudgetYearEditor extends EditorView {

    static final Target TARGET = new Target(Service.PARTNERSHIPS, "/api/budget-years", AggregateTypes.BUDGET_YEAR,
            BudgetYearInput.class, Set.of(), StaffBudgetView.class);

    public BudgetYearEditor(EditorContext context) {
        super(context, TARGET);
        form.integer("year", getTranslation("procurement.column.year"));
        form.text("item", getTranslation("editor.budget.item"));
        form.money("planned", getTranslation("editor.budget.planned"));
        form.money("spent", getTranslation("editor.project.spent"));
        form.localized("note", getTranslation("editor.budget.note"), true);
        form.check("example", getTranslation("editor.example"));
    }

    @Override
    protected ObjectNode defaults() {
        return Json.strict().createObjectNode().put("year", Year.now(clock).getValue());
    }

    @Override
    protected String nameOf(JsonNode document) {
        return document.path("year").asString("");
    }

}
