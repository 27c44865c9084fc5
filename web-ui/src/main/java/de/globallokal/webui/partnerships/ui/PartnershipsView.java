package de.globallokal.webui.partnerships.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import de.globallokal.core.partnership.Partnership;
import de.globallokal.core.value.CountryCode;
import de.globallokal.webui.base.ui.Cards;
import de.globallokal.webui.base.ui.Texts;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import de.globallokal.webui.base.ui.PublicLayout;
import de.globallokal.webui.partnerships.PartnershipReadModel;
import java.util.Locale;

/** All partner cities as a list of cards, read from web-ui's own read model. */
@Route(value = "partnerschaften", layout = PublicLayout.class)
@AnonymousAllowed
public class PartnershipsView extends Div implements HasDynamicTitle {

    public PartnershipsView(PartnershipReadModel readModel) {
        addClassName("gl-partnerships");
        add(new H1(getTranslation("partnerships.title")), new Paragraph(getTranslation("partnerships.intro")));
        add(Cards.of(readModel.current(), this::card, getTranslation("partnerships.empty")));
    }

    private ListItem card(Partnership partnership) {
        Locale locale = getLocale();
        H2 name = new H2(new RouterLink(partnership.partner().name(), PartnershipView.class,
                new RouteParameters("slug", partnership.slug())));
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
    public String getPageTitle() {
        return getTranslation("partnerships.title") + " – " + getTranslation("app.name");
    }
}
