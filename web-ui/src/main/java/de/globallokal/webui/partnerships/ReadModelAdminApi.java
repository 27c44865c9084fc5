package de.globallokal.webui.partnerships;

import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** Operations for administrators: rebuild a read model from its topic. */
@RestController
class ReadModelAdminApi {

    private final ReadModelRebuild rebuild;

    ReadModelAdminApi(ReadModelRebuild rebuild) {
        this.rebuild = rebuild;
    }

    @PostMapping("/api/admin/read-models/partnerships/rebuild")
    ResponseEntity<Map<String, String>> rebuildPartnerships() {
        rebuild.partnerships();
        return ResponseEntity.accepted().body(Map.of("status", "rebuilding",
                "detail", "The read model was emptied and is being replayed from the topic."));
    }
}
