package de.globallokal.webui.projection;

import de.globallokal.core.actor.LocalActor;
import de.globallokal.core.calendar.CalendarEvent;
import de.globallokal.core.partnership.Partnership;
import de.globallokal.core.project.Project;
import de.globallokal.support.projection.VersionedReadModel.Entry;
import de.globallokal.webui.projection.ActorReadModel;
import de.globallokal.webui.projection.PartnershipReadModel;
import de.globallokal.webui.projection.ProjectReadModel;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Service;

/** Events joined with the names of their organiser, partnerships and projects. */
@Service
public class CalendarEntries {

    private final EventReadModel events;

    private final ActorReadModel actors;

    private final PartnershipReadModel partnerships;

    private final ProjectReadModel projects;

    CalendarEntries(EventReadModel events, ActorReadModel actors, PartnershipReadModel partnerships,
            ProjectReadModel projects) {
        this.events = events;
        this.actors = actors;
        this.partnerships = partnerships;
        this.projects = projects;
    }

    public Optional<CalendarEntry> find(String id) {
        return events.findCurrent(id).map(e -> resolve(e.state()));
    }

    public CalendarEntry resolve(CalendarEvent event) {
        LocalActor organiser = event.organiserId() == null ? null
                : actors.findCurrent(event.organiserId()).map(Entry::state).orElse(null);
        List<CalendarEntry.Reference> partners = event.partnershipIds()
            .stream()
            .map(id -> partnerships.findCurrent(id).map(CalendarEntries::reference).orElse(null))
            .filter(Objects::nonNull)
            .toList();
        List<CalendarEntry.Reference> related = event.projectIds()
            .stream()
            .map(id -> projects.findCurrent(id).map(CalendarEntries::projectReference).orElse(null))
            .filter(Objects::nonNull)
            .toList();
        return new CalendarEntry(event, organiser == null ? null : organiser.name(), partners, related,
                organiser == null ? null : organiser.path());
    }

    private static CalendarEntry.Reference reference(Entry<Partnership> e) {
        return new CalendarEntry.Reference(e.id(), e.state().slug(), e.state().partner().name());
    }

    private static CalendarEntry.Reference projectReference(Entry<Project> e) {
        return new CalendarEntry.Reference(e.id(), e.state().slug(), e.state().title().de());
    }

}
