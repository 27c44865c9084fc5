package de.globallokal.webui.partnerships.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
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
import de.globallokal.core.partnership.Partnership;
import de.globallokal.core.partnership.PartnershipKind;
import de.globallokal.core.partnership.PartnershipStatus;
import de.globallokal.core.value.CountryCode;
import de.globallokal.support.projection.VersionedReadModel.Entry;
import de.globallokal.webui.base.ui.Cards;
import de.globallokal.webui.base.ui.FilterSelect;
import de.globallokal.webui.base.ui.HasPageDescription;
import de.globallokal.webui.base.ui.PublicLayout;
import de.globallokal.webui.base.ui.PublicPaths;
import de.globallokal.webui.base.ui.Texts;
import de.globallokal.webui.base.web.QueryValues;
import de.globallokal.webui.partnerships.map.PartnerMap;
import de.globallokal.webui.projection.PartnershipReadModel;
import de.globallokal.webui.site.SiteProperties;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;

/** All partner cities as a list of cards, read from web-ui's own read model. */
@Route(value = PublicPaths.PARTNERSHIPS, layout = PublicLayout.class)
@Menu(title = "nav.partnerships", order = 2)
@AnonymousAllowed
public class PartnershipsView extends Div implements HasDynamicTitle, BeforeEnterObserver, HasPageDescription {

    private final PartnershipReadModel readModel;

    private final SiteProperties site;

    public PartnershipsView(PartnershipReadModel readModel, SiteProperties site) {
        this.readModel = readModel;
        this.site = site;
        addClassName("gl-partnerships");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> query = event.getLocation().getQueryParameters().getParameters();
        PartnershipKind kind = QueryValues.parse(PartnershipKind.class, QueryValues.first(query, "art"));
        PartnershipStatus status = QueryValues.parse(PartnershipStatus.class, QueryValues.first(query, "stand"));
        Integer sdg = QueryValues.sdg(QueryValues.first(query, "ziel"));
        List<Entry<Partnership>> shown = readModel.current()
            .stream()
            .filter(e -> kind == null || e.state().kind() == kind)
            .filter(e -> status == null || e.state().status() == status)
            .filter(e -> sdg == null || e.state().sdgs().contains(sdg))
            .toList();
        removeAll();
        add(new H1(getTranslation("partnerships.title")), new Paragraph(getTranslation("partnerships.intro")));
        add(filters(kind, status, sdg));
        Paragraph count = new Paragraph(getTranslation("partnerships.count", shown.size()));
        count.getElement().setAttribute("role", "status");
        add(count);
        if (!shown.isEmpty()) {
            add(PartnerMap.of(shown.stream().map(Entry::state).toList(), getTranslation("partnerships.map"),
                    site.city(), site.home()));
        }
        add(Cards.of(shown, this::card, getTranslation("partnerships.empty")));
    }

    private Section filters(PartnershipKind kind, PartnershipStatus status, Integer sdg) {
        ComboBox<PartnershipKind> kinds = FilterSelect.of(this, getTranslation("partnership.kind"),
                List.of(PartnershipKind.values()), kind, k -> getTranslation("partnership.kind." + k.name()));
        ComboBox<PartnershipStatus> states = FilterSelect.of(this, getTranslation("partnership.status"),
                List.of(PartnershipStatus.values()), status, s -> getTranslation("partnership.status." + s.name()));
        ComboBox<Integer> goals = FilterSelect.of(this, getTranslation("events.filter.sdg"),
                IntStream.rangeClosed(1, 17).boxed().toList(), sdg, n -> getTranslation("events.filter.sdg-item", n));
        Button apply = new Button(getTranslation("events.filter.apply"), click -> {
            Map<String, String> query = new LinkedHashMap<>();
            if (kinds.getValue() != null) {
                query.put("art", kinds.getValue().name());
            }
            if (states.getValue() != null) {
                query.put("stand", states.getValue().name());
            }
            if (goals.getValue() != null) {
                query.put("ziel", String.valueOf(goals.getValue()));
            }
            getUI().ifPresent(ui -> ui.navigate("partnerschaften", QueryParameters.simple(query)));
        });
        Div fields = new Div(kinds, states, goals);
        fields.addClassName("gl-filter-fields");
        Section form = new Section(new H2(getTranslation("partnerships.filter")), fields,
                new Div(apply, PublicPaths.link(getTranslation("events.filter.reset"), PublicPaths.PARTNERSHIPS)));
        form.addClassName("gl-filter");
        return form;
    }

    private ListItem card(Partnership partnership) {
        Locale locale = getLocale();
        H2 name = new H2(PublicPaths.link(partnership.partner().name(), PublicPaths.PARTNERSHIP, partnership.slug()));
        Span country = new Span(CountryCode.displayName(partnership.partner().country(), locale));
        country.addClassName("gl-card-country");
        Span kind = new Span(getTranslation("partnership.kind." + partnership.kind().name()));
        kind.addClassName("gl-badge");
        ListItem card = new ListItem(name, country, kind);
        if (partnership.since() != null) {
            Span since = new Span(getTranslation("partnerships.since", partnership.since()));
            since.addClassName("gl-card-since");
            card.add(since);
        }
        if (partnership.description() != null) {
            Texts.paragraph(this, partnership.description(), locale).forEach(card::add);
        }
        return card;
    }

    @Override
    public String getPageDescription() {
        return getTranslation("partnerships.intro");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("partnerships.title") + " – " + getTranslation("app.name");
    }

}
