package de.globallokal.webui.actors.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import de.globallokal.core.actor.ActorKind;
import de.globallokal.core.actor.LocalActor;
import de.globallokal.core.sdg.SdgCatalogue;
import de.globallokal.support.projection.VersionedReadModel.Entry;
import de.globallokal.webui.base.ui.Cards;
import de.globallokal.webui.base.ui.FilterSelect;
import de.globallokal.webui.base.ui.PublicLayout;
import de.globallokal.webui.base.ui.PublicPaths;
import de.globallokal.webui.base.ui.Texts;
import de.globallokal.webui.base.web.QueryValues;
import de.globallokal.webui.projection.ActorReadModel;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Who is active in the city: groups, schools, shops and associations, each with how to
 * reach them.
 */
@Route(value = PublicPaths.ACTORS, layout = PublicLayout.class)
@Menu(title = "nav.actors", order = 4)
@AnonymousAllowed
public class ActorsView extends Div implements HasDynamicTitle, BeforeEnterObserver {

    private final ActorReadModel actors;

    public ActorsView(ActorReadModel actors) {
        this.actors = actors;
        addClassName("gl-actors");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> query = event.getLocation().getQueryParameters().getParameters();
        String theme = QueryValues.first(query, "thema");
        Integer sdg = QueryValues.sdg(QueryValues.first(query, "ziel"));
        ActorKind kind = QueryValues.parse(ActorKind.class, QueryValues.first(query, "art"));
        List<Entry<LocalActor>> all = actors.current();
        List<Entry<LocalActor>> shown = all.stream()
            .filter(e -> theme == null || e.state().themes().contains(theme))
            .filter(e -> sdg == null || e.state().sdgs().contains(sdg))
            .filter(e -> kind == null || e.state().kind() == kind)
            .toList();
        removeAll();
        add(new H1(getTranslation("actors.title")), new Paragraph(getTranslation("actors.intro")));
        ComboBox<String> themes = FilterSelect.of(this, getTranslation("actors.filter.theme"),
                all.stream().flatMap(e -> e.state().themes().stream()).distinct().sorted().toList(), theme, t -> t);
        ComboBox<Integer> goals = FilterSelect.of(this, getTranslation("events.filter.sdg"),
                IntStream.rangeClosed(1, 17).boxed().toList(), sdg, n -> getTranslation("events.filter.sdg-item", n));
        ComboBox<ActorKind> kinds = FilterSelect.of(this, getTranslation("actors.filter.kind"),
                List.of(ActorKind.values()), kind, k -> getTranslation("actor.kind." + k.name()));
        Button apply = new Button(getTranslation("events.filter.apply"), click -> {
            Map<String, String> next = new LinkedHashMap<>();
            if (themes.getValue() != null) {
                next.put("thema", themes.getValue());
            }
            if (goals.getValue() != null) {
                next.put("ziel", String.valueOf(goals.getValue()));
            }
            if (kinds.getValue() != null) {
                next.put("art", kinds.getValue().name());
            }
            getUI().ifPresent(ui -> ui.navigate("akteure", QueryParameters.simple(next)));
        });
        Div fields = new Div(themes, goals, kinds);
        fields.addClassName("gl-filter-fields");
        Section form = new Section(new H2(getTranslation("actors.filter")), fields,
                new Div(apply, PublicPaths.link(getTranslation("events.filter.reset"), PublicPaths.ACTORS)));
        form.addClassName("gl-filter");
        Paragraph count = new Paragraph(getTranslation("actors.count", shown.size()));
        count.getElement().setAttribute("role", "status");
        add(form, count, Cards.of(shown, this::card, getTranslation("actors.empty")));
    }

    private ListItem card(LocalActor actor) {
        ListItem card = new ListItem(new H2(PublicPaths.link(actor.name(), PublicPaths.ACTOR, actor.path())));
        Span kind = new Span(getTranslation("actor.kind." + actor.kind().name()));
        kind.addClassName("gl-badge");
        card.add(kind);
        if (actor.example()) {
            Span example = new Span(getTranslation("actors.example"));
            example.addClassName("gl-example");
            card.add(example);
        }
        if (actor.description() != null) {
            Texts.paragraph(this, actor.description(), getLocale()).forEach(card::add);
        }
        if (!actor.sdgs().isEmpty()) {
            card.add(new Span(getTranslation("actors.sdgs") + " "
                    + actor.sdgs()
                        .stream()
                        .map(n -> n + " " + SdgCatalogue.goal(n).map(g -> g.name().in(getLocale())).orElse(""))
                        .collect(Collectors.joining(", "))));
        }
        if (!actor.fairTrade().isEmpty()) {
            card.add(new Span(getTranslation("actors.fair-trade") + " "
                    + actor.fairTrade()
                        .stream()
                        .map(role -> getTranslation("actor.fair-trade." + role.name()))
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
