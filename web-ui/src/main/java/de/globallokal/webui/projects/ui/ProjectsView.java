package de.globallokal.webui.projects.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import de.globallokal.core.project.Project;
import de.globallokal.webui.base.ui.Cards;
import de.globallokal.webui.base.ui.PublicLayout;
import de.globallokal.webui.base.ui.PublicPaths;
import de.globallokal.webui.projection.ProjectReadModel;

/** All projects with their status and how far the action programme has come. */
@Route(value = "projekte", layout = PublicLayout.class)
@Menu(title = "nav.projects", order = 3)
@AnonymousAllowed
class ProjectsView extends Div implements HasDynamicTitle {

    public ProjectsView(ProjectReadModel projects) {
        addClassName("gl-projects");
        add(new H1(getTranslation("projects.title")));
        add(Cards.of(projects.current(), this::card, getTranslation("projects.empty")));
    }

    private ListItem card(Project project) {
        Anchor link = PublicPaths.link(project.title().in(getLocale()), PublicPaths.PROJECT, project.slug());
        ListItem card = new ListItem(new H2(link));
        card.add(ProjectView.statusBadge(this, project));
        if (project.summary() != null) {
            card.add(new Paragraph(project.summary().in(getLocale())));
        }
        card.add(ProjectView.progress(this, getTranslation("projects.progress"), ProjectView.averageProgress(project)));
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("projects.title") + " – " + getTranslation("app.name");
    }

}
