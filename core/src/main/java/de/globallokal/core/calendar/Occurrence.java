package de.globallokal.core.calendar;

import com.fasterxml.jackson.annotation.JsonInclude;
import de.globallokal.core.value.LocalizedText;
import java.time.OffsetDateTime;

/**
 * One concrete date of an event. A single event has one occurrence whose id is the
 * event's; in a series the id is {@code <eventId>-<yyyymmdd of the rule's date>} and
 * never changes.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Occurrence(String id, OffsetDateTime start, OffsetDateTime end, boolean cancelled, LocalizedText note) {
}
