package de.globallokal.webui.projection;

import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Operations for administrators: rebuild a read model from its topic (409 problem while
 * it cannot be).
 */
@RestController
class ReadModelAdminApi {

    private final ReadModelRebuild rebuild;

    ReadModelAdminApi(ReadModelRebuild rebuild) {
        this.rebuild = rebuild;
    }

    @PostMapping("/api/admin/read-models/partnerships/rebuild")
    ResponseEntity<Map<String, String>> rebuildPartnerships() {
        rebuild.partnershipsTopic();
        return ResponseEntity.accepted()
            .body(Map.of("status", "rebuilding", "detail",
                    "The read models of globallokal.partnerships were emptied and are being replayed from the topic."));
    }

    @PostMapping("/api/admin/read-models/events/rebuild")
    ResponseEntity<Map<String, String>> rebuildEvents() {
        rebuild.eventsTopic();
        return ResponseEntity.accepted()
            .body(Map.of("status", "rebuilding", "detail",
                    "The calendar read model was emptied and is being replayed from globallokal.events."));
    }

}
