package de.globallokal.webui.projects;

import de.globallokal.core.project.Project;
import de.globallokal.webui.base.web.OpenDataList;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Open data: every project (see {@link OpenDataList}). */
@RestController
@RequestMapping("/api/public/v1/projects")
class PublicProjectsApi extends OpenDataList<Project> {

    PublicProjectsApi(ProjectReadModel readModel) {
        super(readModel);
    }
}
