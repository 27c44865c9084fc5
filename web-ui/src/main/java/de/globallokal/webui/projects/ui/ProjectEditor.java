package de.globallokal.webui.projects.ui;

import com.vaadin.flow.router.Route;
import de.globallokal.core.event.AggregateTypes;
import de.globallokal.core.json.Json;
import de.globallokal.core.project.ProjectInput;
import de.globallokal.core.project.ProjectStatus;
import de.globallokal.webui.base.ui.StaffLayout;
import de.globallokal.webui.editing.StaffApi.Service;
import de.globallokal.webui.editing.ui.EditorContext;
import de.globallokal.webui.editing.ui.EditorView;
import de.globallokal.webui.editing.ui.Hints;
import de.globallokal.webui.projection.PartnershipReadModel;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A project of a partnership: its funding lines, the measures of its action programme and
 * its indicators.
 */
@Route(value = "staff/projekte/:id", layout = StaffLayout.class)
@RolesAllowed({ "EDITOR", "ADMIN" })
class ProjectEditor extends EditorView {

    // the action programme is kept as loaded: its own editor, which the partner shares,
    // is issue 16's next step
    static final Target TARGET = new Target(Service.PARTNERSHIPS, "/api/projects", AggregateTypes.PROJECT,
            ProjectInput.class, Set.of("programme"), StaffProjectsView.class);

    public ProjectEditor(EditorContext context, PartnershipReadModel partnerships) {
        super(context, TARGET);
        Map<String, String> partners = partnerships.partnerNames();
        form.section(getTranslation("editor.section.project"));
        form.reference("partnershipId", getTranslation("editor.project.partnership"), partners);
        form.choice("status", getTranslation("editor.project.status"), ProjectStatus.class, "project.status");
        form.localized("title", getTranslation("editor.title"), false);
        form.localized("summary", getTranslation("editor.summary"), true);
        form.date("start", getTranslation("editor.project.start"));
        form.date("end", getTranslation("editor.project.end"));
        form.section(getTranslation("editor.section.goals-money"));
        form.goals("sdgs", getTranslation("editor.sdgs"));
        Hints.example(form.words("sdgTargets", getTranslation("editor.project.targets")), "editor.hint.targets");
        form.money("budget", getTranslation("editor.project.budget"));
        form.money("spent", getTranslation("editor.project.spent"));
        form.rows("funding", getTranslation("editor.funding"), getTranslation("editor.funding.add"),
                getTranslation("editor.remove"), row -> {
                    row.text("funder", getTranslation("editor.funding.funder"));
                    row.text("programme", getTranslation("editor.funding.programme"));
                    row.money("amount", getTranslation("editor.funding.amount"));
                    row.date("from", getTranslation("editor.funding.from"));
                    row.date("until", getTranslation("editor.funding.until"));
                });
        form.rows("measures", getTranslation("editor.measures"), getTranslation("editor.measures.add"),
                getTranslation("editor.remove"), row -> {
                    row.localized("goal", getTranslation("editor.measure.goal"), false);
                    row.localized("measure", getTranslation("editor.measure.measure"), false);
                    row.choice("responsible", getTranslation("editor.measure.responsible"),
                            List.of("LOCAL", "PARTNER", "JOINT"),
                            side -> getTranslation("editor.measure.responsible." + side));
                    row.integer("progress", getTranslation("editor.measure.progress"));
                    row.choice("status", getTranslation("editor.project.status"), ProjectStatus.class,
                            "project.status");
                    row.date("due", getTranslation("editor.measure.due"));
                    row.text("resources", getTranslation("editor.measure.resources"));
                });
        form.rows("indicators", getTranslation("editor.indicators"), getTranslation("editor.indicators.add"),
                getTranslation("editor.remove"), row -> {
                    row.localized("name", getTranslation("editor.indicator.name"), false);
                    row.text("unit", getTranslation("editor.indicator.unit"));
                    row.rows("values", getTranslation("editor.indicator.values"),
                            getTranslation("editor.indicator.add-value"), getTranslation("editor.remove"), value -> {
                                value.date("date", getTranslation("editor.indicator.date"));
                                value.number("value", getTranslation("editor.indicator.value"));
                            });
                });
    }

    @Override
    protected ObjectNode defaults() {
        return Json.strict().createObjectNode().put("status", ProjectStatus.PLANNED.name());
    }

    @Override
    protected String nameOf(JsonNode document) {
        return document.at("/title/de").asString("");
    }

}
