package de.globallokal.webui.events.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.StreamResource;
import com.vaadin.flow.spring.security.AuthenticationContext;
import de.globallokal.core.calendar.CalendarEvent;
import de.globallokal.webui.base.ui.StaffLayout;
import de.globallokal.webui.editing.StaffApi;
import de.globallokal.webui.editing.StaffApi.Answer;
import de.globallokal.webui.projection.EventReadModel;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.JsonNode;

/**
 * Staff handle the sign-ups of one event: the list in waitlist order, move someone up,
 * cancel, erase on request, CSV export, and the messages that went (or, without SMTP,
 * would have gone) to the registrants. Personal data is fetched from events-service for
 * this page only.
 */
@Route(value = "staff/anmeldungen", layout = StaffLayout.class)
@Menu(title = "staff.nav.registrations", order = 7)
@RolesAllowed({ "EDITOR", "ADMIN" })
class RegistrationsView extends Div implements HasDynamicTitle {

    private final StaffApi client;

    private final String staff;

    private final Grid<JsonNode> grid = new Grid<>();

    private final Paragraph status = new Paragraph();

    private final Div messages = new Div();

    private final Anchor export = new Anchor();

    private final Button anonymise = new Button();

    private final Anchor door = new Anchor();

    private List<JsonNode> shown = List.of();

    private CalendarEvent event;

    public RegistrationsView(EventReadModel events, StaffApi client, AuthenticationContext authentication) {
        this.client = client;
        this.staff = authentication.getPrincipalName().orElseThrow();
        addClassName("gl-registrations");
        Locale locale = getLocale();
        Select<CalendarEvent> chooser = new Select<>();
        chooser.setLabel(getTranslation("staff.registrations.event"));
        chooser.setItems(events.current()
            .stream()
            .map(e -> e.state())
            .filter(e -> e.registration() != null)
            .sorted(Comparator.comparing(CalendarEvent::start))
            .toList());
        chooser.setPlaceholder(getTranslation("staff.registrations.pick"));
        chooser.setItemLabelGenerator(e -> e.title().in(locale) + " – " + e.start().toLocalDate());
        chooser.setWidth("min(100%, 36rem)");
        chooser.addValueChangeListener(change -> show(change.getValue()));
        status.getElement().setAttribute("role", "status");
        grid.addColumn(r -> getTranslation("staff.registration.status." + r.path("status").asString()))
            .setHeader(getTranslation("staff.registrations.status"));
        grid.addColumn(r -> r.has("position") ? r.get("position").asString() : "")
            .setHeader(getTranslation("staff.registrations.position"));
        grid.addColumn(r -> r.path("name").asString(r.path("anonymised").asBoolean() ? "—" : ""))
            .setHeader(getTranslation("signup.name"));
        grid.addColumn(r -> r.path("email").asString("")).setHeader(getTranslation("signup.email"));
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
            .withLocale(locale);
        grid.addColumn(r -> event == null ? ""
                : event.occurrences()
                    .stream()
                    .filter(o -> o.id().equals(r.path("occurrenceId").asString()))
                    .findFirst()
                    .map(o -> when.format(o.start()))
                    .orElse(""))
            .setHeader(getTranslation("signup.date"));
        grid.addComponentColumn(this::actions)
            .setHeader(getTranslation("staff.registrations.actions"))
            .setAutoWidth(true)
            .setFlexGrow(0);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("staff.registrations.choose"));
        export.setText(getTranslation("staff.registrations.export"));
        export.setVisible(false);
        door.setText(getTranslation("staff.registrations.door"));
        door.setVisible(false);
        anonymise.setText(getTranslation("staff.registrations.anonymise"));
        anonymise.setVisible(false);
        anonymise.addClickListener(click -> confirmAnonymiseAll());
        add(new H1(getTranslation("staff.registrations.title")), chooser, status, new Div(export, door, anonymise),
                grid, new H2(getTranslation("staff.registrations.messages")), messages);
    }

    private Div actions(JsonNode registration) {
        Div actions = new Div();
        String id = registration.path("id").asString();
        String state = registration.path("status").asString();
        if ("WAITLISTED".equals(state) || "OFFERED".equals(state)) {
            actions.add(new Button(getTranslation("staff.registrations.promote"), click -> act(id, "promote")));
        }
        if ("CONFIRMED".equals(state) || "WAITLISTED".equals(state) || "OFFERED".equals(state)) {
            actions.add(new Button(getTranslation("staff.registrations.cancel"), click -> act(id, "cancel")));
        }
        if (!registration.path("anonymised").asBoolean()) {
            actions.add(new Button(getTranslation("staff.registrations.erase"), click -> act(id, "erase")));
        }
        return actions;
    }

    private void act(String registrationId, String action) {
        Answer answer = client.post(StaffApi.Service.EVENTS, staff,
                "/api/events/" + event.id() + "/registrations/" + registrationId + "/" + action);
        show(event);
        status.setText(answer.ok() ? getTranslation("staff.registrations.done") : problem(answer));
    }

    private void show(CalendarEvent chosen) {
        event = chosen;
        if (chosen == null) {
            return;
        }
        Answer list = client.get(StaffApi.Service.EVENTS, staff, "/api/events/" + chosen.id() + "/registrations");
        if (!list.ok()) {
            grid.setItems(List.of());
            status.setText(problem(list));
            return;
        }
        List<JsonNode> rows = new ArrayList<>();
        list.body().path("data").forEach(rows::add);
        grid.setItems(rows);
        grid.setEmptyStateText(getTranslation("staff.registrations.none"));
        shown = rows;
        anonymise.setVisible(rows.stream().anyMatch(r -> !r.path("anonymised").asBoolean()));
        status.setText(getTranslation("staff.registrations.count", rows.size()));
        export.setHref(new StreamResource("anmeldungen-" + chosen.id() + ".csv",
                () -> new ByteArrayInputStream(client
                    .get(StaffApi.Service.EVENTS, staff, "/api/events/" + chosen.id() + "/registrations/export")
                    .bytes())));
        export.getElement().setAttribute("download", true);
        export.setVisible(true);
        // ticking names, walk-ins, the printed list and letters are per date, at the door
        door.setHref("staff/einlass?event=" + chosen.id());
        door.setVisible(true);
        messages.removeAll();
        Answer sent = client.get(StaffApi.Service.EVENTS, staff, "/api/messages?event=" + chosen.id() + "&limit=50");
        sent.body()
            .path("data")
            .forEach(m -> messages.add(new Paragraph(m.path("status").asString() + " · " + m.path("kind").asString()
                    + " · " + m.path("to").asString("—") + " · " + m.path("subject").asString())));
        if (messages.getChildren().findAny().isEmpty()) {
            messages.add(new Paragraph(getTranslation("staff.registrations.messages.none")));
        }
    }

    /**
     * Erases the personal data of every registration of the event now, keeping the counts
     * (e.g. right after it took place).
     */
    private void confirmAnonymiseAll() {
        long named = shown.stream().filter(r -> !r.path("anonymised").asBoolean()).count();
        ConfirmDialog dialog = new ConfirmDialog(getTranslation("staff.registrations.anonymise"),
                getTranslation("staff.registrations.anonymise.confirm", named),
                getTranslation("staff.registrations.anonymise"), confirmed -> {
                    Answer answer = client.post(StaffApi.Service.EVENTS, staff,
                            "/api/events/" + event.id() + "/registrations/anonymise");
                    show(event);
                    status.setText(answer.ok()
                            ? getTranslation("staff.registrations.anonymised", answer.body().path("anonymised").asInt())
                            : problem(answer));
                });
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("editor.cancel"));
        dialog.open();
    }

    /**
     * The service's own explanation (e.g. "all seats are taken"), or ours when it could
     * not be reached.
     */
    private String problem(Answer answer) {
        return answer.status() == 503 ? getTranslation("staff.registrations.unavailable")
                : answer.body().path("detail").asString(getTranslation("staff.registrations.failed"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("staff.registrations.title") + " – " + getTranslation("app.name");
    }

}
