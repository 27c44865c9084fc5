package de.globallokal.webui.home.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import de.globallokal.webui.base.ui.DateLinks;
import de.globallokal.webui.base.ui.PublicLayout;
import de.globallokal.webui.base.ui.PublicPaths;
import de.globallokal.webui.projection.CalendarDates;
import de.globallokal.webui.projection.CalendarFilter;
import de.globallokal.webui.projection.PartnershipReadModel;
import java.time.Clock;

/**
 * What the office does and why, its six work areas, the next events, the partner cities
 * and how to join in.
 */
@Route(value = "", layout = PublicLayout.class)
@AnonymousAllowed
class HomeView extends Div implements HasDynamicTitle {

    static final int WORK_AREAS = 6;
    static final int NEXT_EVENTS = 3;

    public HomeView(CalendarDates calendar, PartnershipReadModel partnerships, Clock clock) {
        addClassName("gl-home");
        add(new H1(getTranslation("home.title")), new Paragraph(getTranslation("home.intro")),
                new Paragraph(getTranslation("home.why")));

        UnorderedList areas = new UnorderedList();
        areas.addClassName("gl-cards");
        for (int i = 1; i <= WORK_AREAS; i++) {
            ListItem area = new ListItem(new H3(getTranslation("home.area." + i + ".title")),
                    new Paragraph(getTranslation("home.area." + i + ".text")));
            area.addClassName("gl-card");
            areas.add(area);
        }
        add(new Section(new H2(getTranslation("home.areas")), areas));

        UnorderedList next = new UnorderedList();
        calendar.matching(CalendarFilter.all(), clock.instant())
            .stream()
            .limit(NEXT_EVENTS)
            .forEach(d -> next.add(DateLinks.item(d.event(), d.occurrence(), getLocale())));
        Section events = new Section(new H2(getTranslation("home.next-events")));
        events.add(next.getChildren().findAny().isPresent() ? next : new Paragraph(getTranslation("home.no-events")));
        events.add(PublicPaths.link(getTranslation("home.all-events"), PublicPaths.EVENTS));
        add(events);

        UnorderedList cities = new UnorderedList();
        cities.addClassName("gl-inline-list");
        partnerships.current()
            .forEach(p -> cities.add(new ListItem(
                    PublicPaths.link(p.state().partner().name(), PublicPaths.PARTNERSHIP, p.state().slug()))));
        add(new Section(new H2(getTranslation("home.partners")), cities,
                PublicPaths.link(getTranslation("home.to-partnerships"), PublicPaths.PARTNERSHIPS)));

        add(new Section(new H2(getTranslation("home.join")), new Paragraph(getTranslation("home.join.text")),
                new Paragraph(PublicPaths.link(getTranslation("home.join.actors"), PublicPaths.ACTORS)),
                new Paragraph(PublicPaths.link(getTranslation("home.join.contact"), PublicPaths.CONTACT))));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.name") + " – " + getTranslation("home.title");
    }

}
