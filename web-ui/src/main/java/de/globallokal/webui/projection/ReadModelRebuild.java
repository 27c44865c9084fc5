package de.globallokal.webui.projection;

import de.globallokal.core.event.Topics;
import de.globallokal.support.projection.ReadModelRebuilds;
import de.globallokal.support.projection.TopicRebuild;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Rebuilds read models from their topic, e.g. after a projection bug was fixed: into a
 * new generation while the current one stays in use, on any of the instances (DD013).
 */
@Service
public class ReadModelRebuild {

    private final ReadModelRebuilds rebuilds;

    ReadModelRebuild(ReadModelRebuilds rebuilds) {
        this.rebuilds = rebuilds;
    }

    /** Everything projected from {@code globallokal.events}: the calendar. */
    public TopicRebuild.Progress eventsTopic() {
        return rebuilds.start(Topics.EVENTS);
    }

    /**
     * Everything projected from {@code globallokal.partnerships}: partnerships, projects,
     * actors and contacts.
     */
    public TopicRebuild.Progress partnershipsTopic() {
        return rebuilds.start(Topics.PARTNERSHIPS);
    }

    /** How far the last rebuild of {@code topic} started on this instance has come. */
    public Optional<TopicRebuild.Progress> progress(String topic) {
        return rebuilds.progress(topic);
    }

}
