package de.globallokal.webui.procurement.ui;

import com.vaadin.flow.router.Route;
import de.globallokal.core.event.AggregateTypes;
import de.globallokal.core.json.Json;
import de.globallokal.core.procurement.LabelInput;
import de.globallokal.core.procurement.LabelKind;
import de.globallokal.webui.base.ui.StaffLayout;
import de.globallokal.webui.editing.StaffApi.Service;
import de.globallokal.webui.editing.ui.EditorContext;
import de.globallokal.webui.editing.ui.EditorView;
import de.globallokal.webui.editing.ui.Hints;
import de.globallokal.webui.projection.ProductGroupReadModel;
import jakarta.annotation.security.RolesAllowed;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A label or criterion: who issues it, what it certifies, where a buyer may rely on it.
 */
@Route(value = "staff/guetezeichen/:id", layout = StaffLayout.class)
@RolesAllowed({ "EDITOR", "ADMIN" })
class LabelEditor extends EditorView {

    static final Target TARGET = new Target(Service.PARTNERSHIPS, "/api/labels", AggregateTypes.LABEL, LabelInput.class,
            Set.of(), StaffLabelsView.class);

    public LabelEditor(EditorContext context, ProductGroupReadModel groups) {
        super(context, TARGET);
        Hints.example(form.text("key", getTranslation("editor.procurement.key")), "editor.hint.key");
        form.text("name", getTranslation("editor.procurement.name"));
        form.text("issuer", getTranslation("editor.label.issuer"));
        form.choice("kind", getTranslation("editor.label.kind"), LabelKind.class, "label.kind");
        form.localized("certifies", getTranslation("editor.label.certifies"), true);
        form.localized("credibility", getTranslation("editor.label.credibility"), true);
        form.references("productGroups", getTranslation("editor.product-groups"), groups.names(getLocale()));
        Hints.example(form.text("website", getTranslation("editor.partner.website")), "editor.hint.web-address");
    }

    @Override
    protected ObjectNode defaults() {
        return Json.strict().createObjectNode().put("kind", LabelKind.SOCIAL_AND_ECOLOGICAL.name());
    }

    @Override
    protected String nameOf(JsonNode document) {
        return document.path("name").asString("");
    }

}
