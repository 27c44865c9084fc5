package de.globallokal.webui.events.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import de.globallokal.core.calendar.CalendarEvent;
import de.globallokal.core.calendar.EventStatus;
import de.globallokal.core.calendar.Occurrence;
import de.globallokal.core.calendar.Seats;
import de.globallokal.core.project.Money;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.Locale;

/** How the calendar says dates, seats, prices and notices, in the visitor's language. */
final class EventTexts {

    private EventTexts() {
    }

    /** Where the words come from: a view's translations or a first response's. */
    interface Words {

        String text(String key, Object... parameters);

    }

    /**
     * "Dienstag, 16. März 2027, 15:00–17:00" in the event's own zone (the offset travels
     * with the date).
     */
    static String when(Component view, CalendarEvent event, Occurrence occurrence) {
        return when(view::getTranslation, locale(), event, occurrence);
    }

    static String when(Words words, Locale locale, CalendarEvent event, Occurrence occurrence) {
        DateTimeFormatter day = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale);
        DateTimeFormatter time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale);
        if (event.allDay()) {
            var last = occurrence.end().toLocalDate().minusDays(1);
            return last.isAfter(occurrence.start().toLocalDate())
                    ? day.format(occurrence.start()) + " – " + day.format(last)
                    : day.format(occurrence.start()) + ", " + words.text("events.all-day");
        }
        if (occurrence.end().toLocalDate().equals(occurrence.start().toLocalDate())) {
            return day.format(occurrence.start()) + ", " + time.format(occurrence.start()) + "–"
                    + time.format(occurrence.end());
        }
        return day.format(occurrence.start()) + ", " + time.format(occurrence.start()) + " – "
                + day.format(occurrence.end()) + ", " + time.format(occurrence.end());
    }

    /** Seats left in words; null when the event needs no registration. */
    static String seats(Component view, CalendarEvent event, Occurrence occurrence) {
        return seats(view::getTranslation, event, occurrence);
    }

    static String seats(Words words, CalendarEvent event, Occurrence occurrence) {
        if (event.registration() == null) {
            return words.text("events.no-registration");
        }
        Seats seats = event.seatsOf(occurrence.id()).orElse(null);
        if (seats == null) {
            return null;
        }
        return seats.available() > 0 ? words.text("events.seats-left", seats.available(), seats.capacity())
                : words.text("events.full", seats.waitlisted());
    }

    static String price(Component view, Money price) {
        return price(view::getTranslation, locale(), price);
    }

    static String price(Words words, Locale locale, Money price) {
        if (price == null || price.amountMinor() == 0) {
            return words.text("events.free");
        }
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(Currency.getInstance(price.currency()));
        return format.format(BigDecimal.valueOf(price.amountMinor(), 2));
    }

    private static Locale locale() {
        return UI.getCurrent() == null ? Locale.GERMAN : UI.getCurrent().getLocale();
    }

    /**
     * The notice of a postponed or cancelled event or date, said in words and not by
     * colour alone.
     */
    static Component notice(Component view, EventStatus status, String note) {
        Paragraph notice = new Paragraph();
        notice.addClassName("gl-notice");
        notice.add(new Span(view.getTranslation("event.status." + status.name()) + (note == null ? "" : ": ")));
        if (note != null) {
            notice.add(new Span(note));
        }
        return notice;
    }

}
