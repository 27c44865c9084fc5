package de.globallokal.webui.actors.ui;

import de.globallokal.core.actor.LocalActor;
import de.globallokal.core.partnership.Partnership;
import de.globallokal.support.projection.VersionedReadModel.Entry;
import de.globallokal.webui.projection.ActorReadModel;
import de.globallokal.webui.projection.CalendarDates.Dated;
import de.globallokal.webui.projection.CalendarDates;
import de.globallokal.webui.projection.CalendarFilter;
import de.globallokal.webui.projection.PartnershipReadModel;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * What an actor's page shows, read once for the Vaadin view and the first response: the
 * actor, the coming dates it organises, and the partnerships those dates belong to.
 */
@Component
class ActorProfile {

    /** An actor with its coming dates and the partnerships they are part of. */
    record Profile(LocalActor actor, List<Dated> dates, List<Partnership> partnerships) {
    }

    private final ActorReadModel actors;

    private final CalendarDates calendar;

    private final PartnershipReadModel partnerships;

    private final Clock clock;

    ActorProfile(ActorReadModel actors, CalendarDates calendar, PartnershipReadModel partnerships, Clock clock) {
        this.actors = actors;
        this.calendar = calendar;
        this.partnerships = partnerships;
        this.clock = clock;
    }

    Optional<Profile> of(String path) {
        return actors.findByPath(path).map(Entry::state).map(actor -> {
            List<Dated> dates = calendar.matching(CalendarFilter.all(), clock.instant())
                .stream()
                .filter(dated -> actor.id().equals(dated.event().organiserId()))
                .toList();
            List<Partnership> partners = dates.stream()
                .flatMap(dated -> dated.event().partnershipIds().stream())
                .distinct()
                .map(id -> partnerships.findCurrent(id).map(Entry::state).orElse(null))
                .filter(Objects::nonNull)
                .toList();
            return new Profile(actor, dates, partners);
        });
    }

}
