package de.globallokal.webui.partnerships.ui;

import com.vaadin.flow.router.Route;
import de.globallokal.core.event.AggregateTypes;
import de.globallokal.core.json.Json;
import de.globallokal.core.partnership.PartnershipInput;
import de.globallokal.core.partnership.PartnershipKind;
import de.globallokal.core.partnership.PartnershipStatus;
import de.globallokal.webui.base.ui.StaffLayout;
import de.globallokal.webui.editing.StaffApi.Service;
import de.globallokal.webui.editing.ui.EditorContext;
import de.globallokal.webui.editing.ui.EditorView;
import de.globallokal.webui.editing.ui.Hints;
import de.globallokal.webui.projection.ContactReadModel;
import jakarta.annotation.security.RolesAllowed;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** A partnership with its partner city, description, goals and milestones. */
@Route(value = "staff/partnerschaften/:id", layout = StaffLayout.class)
@RolesAllowed({ "EDITOR", "ADMIN" })
public class PartnershipEditor extends EditorView {

    static final Target TARGET = new Target(Service.PARTNERSHIPS, "/api/partnerships", AggregateTypes.PARTNERSHIP,
            PartnershipInput.class, Set.of(), StaffPartnershipsView.class);

    public PartnershipEditor(EditorContext context, ContactReadModel contacts) {
        super(context, TARGET);
        form.section(getTranslation("editor.section.partner"));
        form.text("partner.name", getTranslation("editor.partner.name"));
        form.text("partner.localName", getTranslation("editor.partner.local-name"));
        Hints.example(form.text("partner.country", getTranslation("editor.partner.country")), "editor.hint.country");
        form.text("partner.region", getTranslation("editor.partner.region"));
        form.number("partner.location.lat", getTranslation("editor.partner.lat"));
        form.number("partner.location.lon", getTranslation("editor.partner.lon"));
        Hints.example(form.text("partner.website", getTranslation("editor.partner.website")),
                "editor.hint.web-address");
        form.section(getTranslation("editor.section.partnership"));
        form.choice("kind", getTranslation("editor.partnership.kind"), PartnershipKind.class, "partnership.kind");
        form.integer("since", getTranslation("editor.partnership.since"));
        form.choice("status", getTranslation("editor.partnership.status"), PartnershipStatus.class,
                "partnership.status");
        form.localized("statusReason", getTranslation("editor.partnership.status-reason"), false);
        form.section(getTranslation("editor.section.texts"));
        form.localized("description", getTranslation("editor.description"), true);
        form.section(getTranslation("editor.section.links"));
        form.goals("sdgs", getTranslation("editor.sdgs"));
        Map<String, String> offices = new LinkedHashMap<>();
        contacts.current()
            .stream()
            .map(e -> e.state())
            .sorted(Comparator.comparing(c -> c.office()))
            .forEach(c -> offices.put(c.id(), c.office() + (c.person() == null ? "" : " – " + c.person())));
        form.references("localContactIds", getTranslation("editor.partnership.local-contacts"), offices);
        form.references("partnerContactIds", getTranslation("editor.partnership.partner-contacts"), offices);
        form.image("image", getTranslation("editor.image"));
        form.attachments("attachments", getTranslation("editor.attachments"));
        form.rows("milestones", getTranslation("editor.milestones"), getTranslation("editor.milestones.add"),
                getTranslation("editor.remove"), row -> {
                    row.integer("year", getTranslation("editor.milestone.year"));
                    row.localized("title", getTranslation("editor.milestone.title"), false);
                    row.localized("text", getTranslation("editor.milestone.text"), true);
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
