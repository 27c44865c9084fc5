package de.globallokal.webui.projects.ui;

import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import de.globallokal.core.project.Project;
import de.globallokal.webui.base.ui.StaffLayout;
import de.globallokal.webui.editing.ui.StaffListView;
import de.globallokal.webui.projection.PartnershipReadModel;
import de.globallokal.webui.projection.ProjectReadModel;
import jakarta.annotation.security.RolesAllowed;
import java.util.Locale;

/** The projects as web-ui knows them, each opening its editor. */
@Route(value = "staff/projekte", layout = StaffLayout.class)
@Menu(title = "staff.nav.projects", order = 3)
@RolesAllowed({ "EDITOR", "ADMIN" })
class StaffProjectsView extends StaffListView<Project> {

    public StaffProjectsView(ProjectReadModel projects, PartnershipReadModel partnerships) {
        super("staff.nav.projects", "editor.kind.project", ProjectEditor.class, projects, Project::id,
                p -> p.title().in(Locale.GERMAN), "editor.title");
        grid.addColumn(p -> partnerships.findCurrent(p.partnershipId()).map(e -> e.state().partner().name()).orElse(""))
            .setHeader(getTranslation("editor.project.partnership"));
        grid.addColumn(p -> getTranslation("project.status." + p.status()))
            .setHeader(getTranslation("editor.project.status"));
        grid.addColumn(p -> p.start() == null ? "" : p.start().toString())
            .setHeader(getTranslation("editor.project.start"));
    }

}
