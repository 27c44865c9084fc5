package de.globallokal.webui.projection;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import de.globallokal.core.calendar.CalendarEvent;
import java.util.List;

/**
 * An event with the names of what it refers to, resolved from web-ui's own read models at
 * the time it is read, so a renamed organiser shows its new name at once.
 *
 * @param organiserName null when the event names no organiser or the actor is unknown
 * (yet)
 * @param organiserPath the organiser's page address segment, null with the name
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CalendarEntry(@JsonUnwrapped CalendarEvent event, String organiserName, List<Reference> partnerships,
        List<Reference> projects, String organiserPath) {

    /** A referred partnership or project: its id, slug for the page and name. */
    public record Reference(String id, String slug, String name) {
    }
}
