package de.globallokal.webui.events.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import de.globallokal.core.calendar.CalendarEvent;
import de.globallokal.webui.base.VaadinViewTest;
import de.globallokal.webui.events.CalendarEnvelopes;
import de.globallokal.webui.projection.EventReadModel;
import de.globallokal.webui.security.StaffAccounts;
import de.globallokal.webui.security.StaffRole;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * The staff registrations page lists events that take sign-ups and says plainly when the
 * service is away.
 */
@TestPropertySource(properties = "globallokal.services.events-url=http://127.0.0.1:9")
class RegistrationsViewTests extends VaadinViewTest {

    @Autowired
    EventReadModel events;

    @Autowired
    StaffAccounts accounts;

    @Test
    @SuppressWarnings("unchecked")
    void choosingAnEventWhileEventsServiceIsAwaySaysSoAndChangesNothing() throws Exception {
        String title = "Anmeldeliste " + UUID.randomUUID();
        events.apply(CalendarEnvelopes.event(title, "TALK", "PUBLISHED", 10, null, 4));
        if (!accounts.exists("erika")) {
            accounts.create("erika", "a-long-enough-password", EnumSet.of(StaffRole.EDITOR));
        }
        signIn("erika", "EDITOR");
        UI.getCurrent().setLocale(Locale.GERMAN);

        UI.getCurrent().navigate(RegistrationsView.class);
        Select<CalendarEvent> chooser = _get(Select.class);
        assertThat(_get(Grid.class).getEmptyStateText()).as("an empty list before a choice says what to do")
            .contains("Wählen Sie oben eine Veranstaltung");
        assertThat(chooser.getListDataView().getItems().map(CalendarEvent::start).toList()).as("the next first")
            .isSortedAccordingTo(Comparator.naturalOrder());
        CalendarEvent event = chooser.getListDataView()
            .getItems()
            .filter(e -> e.title().de().equals(title))
            .findFirst()
            .orElseThrow();
        chooser.setValue(event);

        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText))
            .anyMatch(t -> t.contains("nicht erreichbar"));
    }

}
