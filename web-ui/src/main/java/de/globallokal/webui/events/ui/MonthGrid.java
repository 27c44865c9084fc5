package de.globallokal.webui.events.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.dom.Element;
import de.globallokal.webui.base.ui.PublicPaths;
import de.globallokal.webui.projection.CalendarDates.Dated;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;

/**
 * One month as a table of weeks (Monday first), each day with its events as links. A real
 * table with a caption and weekday headers, so screen readers announce day and weekday.
 */
final class MonthGrid {

    private MonthGrid() {
    }

    static Component of(Component view, YearMonth month, List<Dated> dates, Locale locale) {
        Element table = new Element("table");
        table.setAttribute("class", "gl-month");
        Element caption = new Element("caption");
        caption.setText(month.atDay(1).format(DateTimeFormatter.ofPattern("LLLL yyyy", locale)));
        table.appendChild(caption);
        Element head = new Element("tr");
        for (DayOfWeek day : DayOfWeek.values()) {
            Element th = new Element("th");
            th.setAttribute("scope", "col");
            th.setAttribute("abbr", day.getDisplayName(TextStyle.FULL, locale));
            th.setText(day.getDisplayName(TextStyle.SHORT, locale));
            head.appendChild(th);
        }
        Element thead = new Element("thead");
        thead.appendChild(head);
        table.appendChild(thead);
        Element body = new Element("tbody");
        LocalDate day = month.atDay(1).with(DayOfWeek.MONDAY);
        DateTimeFormatter full = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale);
        DateTimeFormatter time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale);
        while (!day.isAfter(month.atEndOfMonth())) {
            Element week = new Element("tr");
            for (int i = 0; i < 7; i++, day = day.plusDays(1)) {
                Element cell = new Element("td");
                if (YearMonth.from(day).equals(month)) {
                    LocalDate today = day;
                    Span number = new Span(String.valueOf(day.getDayOfMonth()));
                    number.getElement().setAttribute("aria-label", full.format(day));
                    number.addClassName("gl-month-day");
                    Div content = new Div(number);
                    UnorderedList list = new UnorderedList();
                    dates.stream().filter(d -> d.occurrence().start().toLocalDate().equals(today)).forEach(d -> {
                        Anchor link = PublicPaths.link(d.event().title().in(locale), PublicPaths.EVENT,
                                d.occurrence().id());
                        ListItem item = new ListItem(new Span(time.format(d.occurrence().start()) + " "), link);
                        if (d.occurrence().cancelled() || !d.event().status().name().equals("PUBLISHED")) {
                            item.add(new Span(" ("
                                    + view.getTranslation("event.status."
                                            + (d.occurrence().cancelled() ? "CANCELLED" : d.event().status().name()))
                                    + ")"));
                        }
                        list.add(item);
                    });
                    if (list.getChildren().findAny().isPresent()) {
                        content.add(list);
                    }
                    cell.appendChild(content.getElement());
                }
                else {
                    cell.setAttribute("class", "gl-month-outside");
                }
                week.appendChild(cell);
            }
            body.appendChild(week);
        }
        table.appendChild(body);
        Div wrapper = new Div();
        wrapper.addClassName("gl-month-wrapper");
        wrapper.getElement().appendChild(table);
        return wrapper;
    }

}
