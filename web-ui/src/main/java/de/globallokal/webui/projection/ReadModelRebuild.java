package de.globallokal.webui.projection;

import org.springframework.stereotype.Service;

/** Rebuilds read models from their topic, e.g. after a projection bug was fixed. */
@Service
public class ReadModelRebuild {

    private final PartnershipsTopicProjector projector;

    ReadModelRebuild(PartnershipsTopicProjector projector) {
        this.projector = projector;
    }

    /** Everything projected from {@code globallokal.partnerships}: partnerships and contacts. */
    public void partnershipsTopic() {
        projector.rebuild();
    }
}
