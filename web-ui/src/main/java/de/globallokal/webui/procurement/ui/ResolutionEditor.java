package de.globallokal.webui.procurement.ui;

import com.vaadin.flow.router.Route;
import de.globallokal.core.event.AggregateTypes;
import de.globallokal.core.json.Json;
import de.globallokal.core.structures.PolicyArea;
import de.globallokal.core.structures.ResolutionInput;
import de.globallokal.support.projection.VersionedReadModel.Entry;
import de.globallokal.webui.base.ui.StaffLayout;
import de.globallokal.webui.editing.StaffApi.Service;
import de.globallokal.webui.editing.ui.EditorContext;
import de.globallokal.webui.editing.ui.EditorView;
import de.globallokal.webui.editing.ui.Hints;
import de.globallokal.webui.projection.PartnershipReadModel;
import de.globallokal.webui.projection.ProjectReadModel;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** A council resolution, with the partnerships and projects it concerns and its text. */
@Route(value = "staff/beschluesse/:id", layout = StaffLayout.class)
@RolesAllowed({ "EDITOR", "ADMIN" })
class ResolutionEditor extends EditorView {

    static final Target TARGET = new Target(Service.PARTNERSHIPS, "/api/resolutions", AggregateTypes.RESOLUTION,
            ResolutionInput.class, Set.of(), StaffResolutionsView.class);

    public ResolutionEditor(EditorContext context, PartnershipReadModel partnerships, ProjectReadModel projects) {
        super(context, TARGET);
        form.date("date", getTranslation("editor.resolution.date"));
        Hints.example(form.text("body", getTranslation("editor.resolution.body")), "editor.hint.council");
        form.text("reference", getTranslation("editor.resolution.reference"));
        form.localized("title", getTranslation("editor.title"), false);
        form.localized("decision", getTranslation("editor.resolution.decision"), true);
        form.choices("areas", getTranslation("editor.structures.areas"), PolicyArea.class, "policy-area");
        Map<String, String> partners = new LinkedHashMap<>();
        partnerships.current().stream().map(Entry::state).forEach(p -> partners.put(p.id(), p.partner().name()));
        form.references("partnershipIds", getTranslation("editor.resolution.partnerships"), partners);
        Map<String, String> projectNames = new LinkedHashMap<>();
        projects.current().stream().map(Entry::state).forEach(p -> projectNames.put(p.id(), p.title().in(getLocale())));
        form.references("projectIds", getTranslation("editor.resolution.projects"), projectNames);
        Hints.example(form.text("link", getTranslation("editor.resolution.link")), "editor.hint.web-address");
        form.attachments("documents", getTranslation("editor.resolution.documents"));
        form.check("example", getTranslation("editor.example"));
    }

    @Override
    protected ObjectNode defaults() {
        return Json.strict().createObjectNode().put("date", LocalDate.now(clock).toString());
    }

    @Override
    protected String nameOf(JsonNode document) {
        return document.at("/title/de").asString("");
    }

}
