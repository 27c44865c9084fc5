package de.globallokal.webui.partnerships.ui;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import de.globallokal.core.event.AggregateTypes;
import de.globallokal.core.json.Json;
import de.globallokal.core.partnership.PartnershipKind;
import de.globallokal.core.partnership.PartnershipStatus;
import de.globallokal.webui.base.ui.StaffLayout;
import de.globallokal.webui.contacts.ContactReadModel;
import de.globallokal.webui.dashboard.LiveFeed;
import de.globallokal.webui.editing.StaffApi;
import de.globallokal.webui.editing.StaffApi.Service;
import de.globallokal.webui.editing.ui.EditorView;
import de.globallokal.webui.editing.ui.Rules;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** A partnership with its partner city, description, goals and milestones. */
@Route(value = "staff/partnerschaften/:id", layout = StaffLayout.class)
@RolesAllowed({"EDITOR", "ADMIN"})
public class PartnershipEditor extends EditorView {

    static final Target TARGET = new Target(Service.PARTNERSHIPS, "/api/partnerships", AggregateTypes.PARTNERSHIP,
            Set.of("partner", "kind", "since", "status", "statusReason", "description", "sdgs", "milestones",
                    "localContactIds", "partnerContactIds", "image"), StaffPartnershipsView.class);

    public PartnershipEditor(StaffApi api, LiveFeed feed, AuthenticationContext authentication,
            ContactReadModel contacts, Clock clock) {
        super(api, feed, authentication, clock, TARGET);
        form.section(getTranslation("editor.section.partner"));
        form.text("partner.name", getTranslation("editor.partner.name"), Rules.required(), Rules.maxLength(120));
        form.text("partner.localName", getTranslation("editor.partner.local-name"), Rules.maxLength(120));
        form.text("partner.country", getTranslation("editor.partner.country"), Rules.required(),
                Rules.pattern("[A-Z]{2}", "rule.country"));
        form.text("partner.region", getTranslation("editor.partner.region"), Rules.maxLength(120));
        form.number("partner.location.lat", getTranslation("editor.partner.lat"), Rules.between(-90, 90));
        form.number("partner.location.lon", getTranslation("editor.partner.lon"), Rules.between(-180, 180));
        form.text("partner.website", getTranslation("editor.partner.website"), Rules.maxLength(300));
        form.section(getTranslation("editor.section.partnership"));
        form.choice("kind", getTranslation("editor.partnership.kind"), PartnershipKind.class, "partnership.kind", true);
        form.integer("since", getTranslation("editor.partnership.since"), Rules.pastYearFrom(800, clock));
        form.choice("status", getTranslation("editor.partnership.status"), PartnershipStatus.class,
                "partnership.status", true);
        form.localized("statusReason", getTranslation("editor.partnership.status-reason"), false, false);
        form.section(getTranslation("editor.section.texts"));
        form.localized("description", getTranslation("editor.description"), true, true);
        form.section(getTranslation("editor.section.links"));
        form.goals("sdgs", getTranslation("editor.sdgs"));
        java.util.Map<String, String> offices = new java.util.LinkedHashMap<>();
        contacts.current().stream().map(e -> e.state()).sorted(java.util.Comparator.comparing(c -> c.office()))
                .forEach(c -> offices.put(c.id(), c.office() + (c.person() == null ? "" : " – " + c.person())));
        form.references("localContactIds", getTranslation("editor.partnership.local-contacts"), offices);
        form.references("partnerContactIds", getTranslation("editor.partnership.partner-contacts"), offices);
        form.image("image", getTranslation("editor.image"));
        form.rows("milestones", getTranslation("editor.milestones"), getTranslation("editor.milestones.add"),
                getTranslation("editor.remove"), row -> {
                    row.integer("year", getTranslation("editor.milestone.year"), Rules.required(), Rules.pastYearFrom(800, clock));
                    row.localized("title", getTranslation("editor.milestone.title"), true, false);
                    row.area("text.de", getTranslation("editor.milestone.text"), Rules.maxLength(4000));
                });
    }

    @Override
    protected ObjectNode defaults() {
        ObjectNode partnership = Json.strict().createObjectNode();
        partnership.put("kind", PartnershipKind.TOWN_TWINNING.name());
        partnership.put("status", PartnershipStatus.ACTIVE.name());
        return partnership;
    }

    @Override
    protected String nameOf(JsonNode document) {
        return document.at("/partner/name").asString("");
    }
}
