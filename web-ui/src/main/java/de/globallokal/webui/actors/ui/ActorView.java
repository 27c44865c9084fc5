package de.globallokal.webui.actors.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import de.globallokal.core.actor.LocalActor;
import de.globallokal.webui.actors.ui.ActorProfile.Profile;
import de.globallokal.webui.base.ui.DateLinks;
import de.globallokal.webui.base.ui.DetailPage;
import de.globallokal.webui.base.ui.PublicLayout;
import de.globallokal.webui.base.ui.PublicPaths;
import de.globallokal.webui.base.ui.SdgTiles;
import de.globallokal.webui.base.ui.Texts;

/**
 * One local actor: what it is and does, its themes and goals, how to reach it, the coming
 * dates it organises and the partnerships they belong to.
 */
@Route(value = PublicPaths.ACTOR, layout = PublicLayout.class)
@AnonymousAllowed
class ActorView extends DetailPage implements BeforeEnterObserver {

    private final ActorProfile profiles;

    ActorView(ActorProfile profiles) {
        this.profiles = profiles;
        addClassName("gl-actor");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Profile profile = profiles.of(event.getRouteParameters().get("slug").orElse(""))
            .orElseThrow(NotFoundException::new);
        LocalActor actor = profile.actor();
        String kind = getTranslation("actor.kind." + actor.kind().name());
        describe(actor.name(), actor.description() == null ? kind : actor.description().in(getLocale()));
        removeAll();
        Span badge = new Span(kind);
        badge.addClassName("gl-badge");
        add(new H1(actor.name()), badge);
        if (actor.example()) {
            Span example = new Span(getTranslation("actors.example"));
            example.addClassName("gl-example");
            add(example);
        }
        if (actor.description() != null) {
            Texts.paragraph(this, actor.description(), getLocale()).forEach(this::add);
        }
        UnorderedList facts = new UnorderedList();
        facts.addClassName("gl-facts");
        ActorFacts.of(actor, this::getTranslation, getLocale()).forEach(line -> facts.add(new ListItem(line)));
        if (actor.website() != null) {
            facts.add(new ListItem(new Anchor(actor.website(), actor.website())));
        }
        if (actor.email() != null) {
            facts.add(new ListItem(new Anchor("mailto:" + actor.email(), actor.email())));
        }
        add(facts);
        if (!actor.sdgs().isEmpty()) {
            add(new H2(getTranslation("actor.sdgs")), SdgTiles.of(actor.sdgs(), getLocale()));
        }
        add(new H2(getTranslation("actor.events")));
        if (profile.dates().isEmpty()) {
            add(new Paragraph(getTranslation("actor.no-events")));
        }
        else {
            UnorderedList dates = new UnorderedList();
            profile.dates().forEach(d -> dates.add(DateLinks.item(d.event(), d.occurrence(), getLocale())));
            add(dates);
        }
        if (!profile.partnerships().isEmpty()) {
            UnorderedList partners = new UnorderedList();
            profile.partnerships()
                .forEach(p -> partners
                    .add(new ListItem(PublicPaths.link(p.partner().name(), PublicPaths.PARTNERSHIP, p.slug()))));
            add(new H2(getTranslation("actor.partnerships")), partners);
        }
        add(new Paragraph(PublicPaths.link(getTranslation("actor.back"), PublicPaths.ACTORS)));
    }

}
