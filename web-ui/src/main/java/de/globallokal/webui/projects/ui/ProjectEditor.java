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
import de.globallokal.webui.editing.ui.JsonForm;
import de.globallokal.webui.projection.PartnershipReadModel;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A project of a partnership: its funding lines, its measures and indicators, and the
 * structure of its joint action programme.
 */
@Route(value = "staff/projekte/:id", layout = StaffLayout.class)
@RolesAllowed({ "EDITOR", "ADMIN" })
class ProjectEditor extends EditorView {

    // the progress notes are written on the programme page, by both cities: kept here as
    // loaded
    static final Target TARGET = new Target(Service.PARTNERSHIPS, "/api/projects", AggregateTypes.PROJECT,
            ProjectInput.class, Set.of("programme.fields.objectives.measures.notes"), StaffProjectsView.class);

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
        form.image("image", getTranslation("editor.image"));
        form.attachments("attachments", getTranslation("editor.attachments"));
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
        programme();
    }

    /**
     * The joint action programme's structure: fields of action, their objectives, the
     * objectives' measures with money per funding line, and the indicators with baseline
     * and target.
     */
    private void programme() {
        form.section(getTranslation("editor.section.programme"));
        String remove = getTranslation("editor.remove");
        form.rows("programme.fields", getTranslation("editor.programme.fields"),
                getTranslation("editor.programme.fields.add"), remove, field -> {
                    field.text("id", getTranslation("editor.programme.id"));
                    field.localized("title", getTranslation("editor.title"), false);
                    field.integer("weight", getTranslation("editor.programme.weight"));
                    field.rows("objectives", getTranslation("editor.programme.objectives"),
                            getTranslation("editor.programme.objectives.add"), remove, objective -> {
                                objective.text("id", getTranslation("editor.programme.id"));
                                objective.localized("title", getTranslation("editor.title"), false);
                                objective.integer("weight", getTranslation("editor.programme.weight"));
                                objective.rows("measures", getTranslation("editor.programme.measures"),
                                        getTranslation("editor.programme.measures.add"), remove, this::measure);
                            });
                });
        form.rows("programme.indicators", getTranslation("editor.programme.indicators"),
                getTranslation("editor.programme.indicators.add"), remove, indicator -> {
                    indicator.text("id", getTranslation("editor.programme.id"));
                    indicator.localized("name", getTranslation("editor.indicator.name"), false);
                    indicator.text("unit", getTranslation("editor.indicator.unit"));
                    indicator.text("objectiveId", getTranslation("editor.programme.objective-id"));
                    indicator.text("measureId", getTranslation("editor.programme.measure-id"));
                    indicator.number("baseline.value", getTranslation("editor.programme.baseline"));
                    indicator.date("baseline.date", getTranslation("editor.programme.baseline.date"));
                    indicator.number("target.value", getTranslation("editor.programme.target"));
                    indicator.date("target.date", getTranslation("editor.programme.target.date"));
                    indicator.flag("exampleFigures", getTranslation("editor.programme.examples"));
                    indicator.rows("values", getTranslation("editor.indicator.values"),
                            getTranslation("editor.indicator.add-value"), remove, value -> {
                                value.date("date", getTranslation("editor.indicator.date"));
                                value.number("value", getTranslation("editor.indicator.value"));
                                value.text("source", getTranslation("editor.programme.source"));
                            });
                });
    }

    private void measure(JsonForm measure) {
        measure.text("id", getTranslation("editor.programme.id"));
        measure.localized("title", getTranslation("editor.title"), false);
        measure.choice("side", getTranslation("editor.measure.responsible"), List.of("LOCAL", "PARTNER", "JOINT"),
                side -> getTranslation("editor.measure.responsible." + side));
        measure.text("responsible", getTranslation("editor.programme.responsible"));
        measure.text("means", getTranslation("editor.measure.resources"));
        measure.date("start", getTranslation("editor.project.start"));
        measure.date("due", getTranslation("editor.measure.due"));
        measure.choice("status", getTranslation("editor.project.status"), ProjectStatus.class, "project.status");
        measure.integer("progress", getTranslation("editor.measure.progress"));
        measure.integer("weight", getTranslation("editor.programme.weight"));
        measure.attachments("attachments", getTranslation("editor.attachments"));
        measure.rows("budget", getTranslation("editor.programme.budget"), getTranslation("editor.programme.budget.add"),
                getTranslation("editor.remove"), line -> {
                    line.text("funder", getTranslation("editor.funding.funder"));
                    line.text("programme", getTranslation("editor.funding.programme"));
                    line.money("planned", getTranslation("editor.programme.planned"));
                    line.money("spent", getTranslation("editor.project.spent"));
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
