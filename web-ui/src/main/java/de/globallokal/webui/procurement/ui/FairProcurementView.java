package de.globallokal.webui.procurement.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import de.globallokal.core.procurement.Label;
import de.globallokal.core.procurement.ProductGroup;
import de.globallokal.core.structures.PolicyArea;
import de.globallokal.webui.base.ui.HasPageDescription;
import de.globallokal.webui.base.ui.PublicLayout;
import de.globallokal.webui.base.ui.PublicPaths;
import de.globallokal.webui.base.ui.ResolutionList;
import de.globallokal.webui.base.ui.SdgTiles;
import de.globallokal.webui.procurement.ProcurementOverview.Figures;
import de.globallokal.webui.procurement.ProcurementOverview;
import de.globallokal.webui.procurement.StructuresOverview;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Fair procurement for the public: what the council decided, the targets and how far the
 * city got (published figures only), the labels it relies on, and the Fairtrade-Town
 * criteria.
 */
@Route(value = PublicPaths.FAIR_PROCUREMENT, layout = PublicLayout.class)
@Menu(title = "nav.procurement", order = 5.5)
@AnonymousAllowed
public class FairProcurementView extends Div implements HasDynamicTitle, HasPageDescription {

    public FairProcurementView(ProcurementOverview overview, StructuresOverview structures) {
        addClassName("gl-procurement");
        add(new H1(getTranslation("procurement.title")), new Paragraph(getTranslation("procurement.intro")),
                SdgTiles.of(List.of(ProductGroup.SDG), getLocale()),
                new Paragraph(getTranslation("procurement.sdg-target", ProductGroup.SDG_TARGET)));
        add(new H2(getTranslation("procurement.resolutions")));
        add(ResolutionList.of(this, structures.resolutions(List.of(PolicyArea.PROCUREMENT, PolicyArea.FAIR_TRADE_TOWN)),
                getLocale()));
        add(new Paragraph(PublicPaths.link(getTranslation("procurement.structures-link"), PublicPaths.STRUCTURES)));
        add(new H2(getTranslation("procurement.progress")));
        Figures published = overview.figures(false);
        FairProcurementFigures.groups(this, published, false, getLocale());
        add(new H2(getTranslation("fairtrade.title")));
        add(FairtradeTownList.of(this, overview.fairtradeTown(getLocale()), overview.populationKnown()));
        add(new H2(getTranslation("procurement.labels")));
        add(labels(overview.labels(), published.groups()));
    }

    private UnorderedList labels(List<Label> labels, List<ProductGroup> groups) {
        Map<String, String> groupNames = groups.stream()
            .collect(Collectors.toMap(ProductGroup::key, g -> g.name().in(getLocale()), (a, b) -> a));
        UnorderedList list = new UnorderedList();
        list.addClassName("gl-cards");
        for (Label label : labels) {
            ListItem card = new ListItem(new H3(label.name()));
            card.addClassName("gl-card");
            card.add(new Span(label.issuer() + " · " + getTranslation("label.kind." + label.kind())));
            card.add(new Paragraph(label.certifies().in(getLocale())));
            if (label.credibility() != null) {
                card.add(new Paragraph(label.credibility().in(getLocale())));
            }
            if (!label.productGroups().isEmpty()) {
                card.add(new Paragraph(getTranslation("procurement.label.groups",
                        label.productGroups()
                            .stream()
                            .map(key -> groupNames.getOrDefault(key, key))
                            .collect(Collectors.joining(", ")))));
            }
            if (label.website() != null) {
                Anchor site = new Anchor(label.website(), getTranslation("procurement.label.website", label.name()));
                site.getElement().setAttribute("rel", "noopener");
                card.add(site);
            }
            list.add(card);
        }
        return list;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("procurement.title") + " – " + getTranslation("app.name");
    }

    @Override
    public String getPageDescription() {
        return getTranslation("procurement.intro");
    }

}
