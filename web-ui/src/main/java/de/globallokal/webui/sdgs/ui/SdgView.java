package de.globallokal.webui.sdgs.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import de.globallokal.core.procurement.ProductGroup;
import de.globallokal.core.sdg.Sdg;
import de.globallokal.core.sdg.SdgCatalogue;
import de.globallokal.webui.base.ui.DateLinks;
import de.globallokal.webui.base.ui.PublicLayout;
import de.globallokal.webui.base.ui.PublicPaths;
import de.globallokal.webui.base.ui.SdgTiles;
import de.globallokal.webui.projection.ActorReadModel;
import de.globallokal.webui.projection.CalendarDates;
import de.globallokal.webui.projection.CalendarFilter;
import de.globallokal.webui.projection.PartnershipReadModel;
import de.globallokal.webui.projection.ProductGroupReadModel;
import de.globallokal.webui.projection.ProjectReadModel;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/** One goal: the projects, partnerships and local actors that work towards it. */
@Route(value = PublicPaths.SDG, layout = PublicLayout.class)
@AnonymousAllowed
public class SdgView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final ProjectReadModel projects;

    private final PartnershipReadModel partnerships;

    private final ActorReadModel actors;

    private final CalendarDates calendar;

    private final Clock clock;

    private String title = "";

    private final ProductGroupReadModel productGroups;

    public SdgView(ProjectReadModel projects, PartnershipReadModel partnerships, ActorReadModel actors,
            CalendarDates calendar, Clock clock, ProductGroupReadModel productGroups) {
        this.clock = clock;
        this.productGroups = productGroups;
        this.projects = projects;
        this.partnerships = partnerships;
        this.actors = actors;
        this.calendar = calendar;
        addClassName("gl-sdg");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        int number;
        try {
            number = Integer.parseInt(event.getRouteParameters().get("number").orElse(""));
        }
        catch (NumberFormatException e) {
            throw new NotFoundException();
        }
        Sdg goal = SdgCatalogue.goal(number).orElseThrow(NotFoundException::new);
        title = getTranslation("sdgs.goal", goal.number(), goal.name().in(getLocale()));
        removeAll();
        add(new H1(title), SdgTiles.of(List.of(number), getLocale()));
        section("sdgs.projects",
                projects.current()
                    .stream()
                    .filter(e -> e.state().sdgs().contains(number))
                    .map(e -> new ListItem(
                            PublicPaths.link(e.state().title().in(getLocale()), PublicPaths.PROJECT, e.state().slug())))
                    .toList());
        section("sdgs.partnerships",
                partnerships.current()
                    .stream()
                    .filter(e -> e.state().sdgs().contains(number))
                    .map(e -> new ListItem(
                            PublicPaths.link(e.state().partner().name(), PublicPaths.PARTNERSHIP, e.state().slug())))
                    .toList());
        section("sdgs.events",
                calendar
                    .matching(CalendarFilter.of(QueryParameters.simple(Map.of("ziel", String.valueOf(number)))),
                            clock.instant())
                    .stream()
                    .limit(10)
                    .map(d -> DateLinks.item(d.event(), d.occurrence(), getLocale()))
                    .toList());
        section("sdgs.actors",
                actors.current()
                    .stream()
                    .filter(e -> e.state().sdgs().contains(number))
                    .map(e -> new ListItem(e.state().name()))
                    .toList());
        if (number == ProductGroup.SDG) {
            // fair procurement is what target 12.7 asks of public bodies
            section("sdgs.product-groups",
                    productGroups.names(getLocale())
                        .values()
                        .stream()
                        .map(name -> new ListItem(PublicPaths.link(name, PublicPaths.FAIR_PROCUREMENT)))
                        .toList());
        }
    }

    private void section(String heading, List<ListItem> items) {
        add(new H2(getTranslation(heading)));
        if (items.isEmpty()) {
            add(new Paragraph(getTranslation("sdgs.none")));
        }
        else {
            UnorderedList list = new UnorderedList();
            items.forEach(list::add);
            add(list);
        }
    }

    @Override
    public String getPageTitle() {
        return title + " – " + getTranslation("app.name");
    }

}
