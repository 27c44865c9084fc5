package de.globallokal.webui.projects;

import de.globallokal.core.project.Project;
import de.globallokal.webui.base.web.OpenDataList;
import de.globallokal.webui.projection.ProjectReadModel;
import java.util.Map;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Open data, filterable by partnership, status, sdg: every project (see
 * {@link OpenDataList}).
 */
@RestController
@RequestMapping("/api/public/v1/projects")
class PublicProjectsApi extends OpenDataList<Project> {

    PublicProjectsApi(ProjectReadModel readModel) {
        super(readModel, Map.of("partnership", "partnershipId", "status", "status", "sdg", "sdgs"));
    }

}
