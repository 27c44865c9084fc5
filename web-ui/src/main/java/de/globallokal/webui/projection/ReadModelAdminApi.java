package de.globallokal.webui.projection;

import de.globallokal.core.event.Topics;
import de.globallokal.support.projection.TopicRebuild;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Operations for administrators: rebuild the read models of a topic (409 problem while a
 * rebuild of it runs) and follow how far it has come.
 */
@RestController
class ReadModelAdminApi {

    private final ReadModelRebuild rebuild;

    ReadModelAdminApi(ReadModelRebuild rebuild) {
        this.rebuild = rebuild;
    }

    @PostMapping("/api/admin/read-models/partnerships/rebuild")
    ResponseEntity<TopicRebuild.Progress> rebuildPartnerships() {
        return ResponseEntity.accepted().body(rebuild.partnershipsTopic());
    }

    @GetMapping("/api/admin/read-models/partnerships/rebuild")
    ResponseEntity<TopicRebuild.Progress> partnershipsRebuild() {
        return ResponseEntity.of(rebuild.progress(Topics.PARTNERSHIPS));
    }

    @PostMapping("/api/admin/read-models/events/rebuild")
    ResponseEntity<TopicRebuild.Progress> rebuildEvents() {
        return ResponseEntity.accepted().body(rebuild.eventsTopic());
    }

    @GetMapping("/api/admin/read-models/events/rebuild")
    ResponseEntity<TopicRebuild.Progress> eventsRebuild() {
        return ResponseEntity.of(rebuild.progress(Topics.EVENTS));
    }

}
