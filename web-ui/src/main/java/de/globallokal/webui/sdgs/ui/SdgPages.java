package de.globallokal.webui.sdgs.ui;

import com.vaadin.flow.router.QueryParameters;
import de.globallokal.core.procurement.ProductGroup;
import de.globallokal.core.sdg.Sdg;
import de.globallokal.core.sdg.SdgCatalogue;
import de.globallokal.webui.base.page.PageContext;
import de.globallokal.webui.base.page.ServerPage.Item;
import de.globallokal.webui.base.page.ServerPage;
import de.globallokal.webui.base.page.ServerPageSource;
import de.globallokal.webui.base.page.ServerPages;
import de.globallokal.webui.base.ui.PublicPaths;
import de.globallokal.webui.projection.ActorReadModel;
import de.globallokal.webui.projection.CalendarDates;
import de.globallokal.webui.projection.CalendarFilter;
import de.globallokal.webui.projection.PartnershipReadModel;
import de.globallokal.webui.projection.ProductGroupReadModel;
import de.globallokal.webui.projection.ProjectReadModel;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The first responses of the goals' overview and of one goal's page: what
 * {@link SdgsView} and {@link SdgView} show, as plain HTML.
 */
@Configuration(proxyBeanMethods = false)
class SdgPages {

    @Bean
    ServerPageSource goalList() {
        return ServerPageSource.of("nachhaltigkeitsziele", (parameters, page) -> {
            List<Item> goals = ServerPages.goals(SdgCatalogue.all().stream().map(Sdg::number).toList(), page);
            return Optional.of(ServerPage.builder("gl-sdgs", page.text("sdgs.title"))
                .lead(page.text("sdgs.intro"))
                .list(null, goals)
                .data(ServerPages.itemList(page.text("sdgs.title"), goals))
                .build());
        });
    }

    @Bean
    ServerPageSource goalPage(ProjectReadModel projects, PartnershipReadModel partnerships, ActorReadModel actors,
            CalendarDates calendar, Clock clock, ProductGroupReadModel productGroups) {
        return ServerPageSource.of(PublicPaths.SDG, (parameters, page) -> {
            return number(parameters.get("number")).flatMap(SdgCatalogue::goal).map(goal -> {
                int number = goal.number();
                String none = page.text("sdgs.none");
                String title = page.text("sdgs.goal", number, goal.name().in(page.locale()));
                ServerPage.Builder builder = ServerPage.builder("gl-sdg", title)
                    .description(title)
                    .listOrNone(page.text("sdgs.projects"),
                            projects.current()
                                .stream()
                                .filter(e -> e.state().sdgs().contains(number))
                                .map(e -> Item.of(e.state().title().in(page.locale()),
                                        page.href(PublicPaths.PROJECT, e.state().slug())))
                                .toList(),
                            none)
                    .listOrNone(page.text("sdgs.partnerships"),
                            partnerships.current()
                                .stream()
                                .filter(e -> e.state().sdgs().contains(number))
                                .map(e -> Item.of(e.state().partner().name(),
                                        page.href(PublicPaths.PARTNERSHIP, e.state().slug())))
                                .toList(),
                            none)
                    .listOrNone(page.text("sdgs.events"),
                            calendar
                                .matching(
                                        CalendarFilter
                                            .of(QueryParameters.simple(Map.of("ziel", String.valueOf(number)))),
                                        clock.instant())
                                .stream()
                                .limit(10)
                                .map(d -> ServerPages.date(d.event(), d.occurrence(), page))
                                .toList(),
                            none)
                    .listOrNone(page.text("sdgs.actors"),
                            actors.current()
                                .stream()
                                .filter(e -> e.state().sdgs().contains(number))
                                .map(e -> Item.of(e.state().name(), null))
                                .toList(),
                            none);
                if (number == ProductGroup.SDG) {
                    builder.listOrNone(page.text("sdgs.product-groups"),
                            productGroups.names(page.locale())
                                .values()
                                .stream()
                                .map(name -> Item.of(name, page.href(PublicPaths.FAIR_PROCUREMENT)))
                                .toList(),
                            none);
                }
                return builder.build();
            });
        });
    }

    private static Optional<Integer> number(String text) {
        try {
            return Optional.of(Integer.parseInt(text));
        }
        catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

}
