package de.globallokal.webui.partnerships.ui;

import com.vaadin.flow.router.QueryParameters;
import de.globallokal.core.partnership.Milestone;
import de.globallokal.core.partnership.Partnership;
import de.globallokal.core.partnership.PartnershipKind;
import de.globallokal.core.partnership.PartnershipStatus;
import de.globallokal.core.value.CountryCode;
import de.globallokal.support.projection.VersionedReadModel.Entry;
import de.globallokal.webui.base.page.PageContext;
import de.globallokal.webui.base.page.ServerPage.Item;
import de.globallokal.webui.base.page.ServerPage.Link;
import de.globallokal.webui.base.page.ServerPage;
import de.globallokal.webui.base.page.ServerPageSource;
import de.globallokal.webui.base.page.ServerPages;
import de.globallokal.webui.base.ui.PublicPaths;
import de.globallokal.webui.base.web.QueryValues;
import de.globallokal.webui.projection.CalendarDates;
import de.globallokal.webui.projection.CalendarFilter;
import de.globallokal.webui.projection.ContactReadModel;
import de.globallokal.webui.projection.PartnershipReadModel;
import de.globallokal.webui.projection.ProjectReadModel;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The first responses of the partnership list and of a partner city's page: what
 * {@link PartnershipsView} and {@link PartnershipView} show, as plain HTML.
 */
@Configuration(proxyBeanMethods = false)
class PartnershipPages {

    @Bean
    ServerPageSource partnershipList(PartnershipReadModel partnerships) {
        return ServerPageSource.of(PublicPaths.PARTNERSHIPS, (parameters, page) -> {
            Map<String, List<String>> query = page.query();
            PartnershipKind kind = QueryValues.parse(PartnershipKind.class, QueryValues.first(query, "art"));
            PartnershipStatus status = QueryValues.parse(PartnershipStatus.class, QueryValues.first(query, "stand"));
            Integer sdg = QueryValues.sdg(QueryValues.first(query, "ziel"));
            List<Item> cards = partnerships.current()
                .stream()
                .map(Entry::state)
                .filter(p -> kind == null || p.kind() == kind)
                .filter(p -> status == null || p.status() == status)
                .filter(p -> sdg == null || p.sdgs().contains(sdg))
                .map(p -> card(p, page))
                .toList();
            return Optional.of(ServerPage.builder("gl-partnerships", page.text("partnerships.title"))
                .lead(page.text("partnerships.intro"))
                .lead(page.text("partnerships.count", cards.size()))
                .cards(null, cards, page.text("partnerships.empty"))
                .data(ServerPages.itemList(page.text("partnerships.title"), cards))
                .build());
        });
    }

    private static Item card(Partnership p, PageContext page) {
        List<String> details = new ArrayList<>();
        details.add(CountryCode.displayName(p.partner().country(), page.locale()));
        if (p.since() != null) {
            details.add(page.text("partnerships.since", p.since()));
        }
        if (p.description() != null) {
            details.add(p.description().in(page.locale()));
        }
        return new Item(p.partner().name(), page.href(PublicPaths.PARTNERSHIP, p.slug()), null, null, details)
            .badged(page.text("partnership.kind." + p.kind().name()));
    }

    @Bean
    ServerPageSource partnershipPage(PartnershipReadModel partnerships, ProjectReadModel projects,
            ContactReadModel contacts, CalendarDates calendar, Clock clock) {
        return ServerPageSource.of(PublicPaths.PARTNERSHIP, (parameters, page) -> {
            return partnerships.findBySlug(parameters.get("slug"))
                .map(Entry::state)
                .map(p -> partnership(p, page, projects, contacts, calendar, clock));
        });
    }

    private static ServerPage partnership(Partnership p, PageContext page, ProjectReadModel projects,
            ContactReadModel contacts, CalendarDates calendar, Clock clock) {
        String kind = page.text("partnership.kind." + p.kind().name());
        ServerPage.Builder builder = ServerPage.builder("gl-partnership", p.partner().name())
            .description(
                    p.description() == null ? kind + " – " + p.partner().name() : p.description().in(page.locale()))
            .lead(p.partner().localName());
        if (p.image() != null) {
            builder.picture(p.image().url(), p.image().alt().in(page.locale()), p.image().credit());
        }
        List<Item> facts = new ArrayList<>();
        facts.add(Item
            .of(page.text("partnership.country") + ": " + CountryCode.displayName(p.partner().country(), page.locale())
                    + (p.partner().region() == null ? "" : " (" + p.partner().region() + ")"), null));
        facts.add(Item.of(page.text("partnership.kind") + ": " + kind, null));
        if (p.since() != null) {
            facts.add(Item.of(page.text("partnerships.since", p.since()), null));
        }
        facts.add(Item.of(page.text("partnership.status") + ": " + page.text("partnership.status." + p.status().name())
                + (p.statusReason() == null ? "" : " – " + p.statusReason().in(page.locale())), null));
        if (p.partner().website() != null) {
            facts.add(Item.of(page.text("partnership.website") + ": " + p.partner().website(), p.partner().website()));
        }
        builder.block(null, p.description() == null ? List.of() : List.of(p.description().in(page.locale())), facts,
                List.of());
        if (!p.sdgs().isEmpty()) {
            builder.list(page.text("partnership.sdgs"), ServerPages.goals(p.sdgs(), page));
        }
        if (!p.milestones().isEmpty()) {
            builder.list(page.text("partnership.timeline"),
                    p.milestones()
                        .stream()
                        .sorted(Comparator.comparing(Milestone::year))
                        .map(m -> Item.of(m.year() + " – " + m.title().in(page.locale()), null,
                                m.text() == null ? new String[0] : new String[] { m.text().in(page.locale()) }))
                        .toList());
        }
        builder.listOrNone(page.text("partnership.projects"), projects.current()
            .stream()
            .map(Entry::state)
            .filter(project -> p.id().equals(project.partnershipId()))
            .map(project -> Item.of(project.title().in(page.locale()), page.href(PublicPaths.PROJECT, project.slug())))
            .toList(), page.text("partnership.no-projects"));
        CalendarFilter filter = CalendarFilter.of(new QueryParameters(Map.of("partner", List.of(p.slug()))));
        List<Item> dates = calendar.matching(filter, clock.instant())
            .stream()
            .map(d -> ServerPages.date(d.event(), d.occurrence(), page))
            .toList();
        builder.listOrNone(page.text("partnership.events"), dates.stream().limit(PartnershipView.EVENTS_SHOWN).toList(),
                page.text("partnership.no-events"),
                dates.size() > PartnershipView.EVENTS_SHOWN
                        ? new Link[] { new Link(page.text("partnership.all-events"),
                                page.href(PublicPaths.EVENTS) + "?" + filter.toQuery().getQueryString()) }
                        : new Link[0]);
        List<Item> people = new ArrayList<>();
        p.localContactIds()
            .forEach(
                    id -> contacts.findCurrent(id)
                        .ifPresent(c -> people.add(Item.of(c.state().role().in(page.locale()), null,
                                page.text("partnership.contact.local"), nonNull(c.state().person()),
                                nonNull(c.state().email())))));
        p.partnerContactIds()
            .forEach(
                    id -> contacts.findCurrent(id)
                        .ifPresent(c -> people.add(Item.of(c.state().role().in(page.locale()), null,
                                page.text("partnership.contact.partner"), nonNull(c.state().person()),
                                nonNull(c.state().email())))));
        builder.cards(page.text("partnership.contacts"), people, page.text("partnership.no-contacts"),
                new Link(page.text("partnership.back"), page.href(PublicPaths.PARTNERSHIPS)));
        var place = ServerPages.object("Place");
        place.put("name", p.partner().name());
        place.put("url", page.href(PublicPaths.PARTNERSHIP, p.slug()));
        Map<String, Object> address = new java.util.LinkedHashMap<>();
        address.put("@type", "PostalAddress");
        address.put("addressCountry", p.partner().country());
        if (p.partner().region() != null) {
            address.put("addressRegion", p.partner().region());
        }
        place.put("address", address);
        if (p.partner().website() != null) {
            place.put("sameAs", p.partner().website());
        }
        return builder.data(place).build();
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }

}
