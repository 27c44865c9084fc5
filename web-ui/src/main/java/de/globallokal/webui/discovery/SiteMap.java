package de.globallokal.webui.discovery;

import de.globallokal.core.actor.LocalActor;
import de.globallokal.core.partnership.Partnership;
import de.globallokal.core.project.Project;
import de.globallokal.core.sdg.SdgCatalogue;
import de.globallokal.support.projection.VersionedReadModel.Entry;
import de.globallokal.support.projection.VersionedReadModel;
import de.globallokal.webui.projection.ActorReadModel;
import de.globallokal.webui.projection.BodyReadModel;
import de.globallokal.webui.projection.BudgetYearReadModel;
import de.globallokal.webui.projection.ContactReadModel;
import de.globallokal.webui.projection.EventReadModel;
import de.globallokal.webui.projection.LabelReadModel;
import de.globallokal.webui.projection.PartnershipReadModel;
import de.globallokal.webui.projection.ProductGroupReadModel;
import de.globallokal.webui.projection.ProjectReadModel;
import de.globallokal.webui.projection.PurchaseReadModel;
import de.globallokal.webui.projection.ResolutionReadModel;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * Every public page by its path, with when its content last changed: a list page changes
 * with the newest of its entries, a detail page with its entry. Events are listed while
 * they have a date to come.
 */
@Component
class SiteMap {

    /** A public page and the time its content last changed, if known. */
    record Page(String path, Optional<Instant> modified) {
    }

    private final PartnershipReadModel partnerships;

    private final ProjectReadModel projects;

    private final EventReadModel events;

    private final ActorReadModel actors;

    private final ContactReadModel contacts;

    private final List<VersionedReadModel<?>> procurement;

    private final List<VersionedReadModel<?>> structures;

    private final Clock clock;

    SiteMap(PartnershipReadModel partnerships, ProjectReadModel projects, EventReadModel events, ActorReadModel actors,
            ContactReadModel contacts, ProductGroupReadModel groups, LabelReadModel labels, PurchaseReadModel purchases,
            ResolutionReadModel resolutions, BodyReadModel bodies, BudgetYearReadModel budget, Clock clock) {
        this.partnerships = partnerships;
        this.projects = projects;
        this.events = events;
        this.actors = actors;
        this.contacts = contacts;
        this.procurement = List.of(groups, labels, purchases, resolutions);
        this.structures = List.of(resolutions, bodies, budget);
        this.clock = clock;
    }

    List<Page> pages() {
        List<Entry<?>> upcoming = new ArrayList<>(events.upcomingPublic(clock.instant()));
        // each read model is read once for the whole sitemap
        List<Entry<Partnership>> partners = partnerships.current();
        List<Entry<Project>> projectEntries = projects.current();
        Map<VersionedReadModel<?>, Optional<Instant>> changed = new HashMap<>();
        List<Page> pages = new ArrayList<>();
        pages.add(new Page("", newest(Stream.of(partners, upcoming).flatMap(List::stream))));
        pages.add(new Page("veranstaltungen", newest(upcoming.stream())));
        upcoming.forEach(e -> pages.add(new Page("veranstaltungen/" + e.id(), Optional.of(e.modified()))));
        pages.add(new Page("partnerschaften", newest(partners.stream())));
        partners.forEach(p -> pages.add(new Page("partnerschaften/" + p.state().slug(), Optional.of(p.modified()))));
        pages.add(new Page("projekte", newest(projectEntries.stream())));
        projectEntries.forEach(p -> pages.add(new Page("projekte/" + p.state().slug(), Optional.of(p.modified()))));
        pages.add(new Page("nachhaltigkeitsziele", Optional.empty()));
        SdgCatalogue.all()
            .forEach(goal -> pages.add(new Page("nachhaltigkeitsziele/" + goal.number(), Optional.empty())));
        List<Entry<LocalActor>> actorEntries = actors.current();
        pages.add(new Page("akteure", newest(actorEntries.stream())));
        actorEntries.forEach(a -> pages.add(new Page("akteure/" + a.state().path(), Optional.of(a.modified()))));
        pages.add(new Page("faire-beschaffung", newest(procurement, changed)));
        pages.add(new Page("strukturen", newest(structures, changed)));
        pages.add(new Page("kontakt", newest(contacts.current().stream())));
        for (String legal : List.of("impressum", "datenschutz", "barrierefreiheit")) {
            pages.add(new Page(legal, Optional.empty()));
        }
        return pages;
    }

    /**
     * The newest change of any of these read models, each read at most once per sitemap.
     */
    private static Optional<Instant> newest(List<VersionedReadModel<?>> models,
            Map<VersionedReadModel<?>, Optional<Instant>> changed) {
        return models.stream()
            .map(model -> changed.computeIfAbsent(model, m -> newest(m.current().stream())))
            .flatMap(Optional::stream)
            .max(Comparator.naturalOrder());
    }

    private static Optional<Instant> newest(Stream<? extends Entry<?>> entries) {
        return entries.map(Entry::modified).filter(Objects::nonNull).max(Comparator.naturalOrder());
    }

}
