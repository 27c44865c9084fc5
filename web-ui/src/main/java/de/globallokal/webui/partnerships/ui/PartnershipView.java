package de.globallokal.webui.partnerships.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import de.globallokal.core.contact.ContactPoint;
import de.globallokal.core.partnership.Milestone;
import de.globallokal.core.partnership.Partnership;
import de.globallokal.core.value.CountryCode;
import de.globallokal.webui.base.ui.Attachments;
import de.globallokal.webui.base.ui.DateLinks;
import de.globallokal.webui.base.ui.DetailPage;
import de.globallokal.webui.base.ui.Pictures;
import de.globallokal.webui.base.ui.PublicLayout;
import de.globallokal.webui.base.ui.PublicPaths;
import de.globallokal.webui.base.ui.ResolutionList;
import de.globallokal.webui.base.ui.SdgTiles;
import de.globallokal.webui.base.ui.Texts;
import de.globallokal.webui.projection.CalendarDates;
import de.globallokal.webui.projection.CalendarFilter;
import de.globallokal.webui.projection.ContactReadModel;
import de.globallokal.webui.projection.PartnershipReadModel;
import de.globallokal.webui.projection.ProjectReadModel;
import de.globallokal.webui.projection.ResolutionReadModel;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One partner city: facts, the partnership's history as a timeline, its projects, coming
 * events and contacts.
 */
@Route(value = PublicPaths.PARTNERSHIP, layout = PublicLayout.class)
@AnonymousAllowed
public class PartnershipView extends DetailPage implements BeforeEnterObserver {

    static final int EVENTS_SHOWN = 5;

    private final PartnershipReadModel partnerships;

    private final ProjectReadModel projects;

    private final ContactReadModel contacts;

    private final CalendarDates calendar;

    private final Clock clock;

    private final ResolutionReadModel resolutions;

    public PartnershipView(PartnershipReadModel partnerships, ProjectReadModel projects, ContactReadModel contacts,
            CalendarDates calendar, Clock clock, ResolutionReadModel resolutions) {
        this.clock = clock;
        this.resolutions = resolutions;
        this.partnerships = partnerships;
        this.projects = projects;
        this.contacts = contacts;
        this.calendar = calendar;
        addClassName("gl-partnership");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String slug = event.getRouteParameters().get("slug").orElse("");
        Partnership p = partnerships.findBySlug(slug).map(e -> e.state()).orElseThrow(NotFoundException::new);
        Locale locale = getLocale();
        String title = p.partner().name();
        describe(title, p.description() == null ? getTranslation("partnership.kind." + p.kind().name()) + " – " + title
                : p.description().in(locale));
        removeAll();
        H1 heading = new H1(p.partner().name());
        add(heading);
        if (p.image() != null) {
            add(Pictures.of(p.image(), locale));
        }
        if (p.partner().localName() != null) {
            Paragraph local = new Paragraph(p.partner().localName());
            local.addClassName("gl-local-name");
            add(local);
        }
        UnorderedList facts = new UnorderedList();
        facts.addClassName("gl-facts");
        facts.add(new ListItem(
                getTranslation("partnership.country") + ": " + CountryCode.displayName(p.partner().country(), locale)
                        + (p.partner().region() == null ? "" : " (" + p.partner().region() + ")")));
        facts.add(new ListItem(
                getTranslation("partnership.kind") + ": " + getTranslation("partnership.kind." + p.kind().name())));
        if (p.since() != null) {
            facts.add(new ListItem(getTranslation("partnerships.since", p.since())));
        }
        facts.add(new ListItem(
                getTranslation("partnership.status") + ": " + getTranslation("partnership.status." + p.status().name())
                        + (p.statusReason() == null ? "" : " – " + p.statusReason().in(locale))));
        if (p.partner().website() != null) {
            ListItem website = new ListItem(getTranslation("partnership.website") + ": ");
            website.add(new Anchor(p.partner().website(), p.partner().website()));
            facts.add(website);
        }
        add(facts);
        if (p.description() != null) {
            Texts.paragraph(this, p.description(), locale).forEach(this::add);
        }
        if (!p.sdgs().isEmpty()) {
            add(new H2(getTranslation("partnership.sdgs")), SdgTiles.of(p.sdgs(), locale));
        }
        if (!p.milestones().isEmpty()) {
            add(timeline(p.milestones(), locale));
        }
        add(Attachments.section(this, p.attachments(), locale));
        ResolutionList.concerning(this, resolutions.concerning(p.id(), null), locale).ifPresent(this::add);
        add(projects(p, locale));
        add(events(p, locale));
        add(contacts(p, locale));
        add(PublicPaths.link(getTranslation("partnership.back"), PublicPaths.PARTNERSHIPS));
    }

    private Section timeline(List<Milestone> milestones, Locale locale) {
        OrderedList list = new OrderedList();
        list.addClassName("gl-timeline");
        milestones.stream().sorted(Comparator.comparing(Milestone::year)).forEach(m -> {
            Span year = new Span(String.valueOf(m.year()));
            year.addClassName("gl-timeline-year");
            ListItem item = new ListItem(year, new H3(m.title().in(locale)));
            if (m.text() != null) {
                item.add(new Paragraph(m.text().in(locale)));
            }
            list.add(item);
        });
        return new Section(new H2(getTranslation("partnership.timeline")), list);
    }

    private Section projects(Partnership p, Locale locale) {
        Section section = new Section(new H2(getTranslation("partnership.projects")));
        UnorderedList list = new UnorderedList();
        projects.current()
            .stream()
            .filter(e -> p.id().equals(e.state().partnershipId()))
            .forEach(e -> list.add(new ListItem(
                    PublicPaths.link(e.state().title().in(locale), PublicPaths.PROJECT, e.state().slug()))));
        section.add(list.getChildren().findAny().isPresent() ? list
                : new Paragraph(getTranslation("partnership.no-projects")));
        return section;
    }

    private Section events(Partnership p, Locale locale) {
        Section section = new Section(new H2(getTranslation("partnership.events")));
        CalendarFilter filter = CalendarFilter.of(new QueryParameters(Map.of("partner", List.of(p.slug()))));
        var dates = calendar.matching(filter, clock.instant());
        UnorderedList list = new UnorderedList();
        dates.stream().limit(EVENTS_SHOWN).forEach(d -> list.add(DateLinks.item(d.event(), d.occurrence(), locale)));
        section.add(dates.isEmpty() ? new Paragraph(getTranslation("partnership.no-events")) : list);
        if (dates.size() > EVENTS_SHOWN) {
            section
                .add(PublicPaths.link(getTranslation("partnership.all-events"), PublicPaths.EVENTS, filter.toQuery()));
        }
        return section;
    }

    private Section contacts(Partnership p, Locale locale) {
        Section section = new Section(new H2(getTranslation("partnership.contacts")));
        UnorderedList list = new UnorderedList();
        list.addClassName("gl-cards");
        for (String id : p.localContactIds()) {
            contacts.findCurrent(id).ifPresent(e -> list.add(contact(e.state(), locale, "partnership.contact.local")));
        }
        for (String id : p.partnerContactIds()) {
            contacts.findCurrent(id)
                .ifPresent(e -> list.add(contact(e.state(), locale, "partnership.contact.partner")));
        }
        section.add(list.getChildren().findAny().isPresent() ? list
                : new Paragraph(getTranslation("partnership.no-contacts")));
        return section;
    }

    private ListItem contact(ContactPoint c, Locale locale, String side) {
        ListItem card = new ListItem(new H3(c.role().in(locale)), new Span(getTranslation(side)));
        card.addClassName("gl-card");
        if (c.person() != null) {
            card.add(new Paragraph(c.person()));
        }
        if (c.office() != null) {
            card.add(new Paragraph(c.office()));
        }
        if (c.phone() != null) {
            card.add(new Paragraph(getTranslation("contacts.phone") + ": " + c.phone()));
        }
        if (c.email() != null) {
            card.add(new Paragraph(new Anchor("mailto:" + c.email(), c.email())));
        }
        return card;
    }

}
