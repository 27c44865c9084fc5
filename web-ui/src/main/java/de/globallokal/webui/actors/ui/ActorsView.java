package de.globallokal.webui.actors.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import de.globallokal.core.actor.LocalActor;
import de.globallokal.core.sdg.SdgCatalogue;
import de.globallokal.webui.actors.ActorReadModel;
import de.globallokal.webui.base.ui.Cards;
import de.globallokal.webui.base.ui.PublicLayout;
import java.util.stream.Collectors;

/** Who is active in the city: groups, schools, shops and associations, each with how to reach them. */
@Route(value = "akteure", layout = PublicLayout.class)
@AnonymousAllowed
public class ActorsView extends Div implements HasDynamicTitle {

    public ActorsView(ActorReadModel actors) {
        addClassName("gl-actors");
        add(new H1(getTranslation("actors.title")), new Paragraph(getTranslation("actors.intro")));
        add(Cards.of(actors.current(), this::card, getTranslation("actors.empty")));
    }

    private ListItem card(LocalActor actor) {
        ListItem card = new ListItem(new H2(actor.name()));
        Span kind = new Span(getTranslation("actor.kind." + actor.kind().name()));
        kind.addClassName("gl-badge");
        card.add(kind);
        if (actor.example()) {
            Span example = new Span(getTranslation("actors.example"));
            example.addClassName("gl-example");
            card.add(example);
        }
        if (actor.description() != null) {
            Paragraph text = new Paragraph(actor.description().in(getLocale()));
            if (actor.description().fallsBackFor(getLocale())) {
                text.getElement().setAttribute("lang", "de");
                text.addClassName("gl-fallback");
            }
            card.add(text);
        }
        if (!actor.sdgs().isEmpty()) {
            card.add(new Span(getTranslation("actors.sdgs") + " " + actor.sdgs().stream()
                    .map(n -> n + " " + SdgCatalogue.goal(n).map(g -> g.name().in(getLocale())).orElse(""))
                    .collect(Collectors.joining(", "))));
        }
        if (actor.website() != null) {
            card.add(new Anchor(actor.website(), actor.website()));
        }
        if (actor.email() != null) {
            card.add(new Anchor("mailto:" + actor.email(), actor.email()));
        }
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("actors.title") + " – " + getTranslation("app.name");
    }
}
