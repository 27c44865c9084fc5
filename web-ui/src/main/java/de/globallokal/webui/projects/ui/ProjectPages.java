package de.globallokal.webui.projects.ui;

import de.globallokal.core.project.FundingLine;
import de.globallokal.core.project.Measure;
import de.globallokal.core.project.Project;
import de.globallokal.support.projection.VersionedReadModel.Entry;
import de.globallokal.webui.base.page.PageContext;
import de.globallokal.webui.base.page.ServerPage.Item;
import de.globallokal.webui.base.page.ServerPage.Link;
import de.globallokal.webui.base.page.ServerPage;
import de.globallokal.webui.base.page.ServerPageSource;
import de.globallokal.webui.base.page.ServerPages;
import de.globallokal.webui.base.ui.PublicPaths;
import de.globallokal.webui.projection.ProjectReadModel;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The first responses of the project list and of a project's page: what
 * {@link ProjectsView} and {@link ProjectView} show, as plain HTML.
 */
@Configuration(proxyBeanMethods = false)
class ProjectPages {

    @Bean
    ServerPageSource projectList(ProjectReadModel projects) {
        return ServerPageSource.of("projekte", (parameters, page) -> {
            List<Item> cards = projects.current().stream().map(Entry::state).map(p -> card(p, page)).toList();
            return Optional.of(ServerPage.builder("gl-projects", page.text("projects.title"))
                .description(page.text("projects.title"))
                .cards(null, cards, page.text("projects.empty"))
                .data(ServerPages.itemList(page.text("projects.title"), cards))
                .build());
        });
    }

    private static Item card(Project project, PageContext page) {
        List<String> details = new ArrayList<>();
        if (project.summary() != null) {
            details.add(project.summary().in(page.locale()));
        }
        details.add(page.text("project.percent", page.text("projects.progress"), ProjectView.averageProgress(project)));
        return new Item(project.title().in(page.locale()), page.href(PublicPaths.PROJECT, project.slug()), null, null,
                details)
            .badged(page.text("project.status." + project.status().name()));
    }

    @Bean
    ServerPageSource projectPage(ProjectReadModel projects) {
        return ServerPageSource.of(PublicPaths.PROJECT, (parameters, page) -> {
            return projects.findBySlug(parameters.get("slug")).map(Entry::state).map(p -> project(p, page));
        });
    }

    private static ServerPage project(Project project, PageContext page) {
        String title = project.title().in(page.locale());
        ServerPage.Builder builder = ServerPage.builder("gl-project", title)
            .lead(page.text("project.status." + project.status().name()))
            .description(project.summary() == null ? title : project.summary().in(page.locale()));
        if (project.image() != null) {
            builder.picture(project.image().url(), project.image().alt().in(page.locale()), project.image().credit());
        }
        if (project.summary() != null) {
            builder.lead(project.summary().in(page.locale()));
        }
        if (project.start() != null && project.end() != null) {
            DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(page.locale());
            builder.lead(page.text("project.period", dates.format(project.start()), dates.format(project.end())));
        }
        if (!project.sdgs().isEmpty()) {
            builder.list(page.text("project.goals"), ServerPages.goals(project.sdgs(), page));
        }
        if (!project.funding().isEmpty()) {
            List<Item> lines = new ArrayList<>();
            for (FundingLine line : project.funding()) {
                lines.add(Item.of(line.funder() + (line.programme() == null ? "" : " – " + line.programme()) + ": "
                        + ProjectView.money(line.amount(), page.locale()), null));
            }
            builder.list(page.text("project.funding"), lines);
        }
        if (!project.measures().isEmpty()) {
            List<Item> measures = new ArrayList<>();
            for (Measure measure : project.measures()) {
                measures.add(Item.of(measure.measure().in(page.locale()), null,
                        page.text("project.responsible." + measure.responsible()),
                        page.text("project.percent", measure.goal().in(page.locale()), measure.progress())));
            }
            builder.list(page.text("project.measures"), measures);
        }
        builder.list(null, List.of(), new Link(page.text("nav.projects"), page.href("projekte")));
        var data = ServerPages.object("Project");
        data.put("name", title);
        data.put("url", page.href(PublicPaths.PROJECT, project.slug()));
        if (project.summary() != null) {
            data.put("description", project.summary().in(page.locale()));
        }
        if (!project.funding().isEmpty()) {
            data.put("funder",
                    project.funding()
                        .stream()
                        .map(line -> Map.of("@type", "Organization", "name", line.funder()))
                        .distinct()
                        .toList());
        }
        return builder.data(data).build();
    }

}
