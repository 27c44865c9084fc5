package de.globallokal.webui.procurement.ui;

import com.vaadin.flow.router.Route;
import de.globallokal.core.event.AggregateTypes;
import de.globallokal.core.json.Json;
import de.globallokal.core.procurement.PurchaseInput;
import de.globallokal.support.projection.VersionedReadModel.Entry;
import de.globallokal.webui.base.ui.StaffLayout;
import de.globallokal.webui.editing.StaffApi.Service;
import de.globallokal.webui.editing.ui.EditorContext;
import de.globallokal.webui.editing.ui.EditorView;
import de.globallokal.webui.projection.LabelReadModel;
import de.globallokal.webui.projection.ProductGroupReadModel;
import jakarta.annotation.security.RolesAllowed;
import java.time.Year;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What one department bought of one product group in one year, and how much with a label.
 */
@Route(value = "staff/einkaeufe/:id", layout = StaffLayout.class)
@RolesAllowed({ "EDITOR", "ADMIN" })
class PurchaseEditor extends EditorView {

    static final Target TARGET = new Target(Service.PARTNERSHIPS, "/api/purchases", AggregateTypes.PURCHASE,
            PurchaseInput.class, Set.of(), StaffPurchasesView.class);

    public PurchaseEditor(EditorContext context, ProductGroupReadModel groups, LabelReadModel labels) {
        super(context, TARGET);
        form.text("department", getTranslation("procurement.column.department"));
        form.integer("year", getTranslation("procurement.column.year"));
        form.reference("productGroup", getTranslation("procurement.column.group"), groups.names(getLocale()));
        form.money("total", getTranslation("procurement.column.total"));
        form.money("certified", getTranslation("procurement.column.certified"));
        Map<String, String> labelNames = new LinkedHashMap<>();
        labels.current().stream().map(Entry::state).forEach(label -> labelNames.put(label.key(), label.name()));
        form.references("labels", getTranslation("editor.purchase.labels"), labelNames);
        form.check("published", getTranslation("editor.purchase.published"));
        form.check("example", getTranslation("editor.example"));
    }

    @Override
    protected ObjectNode defaults() {
        return Json.strict().createObjectNode().put("year", Year.now(clock).getValue() - 1);
    }

    @Override
    protected String nameOf(JsonNode document) {
        return document.path("department").asString("") + " " + document.path("year").asString("") + " · "
                + document.path("productGroup").asString("");
    }

}
