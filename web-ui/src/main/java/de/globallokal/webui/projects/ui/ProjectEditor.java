package de.globallokal.webui.projects.ui;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import de.globallokal.core.event.AggregateTypes;
import de.globallokal.core.json.Json;
import de.globallokal.core.project.ProjectStatus;
import de.globallokal.webui.base.ui.StaffLayout;
import de.globallokal.webui.dashboard.LiveFeed;
import de.globallokal.webui.editing.StaffApi;
import de.globallokal.webui.editing.StaffApi.Service;
import de.globallokal.webui.editing.ui.EditorView;
import de.globallokal.webui.editing.ui.Rules;
import de.globallokal.webui.partnerships.PartnershipReadModel;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** A project of a partnership: its funding lines, the measures of its action programme and its indicators. */
@Route(value = "staff/projekte/:id", layout = StaffLayout.class)
@RolesAllowed({"EDITOR", "ADMIN"})
class ProjectEditor extends EditorView {

    static final Target TARGET = new Target(Service.PARTNERSHIPS, "/api/projects", AggregateTypes.PROJECT,
            Set.of("partnershipId", "title", "summary", "start", "end", "status", "sdgs", "sdgTargets", "funding",
                    "budget", "spent", "measures", "indicators"), StaffProjectsView.class);

    public ProjectEditor(StaffApi api, LiveFeed feed, AuthenticationContext authentication,
            PartnershipReadModel partnerships, Clock clock) {
        super(api, feed, authentication, clock, TARGET);
        Map<String, String> partners = new LinkedHashMap<>();
        partnerships.current().stream().map(e -> e.state())
                .sorted(java.util.Comparator.comparing(p -> p.partner().name()))
                .forEach(p -> partners.put(p.id(), p.partner().name()));
        form.section(getTranslation("editor.section.project"));
        form.reference("partnershipId", getTranslation("editor.project.partnership"), partners, Rules.required());
        form.choice("status", getTranslation("editor.project.status"), ProjectStatus.class, "project.status", true);
        form.localized("title", getTranslation("editor.title"), true, false);
        form.localized("summary", getTranslation("editor.summary"), false, true);
        form.date("start", getTranslation("editor.project.start"));
        form.date("end", getTranslation("editor.project.end"));
        form.section(getTranslation("editor.section.goals-money"));
        form.goals("sdgs", getTranslation("editor.sdgs"));
        form.words("sdgTargets", getTranslation("editor.project.targets"));
        form.money("budget", getTranslation("editor.project.budget"), Rules.between(0, 1e12));
        form.money("spent", getTranslation("editor.project.spent"), Rules.between(0, 1e12));
        form.rows("funding", getTranslation("editor.funding"), getTranslation("editor.funding.add"),
                getTranslation("editor.remove"), row -> {
                    row.text("funder", getTranslation("editor.funding.funder"), Rules.required(), Rules.maxLength(120));
                    row.text("programme", getTranslation("editor.funding.programme"), Rules.maxLength(200));
                    row.money("amount", getTranslation("editor.funding.amount"), Rules.required(), Rules.between(0, 1e12));
                    row.date("from", getTranslation("editor.funding.from"));
                    row.date("until", getTranslation("editor.funding.until"));
                });
        form.rows("measures", getTranslation("editor.measures"), getTranslation("editor.measures.add"),
                getTranslation("editor.remove"), row -> {
                    row.text("goal.de", getTranslation("editor.measure.goal"), Rules.required(), Rules.maxLength(4000));
                    row.text("measure.de", getTranslation("editor.measure.measure"), Rules.required(), Rules.maxLength(4000));
                    row.choice("responsible", getTranslation("editor.measure.responsible"), List.of("LOCAL", "PARTNER", "JOINT"),
                            side -> getTranslation("editor.measure.responsible." + side), Rules.required());
                    row.integer("progress", getTranslation("editor.measure.progress"), Rules.required(), Rules.between(0, 100));
                    row.choice("status", getTranslation("editor.project.status"), ProjectStatus.class, "project.status", true);
                    row.date("due", getTranslation("editor.measure.due"));
                    row.text("resources", getTranslation("editor.measure.resources"), Rules.maxLength(500));
                });
        form.rows("indicators", getTranslation("editor.indicators"), getTranslation("editor.indicators.add"),
                getTranslation("editor.remove"), row -> {
                    row.text("name.de", getTranslation("editor.indicator.name"), Rules.required(), Rules.maxLength(4000));
                    row.text("unit", getTranslation("editor.indicator.unit"), Rules.maxLength(20));
                    row.rows("values", getTranslation("editor.indicator.values"), getTranslation("editor.indicator.add-value"),
                            getTranslation("editor.remove"), value -> {
                                value.date("date", getTranslation("editor.indicator.date"), Rules.required());
                                value.number("value", getTranslation("editor.indicator.value"), Rules.required());
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
