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
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import de.globallokal.webui.actors.ui.ActorsView;
import de.globallokal.webui.base.ui.PublicLayout;
import de.globallokal.webui.contacts.ui.ContactsView;
import de.globallokal.webui.events.CalendarDates;
import de.globallokal.webui.events.CalendarFilter;
import de.globallokal.webui.events.ui.DateLinks;
import de.globallokal.webui.events.ui.EventsView;
import de.globallokal.webui.partnerships.PartnershipReadModel;
import de.globallokal.webui.partnerships.ui.PartnershipsView;
import java.time.Clock;

/** What the office does and why, its six work areas, the next events, the partner cities and how to join in. */
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
        calendar.matching(CalendarFilter.all(), clock.instant()).stream().limit(NEXT_EVENTS)
                .forEach(d -> next.add(DateLinks.item(d, getLocale())));
        Section events = new Section(new H2(getTranslation("home.next-events")));
        events.add(next.getChildren().findAny().isPresent() ? next : new Paragraph(getTranslation("home.no-events")));
        events.add(new RouterLink(getTranslation("home.all-events"), EventsView.class));
        add(events);

        UnorderedList cities = new UnorderedList();
        cities.addClassName("gl-inline-list");
        partnerships.current().forEach(p -> cities.add(new ListItem(p.state().partner().name())));
        add(new Section(new H2(getTranslation("home.partners")), cities,
                new RouterLink(getTranslation("home.to-partnerships"), PartnershipsView.class)));

        add(new Section(new H2(getTranslation("home.join")), new Paragraph(getTranslation("home.join.text")),
                new Paragraph(new RouterLink(getTranslation("home.join.actors"), ActorsView.class)),
                new Paragraph(new RouterLink(getTranslation("home.join.contact"), ContactsView.class))));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.name") + " – " + getTranslation("home.title");
    }
}
