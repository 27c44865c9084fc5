package de.globallokal.events.calendar;

import de.globallokal.core.actor.LocalActor;
import de.globallokal.core.calendar.EventInput;
import de.globallokal.core.project.Project;
import de.globallokal.events.replica.PartnershipReplica;
import de.globallokal.events.replica.Replica;
import de.globallokal.support.web.UnknownReferenceException;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Checks the organiser, partnerships and projects an event names against the local
 * replicas.
 */
@Component
class References {

    private final PartnershipReplica partnerships;

    private final Replica<LocalActor> actors;

    private final Replica<Project> projects;

    References(PartnershipReplica partnerships, Replica<LocalActor> actorReplica, Replica<Project> projectReplica) {
        this.partnerships = partnerships;
        this.actors = actorReplica;
        this.projects = projectReplica;
    }

    void check(EventInput input) {
        if (input.organiserId() != null && !actors.exists(input.organiserId())) {
            throw new UnknownReferenceException("organiserId", "no local actor " + input.organiserId());
        }
        List<String> partnershipIds = input.partnershipIds() == null ? List.of() : input.partnershipIds();
        for (int i = 0; i < partnershipIds.size(); i++) {
            if (!partnerships.exists(partnershipIds.get(i))) {
                throw new UnknownReferenceException("partnershipIds[" + i + "]",
                        "no partnership " + partnershipIds.get(i));
            }
        }
        List<String> projectIds = input.projectIds() == null ? List.of() : input.projectIds();
        for (int i = 0; i < projectIds.size(); i++) {
            if (!projects.exists(projectIds.get(i))) {
                throw new UnknownReferenceException("projectIds[" + i + "]", "no project " + projectIds.get(i));
            }
        }
    }

}
