package de.globallokal.webui.events.ui;

import com.vaadin.flow.router.Route;
import de.globallokal.core.calendar.Audience;
import de.globallokal.core.calendar.EventCategory;
import de.globallokal.core.calendar.EventInput;
import de.globallokal.core.calendar.EventStatus;
import de.globallokal.core.event.AggregateTypes;
import de.globallokal.core.json.Json;
import de.globallokal.webui.base.ui.StaffLayout;
import de.globallokal.webui.editing.StaffApi.Service;
import de.globallokal.webui.editing.ui.EditorContext;
import de.globallokal.webui.editing.ui.EditorView;
import de.globallokal.webui.editing.ui.Hints;
import de.globallokal.webui.projection.ActorReadModel;
import de.globallokal.webui.projection.PartnershipReadModel;
import de.globallokal.webui.projection.ProductGroupReadModel;
import de.globallokal.webui.projection.ProjectReadModel;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * An event or a series (an RRULE with exceptions), its place, sign-up and workflow: a
 * draft is published now or at a set time; postponing or cancelling needs a note for the
 * public. Changes made to single dates of a series are kept as they are.
 */
@Route(value = "staff/veranstaltungen/:id", layout = StaffLayout.class)
@RolesAllowed({ "EDITOR", "ADMIN" })
class EventEditor extends EditorView {

    /**
     * An event's dates are the office's local times: the editor leaves the zone to the
     * service's default.
     */
    static final Target TARGET = new Target(Service.EVENTS, "/api/events", AggregateTypes.EVENT, EventInput.class,
            Set.of("zone", "venue.geo"), StaffEventsView.class);

    public EventEditor(EditorContext context, ActorReadModel actors, PartnershipReadModel partnerships,
            ProjectReadModel projects, ProductGroupReadModel productGroups) {
        super(context, TARGET);
        form.section(getTranslation("editor.section.event"));
        form.localized("title", getTranslation("editor.title"), false);
        form.choice("category", getTranslation("editor.event.category"), EventCategory.class, "event.category");
        form.choice("status", getTranslation("editor.event.status"), EventStatus.class, "event.status");
        form.section(getTranslation("editor.section.time"));
        form.dateTime("start", getTranslation("editor.event.start"));
        form.dateTime("end", getTranslation("editor.event.end"));
        form.check("allDay", getTranslation("editor.event.all-day"));
        form.instant("publishAt", getTranslation("editor.event.publish-at"));
        form.localized("statusNote", getTranslation("editor.event.status-note"), false);
        form.text("recurrence.rule", getTranslation("editor.event.rule"))
            .setHelperText(getTranslation("editor.event.rule.help"));
        Hints.example(form.words("recurrence.exceptions", getTranslation("editor.event.exceptions")),
                "editor.hint.dates");
        form.rows("occurrenceChanges", getTranslation("editor.event.changes"),
                getTranslation("editor.event.changes.add"), getTranslation("editor.remove"), change -> {
                    change.date("date", getTranslation("editor.event.changes.date"));
                    change.dateTime("start", getTranslation("editor.event.changes.start"));
                    change.dateTime("end", getTranslation("editor.event.changes.end"));
                    change.check("cancelled", getTranslation("editor.event.changes.cancelled"));
                    change.localized("note", getTranslation("editor.event.changes.note"), false);
                });
        form.section(getTranslation("editor.section.texts"));
        form.localized("summary", getTranslation("editor.summary"), false);
        form.localized("description", getTranslation("editor.description"), true);
        form.section(getTranslation("editor.section.place"));
        form.text("venue.name", getTranslation("editor.event.venue"));
        form.text("venue.address.street", getTranslation("editor.address.street"));
        form.text("venue.address.postalCode", getTranslation("editor.address.postal-code"));
        form.text("venue.address.city", getTranslation("editor.address.city"));
        Hints.example(form.text("venue.address.country", getTranslation("editor.partner.country")),
                "editor.hint.country");
        Hints.example(form.text("onlineUrl", getTranslation("editor.event.online")), "editor.hint.web-address");
        form.choices("audiences", getTranslation("editor.event.audiences"), Audience.class, "event.audience");
        Hints.example(form.words("languages", getTranslation("editor.actor.languages")), "editor.hint.languages");
        form.localized("accessibility", getTranslation("editor.event.accessibility"), false);
        form.money("price", getTranslation("editor.event.price"));
        form.section(getTranslation("editor.section.signup"));
        form.integer("registration.capacity", getTranslation("editor.event.capacity"))
            .setHelperText(getTranslation("editor.event.capacity.help"));
        form.dateTime("registration.closes", getTranslation("editor.event.closes"));
        form.integer("registration.claimHours", getTranslation("editor.event.claim-hours"));
        form.integer("registration.waitlist", getTranslation("editor.event.waitlist"))
            .setHelperText(getTranslation("editor.event.waitlist.help"));
        form.flag("registration.remindDayBefore", getTranslation("editor.event.remind"));
        form.section(getTranslation("editor.section.links"));
        form.reference("organiserId", getTranslation("editor.event.organiser"),
                names(actors.current().stream().map(e -> e.state()).map(a -> Map.entry(a.id(), a.name()))));
        form.references("partnershipIds", getTranslation("staff.nav.partnerships"), names(
                partnerships.current().stream().map(e -> e.state()).map(p -> Map.entry(p.id(), p.partner().name()))));
        form.references("projectIds", getTranslation("staff.nav.projects"),
                names(projects.current().stream().map(e -> e.state()).map(p -> Map.entry(p.id(), p.title().de()))));
        form.goals("sdgs", getTranslation("editor.sdgs"));
        form.image("image", getTranslation("editor.image"));
        form.attachments("attachments", getTranslation("editor.attachments"));
        form.references("productGroups", getTranslation("editor.product-groups"), productGroups.names(getLocale()));
    }

    private static Map<String, String> names(Stream<Map.Entry<String, String>> entries) {
        Map<String, String> names = new LinkedHashMap<>();
        entries.sorted(Map.Entry.comparingByValue()).forEach(e -> names.put(e.getKey(), e.getValue()));
        return names;
    }

    @Override
    protected ObjectNode defaults() {
        LocalDateTime start = LocalDateTime.now(clock).plusDays(14).truncatedTo(ChronoUnit.DAYS).withHour(19);
        return Json.strict()
            .createObjectNode()
            .put("status", EventStatus.DRAFT.name())
            .put("category", EventCategory.TALK.name())
            .put("start", start.toString())
            .put("end", start.plusHours(2).toString());
    }

    @Override
    protected String nameOf(JsonNode document) {
        return document.at("/title/de").asString("");
    }

}
