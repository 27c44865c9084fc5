package de.globallokal.webui.projection;

import org.springframework.stereotype.Service;

/** Rebuilds read models from their topic, e.g. after a projection bug was fixed. */
@Service
public class ReadModelRebuild {

    private final PartnershipsTopicProjector projector;

    private final EventsTopicProjector eventsProjector;

    ReadModelRebuild(PartnershipsTopicProjector projector, EventsTopicProjector eventsProjector) {
        this.projector = projector;
        this.eventsProjector = eventsProjector;
    }

    /** Everything projected from {@code globallokal.events}: the calendar. */
    public void eventsTopic() {
        eventsProjector.rebuild();
    }

    /**
     * Everything projected from {@code globallokal.partnerships}: partnerships and
     * contacts.
     */
    public void partnershipsTopic() {
        projector.rebuild();
    }

}
