package de.globallokal.webui.base.ui;

import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import de.globallokal.core.calendar.CalendarEvent;
import de.globallokal.core.calendar.Occurrence;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * One coming date as the other pages list it: when, then the event's title linking to
 * that date.
 */
public final class DateLinks {

    private DateLinks() {
    }

    public static ListItem item(CalendarEvent event, Occurrence occurrence, Locale locale) {
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
            .withLocale(locale);
        return new ListItem(new Span(when.format(occurrence.start()) + " – "),
                PublicPaths.link(event.title().in(locale), PublicPaths.EVENT, occurrence.id()));
    }

}
