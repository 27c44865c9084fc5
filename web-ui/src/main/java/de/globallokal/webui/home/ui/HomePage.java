package de.globallokal.webui.home.ui;

import de.globallokal.webui.base.page.PageContext;
import de.globallokal.webui.base.page.ServerPage.Item;
import de.globallokal.webui.base.page.ServerPage.Link;
import de.globallokal.webui.base.page.ServerPage;
import de.globallokal.webui.base.page.ServerPageSource;
import de.globallokal.webui.base.page.ServerPages;
import de.globallokal.webui.base.ui.PublicPaths;
import de.globallokal.webui.projection.CalendarDates;
import de.globallokal.webui.projection.CalendarFilter;
import de.globallokal.webui.projection.PartnershipReadModel;
import de.globallokal.webui.site.OfficeData;
import de.globallokal.webui.site.SiteProperties;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The home page's first response: what {@link HomeView} shows, as plain HTML. */
@Component
class HomePage implements ServerPageSource {

    private final CalendarDates calendar;

    private final PartnershipReadModel partnerships;

    private final Clock clock;

    private final SiteProperties site;

    HomePage(CalendarDates calendar, PartnershipReadModel partnerships, Clock clock, SiteProperties site) {
        this.site = site;
        this.calendar = calendar;
        this.partnerships = partnerships;
        this.clock = clock;
    }

    @Override
    public String route() {
        return "";
    }

    @Override
    public Optional<ServerPage> page(Map<String, String> parameters, PageContext page) {
        ServerPage.Builder home = ServerPage.builder("gl-home", page.text("home.title"))
            .lead(page.text("home.intro"))
            .lead(page.text("home.why"));
        List<Item> areas = new ArrayList<>();
        for (int i = 1; i <= HomeView.WORK_AREAS; i++) {
            areas.add(Item.of(page.text("home.area." + i + ".title"), null, page.text("home.area." + i + ".text")));
        }
        home.list(page.text("home.areas"), areas);
        List<Item> next = calendar.matching(CalendarFilter.all(), clock.instant())
            .stream()
            .limit(HomeView.NEXT_EVENTS)
            .map(dated -> ServerPages.date(dated.event(), dated.occurrence(), page))
            .toList();
        home.block(page.text("home.next-events"), next.isEmpty() ? List.of(page.text("home.no-events")) : List.of(),
                next, List.of(new Link(page.text("home.all-events"), page.href(PublicPaths.EVENTS))));
        home.list(page.text("home.partners"),
                partnerships.current()
                    .stream()
                    .map(p -> Item.of(p.state().partner().name(), page.href(PublicPaths.PARTNERSHIP, p.state().slug())))
                    .toList(),
                new Link(page.text("home.to-partnerships"), page.href(PublicPaths.PARTNERSHIPS)));
        home.block(page.text("home.join"), List.of(page.text("home.join.text")), List.of(),
                List.of(new Link(page.text("home.join.actors"), page.href(PublicPaths.ACTORS)),
                        new Link(page.text("home.join.contact"), page.href(PublicPaths.CONTACT))));
        home.data(OfficeData.of(site, page));
        return Optional.of(home.title(page.text("home.title")).build());
    }

}
