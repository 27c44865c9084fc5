package de.globallokal.events.replica;

import de.globallokal.core.actor.LocalActor;
import de.globallokal.core.event.AggregateTypes;
import de.globallokal.core.project.Project;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The local actors (organisers) and projects an event may name, kept like the
 * partnerships.
 */
@Configuration(proxyBeanMethods = false)
class ReferenceReplicas {

    @Bean
    Replica<LocalActor> actorReplica(MongoTemplate mongo) {
        return new Replica<>(mongo, "actor_replica", LocalActor.class, AggregateTypes.ACTOR, "data.name");
    }

    @Bean
    Replica<Project> projectReplica(MongoTemplate mongo) {
        return new Replica<>(mongo, "project_replica", Project.class, AggregateTypes.PROJECT, "data.slug");
    }

}
