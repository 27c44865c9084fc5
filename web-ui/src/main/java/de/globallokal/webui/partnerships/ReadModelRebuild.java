package de.globallokal.webui.partnerships;

import org.springframework.stereotype.Service;

/** Rebuilds the partnerships read model from the topic, e.g. after a projection bug was fixed. */
@Service
public class ReadModelRebuild {

    private final PartnershipProjector projector;

    ReadModelRebuild(PartnershipProjector projector) {
        this.projector = projector;
    }

    public void partnerships() {
        projector.rebuild();
    }
}
