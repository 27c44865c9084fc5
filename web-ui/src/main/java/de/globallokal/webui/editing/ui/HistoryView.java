package de.globallokal.webui.editing.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import de.globallokal.webui.base.ui.StaffLayout;
import de.globallokal.webui.editing.StaffApi;
import de.globallokal.webui.security.StaffAccounts;
import de.globallokal.webui.editing.StaffApi.Answer;
import de.globallokal.webui.editing.StaffApi.Service;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Every version of one entry: who changed it, when, and which fields — as the owning
 * service recorded it.
 */
@Route(value = "staff/verlauf/:kind/:id", layout = StaffLayout.class)
@RolesAllowed({ "EDITOR", "ADMIN" })
class HistoryView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    /** The collections with a history, and the service that keeps it. */
    static final Map<String, Service> KINDS = Map.of("partnerships", Service.PARTNERSHIPS, "projects",
            Service.PARTNERSHIPS, "actors", Service.PARTNERSHIPS, "contacts", Service.PARTNERSHIPS, "events",
            Service.EVENTS);

    private final StaffApi api;

    private final String staff;

    private final Grid<JsonNode> versions = new Grid<>();

    private final Paragraph status = new Paragraph();

    public HistoryView(StaffApi api, StaffAccounts accounts, AuthenticationContext authentication, Clock clock) {
        this.api = api;
        this.staff = authentication.getPrincipalName().orElseThrow();
        addClassName("gl-history");
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
            .withLocale(getLocale())
            .withZone(clock.getZone());
        versions.addColumn(v -> v.path("version").asString())
            .setHeader(getTranslation("history.version"))
            .setAutoWidth(true)
            .setFlexGrow(0);
        versions.addColumn(v -> when.format(Instant.parse(v.path("time").asString())))
            .setHeader(getTranslation("history.time"))
            .setAutoWidth(true);
        versions.addColumn(v -> v.path("actor").asString(""))
            .setHeader(getTranslation("history.actor"))
            .setAutoWidth(true);
        // which city's colleague it was: partner-town accounts write for the partner
        Map<String, Boolean> partners = new HashMap<>();
        versions.addColumn(v -> getTranslation(partners.computeIfAbsent(v.path("actor").asString(""),
                actor -> accounts.partnershipOf(actor).isPresent()) ? "history.side.PARTNER" : "history.side.LOCAL"))
            .setHeader(getTranslation("history.side"))
            .setAutoWidth(true);
        versions
            .addColumn(v -> getTranslation(v.path("type").asString().contains("deleted") ? "history.deleted"
                    : v.path("version").asLong() <= 1 ? "history.created" : "history.changed"))
            .setHeader(getTranslation("history.what"))
            .setAutoWidth(true);
        versions.addColumn(v -> {
            List<String> fields = new ArrayList<>();
            v.path("changedFields").forEach(f -> fields.add(f.asString()));
            return String.join(", ", fields);
        }).setHeader(getTranslation("history.fields")).setFlexGrow(3);
        versions.setAllRowsVisible(true);
        status.getElement().setAttribute("role", "status");
        add(new H1(getTranslation("history.title")), status, versions);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String kind = event.getRouteParameters().get("kind").orElse("");
        String id = event.getRouteParameters().get("id").orElse("");
        Service service = KINDS.get(kind);
        if (service == null) {
            status.setText(getTranslation("editor.not-found"));
            return;
        }
        Answer answer = api.get(service, staff, "/api/" + kind + "/" + id + "/history");
        if (!answer.ok()) {
            status.setText(
                    answer.status() == 404 ? getTranslation("editor.not-found") : getTranslation("editor.unreachable"));
            return;
        }
        List<JsonNode> rows = new ArrayList<>();
        answer.body().path("data").forEach(rows::add);
        Collections.reverse(rows); // newest first
        versions.setItems(rows);
        status.setText(getTranslation("history.count", rows.size()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("history.title") + " – " + getTranslation("staff.brand");
    }

}
