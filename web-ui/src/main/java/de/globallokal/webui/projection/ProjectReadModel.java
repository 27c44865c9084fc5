package de.globallokal.webui.projection;

import de.globallokal.core.event.AggregateTypes;
import de.globallokal.core.project.Project;
import de.globallokal.support.projection.VersionedReadModel;
import java.util.Optional;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/** Projects as web-ui knows them, sorted by slug. */
@Component
public class ProjectReadModel extends VersionedReadModel<Project> {

    ProjectReadModel(MongoTemplate mongo) {
        super(mongo.getDb(), "projects", Project.class, AggregateTypes.PROJECT, "data.slug");
    }

    public Optional<Entry<Project>> findBySlug(String slug) {
        return findCurrentBy("slug", slug);
    }

}
