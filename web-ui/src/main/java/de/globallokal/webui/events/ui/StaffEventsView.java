package de.globallokal.webui.events.ui;

import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import de.globallokal.core.calendar.CalendarEvent;
import de.globallokal.webui.base.ui.StaffLayout;
import de.globallokal.webui.editing.ui.StaffListView;
import de.globallokal.webui.projection.EventReadModel;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Comparator;

/** Every event in any state (drafts too), soonest first, each opening its editor. */
@Route(value = "staff/veranstaltungen", layout = StaffLayout.class)
@Menu(title = "staff.nav.events", order = 6)
@RolesAllowed({ "EDITOR", "ADMIN" })
public class StaffEventsView extends StaffListView<CalendarEvent> {

    public StaffEventsView(EventReadModel events) {
        super("staff.nav.events", "editor.kind.event", EventEditor.class,
                events.current()
                    .stream()
                    .map(e -> e.state())
                    .sorted(Comparator.comparing(CalendarEvent::start))
                    .toList(),
                CalendarEvent::id, e -> e.title().de(), "editor.title");
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
            .withLocale(getLocale());
        grid.addColumn(e -> when.format(e.start())
                + (e.occurrences().size() > 1 ? " (+" + (e.occurrences().size() - 1) + ")" : ""))
            .setHeader(getTranslation("editor.event.start"))
            .setAutoWidth(true)
            .setFlexGrow(0);
        grid.addColumn(e -> getTranslation("event.status." + e.status()))
            .setHeader(getTranslation("editor.event.status"));
        grid.addColumn(e -> e.seats().isEmpty() ? ""
                : e.seats().stream().mapToInt(s -> s.confirmed()).sum()
                        + (e.registration() == null ? "" : " / " + e.registration().capacity() * e.seats().size()))
            .setHeader(getTranslation("editor.event.seats"));
    }

}
