package de.globallokal.webui.procurement.ui;

import com.vaadin.flow.router.Route;
import de.globallokal.core.event.AggregateTypes;
import de.globallokal.core.json.Json;
import de.globallokal.core.procurement.ProductGroupInput;
import de.globallokal.webui.base.ui.StaffLayout;
import de.globallokal.webui.editing.StaffApi.Service;
import de.globallokal.webui.editing.ui.EditorContext;
import de.globallokal.webui.editing.ui.EditorView;
import de.globallokal.webui.editing.ui.Hints;
import jakarta.annotation.security.RolesAllowed;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** A product group with the targets the council set for it, year by year. */
@Route(value = "staff/produktgruppen/:id", layout = StaffLayout.class)
@RolesAllowed({ "EDITOR", "ADMIN" })
class ProductGroupEditor extends EditorView {

    static final Target TARGET = new Target(Service.PARTNERSHIPS, "/api/product-groups", AggregateTypes.PRODUCT_GROUP,
            ProductGroupInput.class, Set.of(), StaffProductGroupsView.class);

    public ProductGroupEditor(EditorContext context) {
        super(context, TARGET);
        Hints.example(form.text("key", getTranslation("editor.procurement.key")), "editor.hint.key");
        form.localized("name", getTranslation("editor.procurement.name"), false);
        form.localized("description", getTranslation("editor.description"), true);
        form.rows("targets", getTranslation("editor.procurement.targets"),
                getTranslation("editor.procurement.targets.add"), getTranslation("editor.remove"), row -> {
                    row.integer("year", getTranslation("procurement.column.year"));
                    row.integer("share", getTranslation("editor.procurement.target-share"));
                    row.localized("note", getTranslation("editor.procurement.target-note"), false);
                });
        form.check("example", getTranslation("editor.example"));
    }

    @Override
    protected ObjectNode defaults() {
        return Json.strict().createObjectNode();
    }

    @Override
    protected String nameOf(JsonNode document) {
        return document.at("/name/de").asString("");
    }

}
