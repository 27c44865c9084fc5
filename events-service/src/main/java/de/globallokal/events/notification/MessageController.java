package de.globallokal.events.notification;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Staff read what was sent to registrants (and, without SMTP, what would have been). */
@RestController
@RequestMapping("/api/messages")
class MessageController {

    private final MessageOutbox outbox;

    MessageController(MessageOutbox outbox) {
        this.outbox = outbox;
    }

    @GetMapping
    Map<String, Object> latest(@RequestParam(required = false) String event,
            @RequestParam(required = false) @Pattern(regexp = "PENDING|SENT|LOCAL|FAILED") String status,
            @RequestParam(defaultValue = "50") @Min(1) @Max(500) int limit) {
        return Map.of("data", outbox.latest(event, status, limit), "pending", outbox.count("PENDING"), "failed",
                outbox.count("FAILED"));
    }

}
