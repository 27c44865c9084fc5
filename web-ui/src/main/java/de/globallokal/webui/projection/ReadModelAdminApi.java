package de.globallokal.webui.projection;

import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
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
        rebuild.partnershipsTopic();
        return ResponseEntity.accepted().body(Map.of("status", "rebuilding",
                "detail", "The read models of globallokal.partnerships were emptied and are being replayed from the topic."));
    }

    @PostMapping("/api/admin/read-models/events/rebuild")
    ResponseEntity<Map<String, String>> rebuildEvents() {
        rebuild.eventsTopic();
        return ResponseEntity.accepted().body(Map.of("status", "rebuilding",
                "detail", "The calendar read model was emptied and is being replayed from globallokal.events."));
    }

    /** A projector without partitions refuses a rebuild and keeps its read models. */
    @ExceptionHandler(IllegalStateException.class)
    ProblemDetail refused(IllegalStateException refusal) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, refusal.getMessage());
        problem.setTitle("Rebuild refused");
        return problem;
    }
}
