package de.globallokal.webui.events.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import de.globallokal.core.calendar.Audience;
import de.globallokal.core.calendar.CalendarEvent;
import de.globallokal.core.calendar.EventCategory;
import de.globallokal.core.calendar.EventStatus;
import de.globallokal.core.calendar.Occurrence;
import de.globallokal.core.partnership.Partnership;
import de.globallokal.support.projection.VersionedReadModel.Entry;
import de.globallokal.webui.base.ui.FilterSelect;
import de.globallokal.webui.base.ui.HasPageDescription;
import de.globallokal.webui.base.ui.PublicLayout;
import de.globallokal.webui.base.ui.PublicPaths;
import de.globallokal.webui.base.web.QueryValues;
import de.globallokal.webui.projection.CalendarDates.Dated;
import de.globallokal.webui.projection.CalendarDates;
import de.globallokal.webui.projection.CalendarFilter;
import de.globallokal.webui.projection.PartnershipReadModel;
import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import org.springframework.web.util.HtmlUtils;

/**
 * The public calendar: every coming date, with filters that stay in the address so it can
 * be shared.
 */
@Route(value = PublicPaths.EVENTS, layout = PublicLayout.class)
@Menu(title = "nav.events", order = 1)
@AnonymousAllowed
public class EventsView extends Div implements BeforeEnterObserver, HasDynamicTitle, HasPageDescription {

    private final CalendarDates calendar;

    private final PartnershipReadModel partnerships;

    private final Clock clock;

    public EventsView(CalendarDates calendar, PartnershipReadModel partnerships, Clock clock) {
        this.clock = clock;
        this.calendar = calendar;
        this.partnerships = partnerships;
        addClassName("gl-events");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        CalendarFilter filter = CalendarFilter.of(event.getLocation().getQueryParameters());
        removeAll();
        add(new H1(getTranslation("events.title")), new Paragraph(getTranslation("events.intro")));
        add(filterForm(filter));
        String filterQuery = filter.toQuery().getQueryString();
        Anchor subscribe = new Anchor("/feeds/events.ics" + (filterQuery.isEmpty() ? "" : "?" + filterQuery),
                getTranslation("events.subscribe"));
        Anchor atom = new Anchor("/feeds/events.atom", getTranslation("events.atom"));
        Paragraph feeds = new Paragraph(subscribe, new Span(" · "), atom);
        feeds.addClassName("gl-feeds");
        add(feeds);
        Map<String, List<String>> query = event.getLocation().getQueryParameters().getParameters();
        YearMonth month = month(QueryValues.first(query, "monat"));
        boolean monthView = "monat".equals(QueryValues.first(query, "ansicht"));
        add(viewSwitch(filter, monthView, month));
        if (monthView) {
            CalendarFilter inMonth = new CalendarFilter(month.atDay(1), month.atEndOfMonth(), filter.category(),
                    filter.sdg(), filter.partnerSlug(), null, filter.audience(), filter.text());
            add(MonthGrid.of(this, month, calendar.matching(inMonth, clock.instant()), getLocale()));
            return;
        }
        List<Dated> dates = calendar.matching(filter, clock.instant());
        int pages = Math.max(1, (dates.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        int page = Math.min(pages, Math.max(1, pageNumber(QueryValues.first(query, "seite"))));
        Section results = new Section();
        results.getElement().setAttribute("aria-label", getTranslation("events.results"));
        Paragraph count = new Paragraph(getTranslation("events.count", dates.size())
                + (pages > 1 ? " · " + getTranslation("events.page", page, pages) : ""));
        count.getElement().setAttribute("role", "status");
        results.add(count);
        if (!dates.isEmpty()) {
            UnorderedList cards = new UnorderedList();
            cards.addClassName("gl-cards");
            dates.stream()
                .skip((long) (page - 1) * PAGE_SIZE)
                .limit(PAGE_SIZE)
                .forEach(dated -> cards.add(card(dated)));
            results.add(cards);
        }
        if (pages > 1) {
            results.add(pager(filter, page, pages));
        }
        add(results);
    }

    /**
     * Ten dates a page: a calendar page stays short to read and light to hold
     * (bench/README.md).
     */
    static final int PAGE_SIZE = 10;

    private static int pageNumber(String value) {
        try {
            return value == null ? 1 : Integer.parseInt(value);
        }
        catch (NumberFormatException e) {
            return 1;
        }
    }

    /** Earlier and later dates, keeping the filters in the address. */
    private Nav pager(CalendarFilter filter, int page, int pages) {
        Nav pager = new Nav();
        pager.addClassName("gl-pager");
        pager.getElement().setAttribute("aria-label", getTranslation("events.pages"));
        for (int target : new int[] { page - 1, page + 1 }) {
            if (target < 1 || target > pages) {
                continue;
            }
            Map<String, String> q = new LinkedHashMap<>();
            filter.toQuery().getParameters().forEach((key, values) -> q.put(key, values.get(0)));
            q.put("seite", String.valueOf(target));
            Anchor link = PublicPaths.link(getTranslation(target < page ? "events.page.previous" : "events.page.next"),
                    PublicPaths.EVENTS, QueryParameters.simple(q));
            pager.add(link);
        }
        return pager;
    }

    /**
     * Links between list and month view (and to the months before and after), keeping the
     * filters.
     */
    private Paragraph viewSwitch(CalendarFilter filter, boolean monthView, YearMonth month) {
        Paragraph links = new Paragraph();
        links.addClassName("gl-view-switch");
        Map<String, String> base = new LinkedHashMap<>();
        filter.toQuery().getParameters().forEach((key, values) -> base.put(key, values.get(0)));
        Anchor list = PublicPaths.link(getTranslation("events.view.list"), PublicPaths.EVENTS,
                QueryParameters.simple(base));
        Map<String, String> monthQuery = new LinkedHashMap<>(base);
        monthQuery.put("ansicht", "monat");
        monthQuery.put("monat", month.toString());
        Anchor grid = PublicPaths.link(getTranslation("events.view.month"), PublicPaths.EVENTS,
                QueryParameters.simple(monthQuery));
        (monthView ? grid : list).getElement().setAttribute("aria-current", "page");
        links.add(list, new Span(" · "), grid);
        if (monthView) {
            for (YearMonth other : List.of(month.minusMonths(1), month.plusMonths(1))) {
                Map<String, String> q = new LinkedHashMap<>(monthQuery);
                q.put("monat", other.toString());
                Anchor link = PublicPaths.link(
                        getTranslation(other.isBefore(month) ? "events.view.previous" : "events.view.next"),
                        PublicPaths.EVENTS, QueryParameters.simple(q));
                links.add(new Span(" · "), link);
            }
        }
        return links;
    }

    private YearMonth month(String value) {
        try {
            return value == null ? YearMonth.now(clock) : YearMonth.parse(value);
        }
        catch (DateTimeParseException e) {
            return YearMonth.now(clock);
        }
    }

    /**
     * One date as a card. It is a single HTML node rather than a tree of components: a
     * calendar page holds many cards, and every component costs its visitor's session
     * memory and the size of the first response, which Vaadin keeps per page until the
     * next request.
     */
    private Html card(Dated dated) {
        CalendarEvent e = dated.event();
        Occurrence o = dated.occurrence();
        Locale locale = getLocale();
        StringBuilder html = new StringBuilder("<li class=\"gl-card\">");
        html.append("<p class=\"gl-card-when\">").append(escape(EventTexts.when(this, e, o))).append("</p>");
        String href = PublicPaths.href(PublicPaths.EVENT, o.id());
        html.append("<h2><a router-link href=\"")
            .append(escape(href))
            .append("\">")
            .append(escape(e.title().in(locale)))
            .append("</a></h2>");
        html.append("<span class=\"gl-badge\">")
            .append(escape(getTranslation("event.category." + e.category().name())))
            .append("</span>");
        if (e.status() != EventStatus.PUBLISHED || o.cancelled()) {
            EventStatus shown = o.cancelled() ? EventStatus.CANCELLED : e.status();
            String note = o.note() != null ? o.note().in(locale)
                    : e.statusNote() == null ? null : e.statusNote().in(locale);
            html.append("<p class=\"gl-notice\"><span>")
                .append(escape(getTranslation("event.status." + shown.name()) + (note == null ? "" : ": ")))
                .append("</span>");
            if (note != null) {
                html.append("<span>").append(escape(note)).append("</span>");
            }
            html.append("</p>");
        }
        if (e.venue() != null) {
            html.append("<p>").append(escape(e.venue().name())).append("</p>");
        }
        else if (e.onlineUrl() != null) {
            html.append("<p>").append(escape(getTranslation("events.online"))).append("</p>");
        }
        if (e.summary() != null) {
            boolean german = e.summary().fallsBackFor(locale);
            html.append(german ? "<p lang=\"de\" class=\"gl-fallback\">" : "<p>")
                .append(escape(e.summary().in(locale)))
                .append("</p>");
            if (e.summary().isUnreviewed(locale)) {
                html.append("<span class=\"gl-unreviewed\">")
                    .append(escape(getTranslation("content.unreviewed")))
                    .append("</span>");
            }
        }
        String seats = e.status() == EventStatus.PUBLISHED && !o.cancelled() ? EventTexts.seats(this, e, o) : null;
        if (seats != null) {
            html.append("<p class=\"gl-seats\">").append(escape(seats)).append("</p>");
        }
        return new Html(html.append("</li>").toString());
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }

    private Section filterForm(CalendarFilter filter) {
        DatePicker from = new DatePicker(getTranslation("events.filter.from"), filter.from());
        DatePicker to = new DatePicker(getTranslation("events.filter.to"), filter.to());
        from.setLocale(getLocale());
        to.setLocale(getLocale());
        ComboBox<EventCategory> category = FilterSelect.of(this, getTranslation("events.filter.category"),
                List.of(EventCategory.values()), filter.category(), c -> getTranslation("event.category." + c.name()));
        ComboBox<Integer> sdg = FilterSelect.of(this, getTranslation("events.filter.sdg"),
                IntStream.rangeClosed(1, 17).boxed().toList(), filter.sdg(),
                n -> getTranslation("events.filter.sdg-item", n));
        List<Entry<Partnership>> partners = partnerships.current();
        ComboBox<String> partner = FilterSelect.of(this, getTranslation("events.filter.partner"),
                partners.stream().map(p -> p.state().slug()).toList(), filter.partnerSlug(),
                slug -> partners.stream()
                    .filter(p -> p.state().slug().equals(slug))
                    .findFirst()
                    .map(p -> p.state().partner().name())
                    .orElse(slug));
        ComboBox<Audience> audience = FilterSelect.of(this, getTranslation("events.filter.audience"),
                List.of(Audience.values()), filter.audience(), a -> getTranslation("event.audience." + a.name()));
        TextField text = new TextField(getTranslation("events.filter.text"));
        text.setValue(filter.text() == null ? "" : filter.text());
        Button apply = new Button(getTranslation("events.filter.apply"),
                click -> getUI().ifPresent(ui -> ui.navigate("veranstaltungen",
                        new CalendarFilter(from.getValue(), to.getValue(), category.getValue(), sdg.getValue(),
                                partner.getValue(), null, audience.getValue(),
                                text.getValue().isBlank() ? null : text.getValue().trim())
                            .toQuery())));
        apply.addClickShortcut(Key.ENTER);
        Anchor reset = PublicPaths.link(getTranslation("events.filter.reset"), PublicPaths.EVENTS);
        Div fields = new Div(from, to, category, sdg, partner, audience, text);
        fields.addClassName("gl-filter-fields");
        Section form = new Section(new H2(getTranslation("events.filter.title")), fields, new Div(apply, reset));
        form.addClassName("gl-filter");
        return form;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("events.title") + " – " + getTranslation("app.name");
    }

    @Override
    public String getPageDescription() {
        return getTranslation("events.intro");
    }

}
