package de.globallokal.webui.events;

import com.mongodb.client.model.Filters;
import de.globallokal.core.calendar.EventCategory;
import de.globallokal.core.calendar.EventStatus;
import de.globallokal.webui.base.web.OpenData;
import de.globallokal.webui.projection.CalendarEntries;
import de.globallokal.webui.projection.CalendarEntry;
import de.globallokal.webui.projection.EventReadModel;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.bson.conversions.Bson;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.node.ObjectNode;

/**
 * Open data: the public calendar with organiser and partner names, paged and filtered.
 * Drafts and scheduled events do not exist here; for a client that syncs with
 * {@code modified_since}, one that went back to draft or was deleted is a tombstone.
 */
@RestController
@RequestMapping("/api/public/v1/events")
class PublicEventsApi {

    private static final List<String> PUBLIC = Arrays.stream(EventStatus.values())
        .filter(EventStatus::isPublic)
        .map(Enum::name)
        .toList();

    private final EventReadModel events;

    private final CalendarEntries entries;

    PublicEventsApi(EventReadModel events, CalendarEntries entries) {
        this.events = events;
        this.entries = entries;
    }

    @GetMapping
    Map<String, Object> list(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size,
            @RequestParam(name = "modified_since", required = false) String modifiedSince,
            @RequestParam(required = false) EventCategory category, @RequestParam(required = false) Integer sdg,
            @RequestParam(required = false) String partnership) {
        OpenData.checkPaging(page, size);
        Instant since = OpenData.modifiedSince(modifiedSince);
        List<Bson> filters = new ArrayList<>();
        if (since == null) {
            filters.add(Filters.in("data.status", PUBLIC));
        }
        if (category != null) {
            filters.add(Filters.eq("data.category", category.name()));
        }
        if (sdg != null) {
            filters.add(Filters.eq("data.sdgs", sdg));
        }
        if (partnership != null) {
            filters.add(Filters.eq("data.partnershipIds", partnership));
        }
        Bson narrower = filters.isEmpty() ? null : Filters.and(filters);
        List<ObjectNode> data = events.page(narrower, since, page, size)
            .stream()
            .map(e -> OpenData.item(e, !e.deleted() && e.state().status().isPublic(),
                    e.deleted() ? null : entries.resolve(e.state())))
            .toList();
        return OpenData.page(data, page, size, events.count(narrower, since));
    }

    @GetMapping("/{id}")
    ResponseEntity<CalendarEntry> get(@PathVariable String id) {
        return entries.find(id)
            .filter(e -> e.event().status().isPublic())
            .map(ResponseEntity::ok)
            .orElse(ResponseEntity.notFound().build());
    }

}
