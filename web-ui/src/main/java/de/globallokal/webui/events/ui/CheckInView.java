package de.globallokal.webui.events.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.StreamResource;
import com.vaadin.flow.spring.security.AuthenticationContext;
import de.globallokal.core.calendar.CalendarEvent;
import de.globallokal.core.calendar.Occurrence;
import de.globallokal.core.json.Json;
import de.globallokal.support.calendar.CalendarFiles;
import de.globallokal.webui.base.ui.StaffLayout;
import de.globallokal.webui.editing.StaffApi;
import de.globallokal.webui.editing.StaffApi.Answer;
import de.globallokal.webui.editing.ui.EditorContext;
import de.globallokal.webui.events.CheckInPdf;
import de.globallokal.webui.projection.EventReadModel;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The door of one date, on a phone: tick the confirmed registrants as they come, count
 * who comes without registering, print the list, write to everyone registered. Opens on
 * the date that is on now or next.
 */
@Route(value = "staff/einlass", layout = StaffLayout.class)
@Menu(title = "staff.nav.checkin", order = 7.5)
@RolesAllowed({ "EDITOR", "ADMIN" })
class CheckInView extends Div implements HasDynamicTitle, BeforeEnterObserver {

    /** A date that began this long ago is still at the door. */
    private static final Duration STILL_ON = Duration.ofHours(6);

    private final EditorContext context;

    private final String staff;

    private final Clock clock;

    private final Select<CalendarEvent> eventChooser = new Select<>();

    private final Select<Occurrence> dateChooser = new Select<>();

    private final Paragraph tally = new Paragraph();

    private final Paragraph status = new Paragraph();

    private final TextField search = new TextField();

    private final Div guests = new Div();

    private final Anchor print = new Anchor();

    private final Button write = new Button();

    private List<JsonNode> confirmed = List.of();

    private int walkIns;

    private final DateTimeFormatter when;

    CheckInView(EventReadModel events, EditorContext context, AuthenticationContext authentication) {
        this.context = context;
        this.staff = authentication.getPrincipalName().orElseThrow();
        this.clock = context.clock();
        addClassName("gl-checkin");
        Locale locale = getLocale();
        when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.FULL, FormatStyle.SHORT)
            .withLocale(locale)
            .withZone(clock.getZone());
        Instant now = clock.instant();
        List<CalendarEvent> withSignup = events.current()
            .stream()
            .map(e -> e.state())
            .filter(e -> e.registration() != null && e.status().isPublic())
            .sorted(Comparator.comparing(e -> next(e, now).map(o -> o.start().toInstant()).orElse(Instant.MAX)))
            .toList();
        eventChooser.setLabel(getTranslation("staff.registrations.event"));
        eventChooser.setItems(withSignup);
        eventChooser.setItemLabelGenerator(e -> e.title().in(locale));
        eventChooser.setWidthFull();
        dateChooser.setLabel(getTranslation("signup.date"));
        dateChooser.setItemLabelGenerator(o -> when.format(o.start()));
        dateChooser.setWidthFull();
        eventChooser.addValueChangeListener(change -> {
            CalendarEvent event = change.getValue();
            dateChooser.setItems(
                    event == null ? List.of() : event.occurrences().stream().filter(o -> !o.cancelled()).toList());
            if (event != null) {
                next(event, now).or(() -> event.occurrences().stream().findFirst()).ifPresent(dateChooser::setValue);
            }
        });
        dateChooser.addValueChangeListener(change -> show());
        search.setLabel(getTranslation("staff.checkin.search"));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.EAGER);
        search.setWidthFull();
        search.addValueChangeListener(change -> list());
        tally.addClassName("gl-checkin-tally");
        tally.getElement().setAttribute("aria-live", "polite");
        status.getElement().setAttribute("role", "status");
        Button more = new Button(getTranslation("staff.checkin.walk-in"), click -> countWalkIn(1));
        more.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        Button fewer = new Button(getTranslation("staff.checkin.walk-in.undo"), click -> countWalkIn(-1));
        fewer.addThemeVariants(ButtonVariant.LUMO_LARGE);
        print.setText(getTranslation("staff.checkin.pdf"));
        print.getElement().setAttribute("download", true);
        // both need a date's list: hidden until one is shown
        print.setVisible(false);
        write.setVisible(false);
        write.setText(getTranslation("staff.letter.open"));
        write.addClickListener(click -> openLetter());
        Div door = new Div(more, fewer);
        door.addClassName("gl-checkin-door");
        Div after = new Div(print, write);
        after.addClassName("gl-checkin-after");
        add(new H1(getTranslation("staff.checkin.title")), eventChooser, dateChooser, tally, door, status, search,
                guests, after);
        withSignup.stream().findFirst().ifPresent(eventChooser::setValue);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent entering) {
        // a link from the registrations page names the event and the date
        var parameters = entering.getLocation().getQueryParameters();
        parameters.getSingleParameter("event")
            .flatMap(id -> eventChooser.getListDataView().getItems().filter(e -> e.id().equals(id)).findFirst())
            .ifPresent(eventChooser::setValue);
        parameters.getSingleParameter("date")
            .flatMap(id -> dateChooser.getListDataView().getItems().filter(o -> o.id().equals(id)).findFirst())
            .ifPresent(dateChooser::setValue);
    }

    private static Optional<Occurrence> next(CalendarEvent event, Instant now) {
        return event.occurrences()
            .stream()
            .filter(o -> !o.cancelled() && o.start().toInstant().isAfter(now.minus(STILL_ON)))
            .min(Comparator.comparing(o -> o.start().toInstant()));
    }

    private void show() {
        CalendarEvent event = eventChooser.getValue();
        Occurrence date = dateChooser.getValue();
        guests.removeAll();
        print.setVisible(false);
        write.setVisible(false);
        if (event == null || date == null) {
            tally.setText(getTranslation("staff.registrations.choose"));
            return;
        }
        StaffApi api = context.api();
        Answer list = api.get(StaffApi.Service.EVENTS, staff, "/api/events/" + event.id() + "/registrations");
        Answer seats = api.get(StaffApi.Service.EVENTS, staff, "/api/events/" + event.id() + "/seats");
        if (!list.ok() || !seats.ok()) {
            status.setText(getTranslation("staff.registrations.unavailable"));
            confirmed = List.of();
            return;
        }
        List<JsonNode> rows = new ArrayList<>();
        list.body().path("data").forEach(r -> {
            if (date.id().equals(r.path("occurrenceId").asString()) && "CONFIRMED".equals(r.path("status").asString())
                    && !r.path("anonymised").asBoolean()) {
                rows.add(r);
            }
        });
        rows.sort(Comparator.comparing(r -> r.path("name").asString("").toLowerCase(getLocale())));
        confirmed = rows;
        walkIns = 0;
        seats.body().path("dates").forEach(d -> {
            if (date.id().equals(d.path("occurrenceId").asString())) {
                walkIns = d.path("walkIns").asInt();
            }
        });
        status.setText("");
        list();
        print.setHref(
                new StreamResource("einlass-" + date.id() + ".pdf", () -> new ByteArrayInputStream(pdf(event, date))));
        print.setVisible(true);
        write.setVisible(true);
    }

    /** The confirmed registrants matching the search, each a box to tick. */
    private void list() {
        guests.removeAll();
        String wanted = search.getValue().trim().toLowerCase(getLocale());
        for (JsonNode registrant : confirmed) {
            String name = registrant.path("name").asString("");
            if (!wanted.isEmpty() && !name.toLowerCase(getLocale()).contains(wanted)) {
                continue;
            }
            Checkbox came = new Checkbox(name, registrant.path("attended").asBoolean());
            came.addClassName("gl-checkin-guest");
            String note = registrant.path("note").asString("");
            if (!note.isBlank()) {
                came.setHelperText(note);
            }
            came.addValueChangeListener(change -> {
                if (change.isFromClient()) {
                    tick(registrant, came, change.getValue());
                }
            });
            guests.add(came);
        }
        if (confirmed.isEmpty()) {
            guests.add(new Span(getTranslation("staff.checkin.none")));
        }
        count();
    }

    private void tick(JsonNode registrant, Checkbox box, boolean present) {
        CalendarEvent event = eventChooser.getValue();
        Answer answer = context.api()
            .post(StaffApi.Service.EVENTS, staff, "/api/events/" + event.id() + "/registrations/"
                    + registrant.path("id").asString() + "/attendance?present=" + present);
        if (!answer.ok()) {
            box.setValue(!present);
            status.setText(answer.body().path("detail").asString(getTranslation("staff.registrations.failed")));
            return;
        }
        ((ObjectNode) registrant).put("attended", present);
        count();
    }

    private void countWalkIn(int delta) {
        CalendarEvent event = eventChooser.getValue();
        Occurrence date = dateChooser.getValue();
        if (event == null || date == null) {
            return;
        }
        Answer answer = context.api()
            .post(StaffApi.Service.EVENTS, staff, "/api/events/" + event.id() + "/dates/" + date.id() + "/walk-ins",
                    Json.strict().createObjectNode().put("delta", delta));
        if (!answer.ok()) {
            status.setText(answer.body().path("detail").asString(getTranslation("staff.registrations.failed")));
            return;
        }
        walkIns = answer.body().path("walkIns").asInt();
        status.setText("");
        count();
    }

    private void count() {
        long came = confirmed.stream().filter(r -> r.path("attended").asBoolean()).count();
        tally.setText(getTranslation("staff.checkin.tally", came, confirmed.size(), walkIns));
    }

    private byte[] pdf(CalendarEvent event, Occurrence date) {
        String place = CalendarFiles.location(event);
        return CheckInPdf.write(event.title().in(getLocale()),
                when.format(date.start()) + (place == null ? "" : " · " + place),
                confirmed.stream()
                    .map(r -> new CheckInPdf.Guest(r.path("name").asString(""), r.path("note").asString(null),
                            r.path("attended").asBoolean()))
                    .toList(),
                new CheckInPdf.Labels(getTranslation("staff.checkin.pdf.came"), getTranslation("signup.name"),
                        getTranslation("staff.checkin.pdf.note"), getTranslation("staff.checkin.pdf.walk-ins"),
                        getTranslation("staff.checkin.pdf.count", confirmed.size())));
    }

    private void openLetter() {
        CalendarEvent event = eventChooser.getValue();
        Occurrence date = dateChooser.getValue();
        if (event == null || date == null) {
            return;
        }
        new LetterDialog(context, staff, event.id(), date.id(), when.format(date.start()), status::setText).open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("staff.checkin.title") + " – " + getTranslation("app.name");
    }

}
