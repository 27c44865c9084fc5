package de.globallokal.webui.actors.ui;

import de.globallokal.core.actor.LocalActor;
import de.globallokal.webui.actors.ui.ActorProfile.Profile;
import de.globallokal.webui.base.page.PageContext;
import de.globallokal.webui.base.page.ServerPage.Item;
import de.globallokal.webui.base.page.ServerPage.Link;
import de.globallokal.webui.base.page.ServerPage;
import de.globallokal.webui.base.page.ServerPageSource;
import de.globallokal.webui.base.page.ServerPages;
import de.globallokal.webui.base.ui.PublicPaths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** An actor's page as its first response: what {@link ActorView} shows, as plain HTML. */
@Component
class ActorPage implements ServerPageSource {

    private final ActorProfile profiles;

    ActorPage(ActorProfile profiles) {
        this.profiles = profiles;
    }

    @Override
    public String route() {
        return PublicPaths.ACTOR;
    }

    @Override
    public Optional<ServerPage> page(Map<String, String> parameters, PageContext page) {
        return profiles.of(parameters.get("slug")).map(profile -> page(profile, page));
    }

    private static ServerPage page(Profile profile, PageContext page) {
        LocalActor actor = profile.actor();
        String kind = page.text("actor.kind." + actor.kind().name());
        ServerPage.Builder builder = ServerPage.builder("gl-actor", actor.name())
            .description(actor.description() == null ? kind : actor.description().in(page.locale()))
            .lead(kind)
            .lead(actor.example() ? page.text("actors.example") : null)
            .lead(actor.description() == null ? null : actor.description().in(page.locale()));
        List<Item> facts = new ArrayList<>();
        ActorFacts.of(actor, page::text, page.locale()).forEach(line -> facts.add(Item.of(line, null)));
        if (actor.website() != null) {
            facts.add(Item.of(actor.website(), actor.website()));
        }
        if (actor.email() != null) {
            facts.add(Item.of(actor.email(), "mailto:" + actor.email()));
        }
        builder.list(null, facts);
        if (!actor.sdgs().isEmpty()) {
            builder.list(page.text("actor.sdgs"), ServerPages.goals(actor.sdgs(), page));
        }
        builder.listOrNone(page.text("actor.events"),
                profile.dates().stream().map(d -> ServerPages.date(d.event(), d.occurrence(), page)).toList(),
                page.text("actor.no-events"));
        if (!profile.partnerships().isEmpty()) {
            builder.list(page.text("actor.partnerships"),
                    profile.partnerships()
                        .stream()
                        .map(p -> Item.of(p.partner().name(), page.href(PublicPaths.PARTNERSHIP, p.slug())))
                        .toList());
        }
        builder.list(null, List.of(), new Link(page.text("actor.back"), page.href(PublicPaths.ACTORS)));
        return builder.data(ActorPages.organization(actor, page)).build();
    }

}
