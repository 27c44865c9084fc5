package de.globallokal.webui.actors.ui;

import de.globallokal.core.actor.ActorKind;
import de.globallokal.core.actor.LocalActor;
import de.globallokal.core.sdg.SdgCatalogue;
import de.globallokal.support.projection.VersionedReadModel.Entry;
import de.globallokal.webui.base.page.PageContext;
import de.globallokal.webui.base.page.ServerPage.Item;
import de.globallokal.webui.base.page.ServerPage;
import de.globallokal.webui.base.page.ServerPageSource;
import de.globallokal.webui.base.page.ServerPages;
import de.globallokal.webui.base.ui.PublicPaths;
import de.globallokal.webui.base.web.QueryValues;
import de.globallokal.webui.projection.ActorReadModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The first response of the actors' list, with its filters, and each actor as a
 * schema.org Organization: what {@link ActorsView} shows, as plain HTML.
 */
@Component
class ActorPages implements ServerPageSource {

    private final ActorReadModel actors;

    ActorPages(ActorReadModel actors) {
        this.actors = actors;
    }

    @Override
    public String route() {
        return PublicPaths.ACTORS;
    }

    @Override
    public Optional<ServerPage> page(Map<String, String> parameters, PageContext page) {
        String theme = QueryValues.first(page.query(), "thema");
        Integer sdg = QueryValues.sdg(QueryValues.first(page.query(), "ziel"));
        ActorKind kind = QueryValues.parse(ActorKind.class, QueryValues.first(page.query(), "art"));
        List<LocalActor> shown = actors.current()
            .stream()
            .map(Entry::state)
            .filter(a -> theme == null || a.themes().contains(theme))
            .filter(a -> sdg == null || a.sdgs().contains(sdg))
            .filter(a -> kind == null || a.kind() == kind)
            .toList();
        ServerPage.Builder builder = ServerPage.builder("gl-actors", page.text("actors.title"))
            .lead(page.text("actors.intro"))
            .lead(page.text("actors.count", shown.size()))
            .cards(null, shown.stream().map(a -> card(a, page)).toList(), page.text("actors.empty"));
        shown.forEach(actor -> builder.data(organization(actor, page)));
        return Optional.of(builder.build());
    }

    private static Item card(LocalActor actor, PageContext page) {
        List<String> details = new ArrayList<>();
        if (actor.example()) {
            details.add(page.text("actors.example"));
        }
        if (actor.description() != null) {
            details.add(actor.description().in(page.locale()));
        }
        if (!actor.sdgs().isEmpty()) {
            details.add(page.text("actors.sdgs") + " "
                    + actor.sdgs()
                        .stream()
                        .map(n -> n + " " + SdgCatalogue.goal(n).map(g -> g.name().in(page.locale())).orElse(""))
                        .collect(Collectors.joining(", ")));
        }
        if (actor.email() != null) {
            details.add(actor.email());
        }
        return new Item(actor.name(), page.href(PublicPaths.ACTOR, actor.path()), null, null, details)
            .badged(page.text("actor.kind." + actor.kind().name()));
    }

    static Map<String, Object> organization(LocalActor actor, PageContext page) {
        Map<String, Object> organization = ServerPages.object("Organization");
        organization.put("name", actor.name());
        organization.put("mainEntityOfPage", page.href(PublicPaths.ACTOR, actor.path()));
        if (actor.description() != null) {
            organization.put("description", actor.description().in(page.locale()));
        }
        organization.put("url", actor.website() != null ? actor.website() : page.href(PublicPaths.ACTOR, actor.path()));
        if (actor.email() != null) {
            organization.put("email", actor.email());
        }
        if (!actor.themes().isEmpty()) {
            organization.put("knowsAbout", actor.themes());
        }
        return organization;
    }

}
