package de.globallokal.webui.events.ui;

import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import de.globallokal.webui.events.CalendarDates.Dated;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** One coming date as the other pages list it: when, then the event's title linking to that date. */
public final class DateLinks {

    private DateLinks() {
    }

    public static ListItem item(Dated date, Locale locale) {
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale);
        return new ListItem(new Span(when.format(date.occurrence().start()) + " – "),
                new RouterLink(date.event().title().in(locale), EventView.class,
                        new RouteParameters("id", date.occurrence().id())));
    }
}
