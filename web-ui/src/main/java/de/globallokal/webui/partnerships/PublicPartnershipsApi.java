package de.globallokal.webui.partnerships;

import com.fasterxml.jackson.databind.node.ObjectNode;
import de.globallokal.core.json.Json;
import de.globallokal.core.partnership.Partnership;
import de.globallokal.support.projection.VersionedReadModel;
import de.globallokal.support.web.InvalidRequestException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Open data: every partnership, paged, with {@code modified_since} for clients that sync;
 * such a sync also gets deleted partnerships as tombstones (OParl style).
 */
@RestController
@RequestMapping("/api/public/v1/partnerships")
class PublicPartnershipsApi {

    static final int MAX_SIZE = 200;

    private final PartnershipReadModel readModel;

    PublicPartnershipsApi(PartnershipReadModel readModel) {
        this.readModel = readModel;
    }

    @GetMapping
    Map<String, Object> list(@RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size,
            @RequestParam(name = "modified_since", required = false) String modifiedSince) {
        if (page < 0) {
            throw new InvalidRequestException("page", "must be 0 or more");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidRequestException("size", "must be between 1 and " + MAX_SIZE);
        }
        Instant since = parse(modifiedSince);
        List<ObjectNode> data = readModel.page(since, page, size).stream().map(PublicPartnershipsApi::item).toList();
        long total = readModel.count(since);

        Map<String, Object> links = new LinkedHashMap<>();
        links.put("self", link(page, size));
        links.put("first", link(0, size));
        if (page > 0) {
            links.put("prev", link(page - 1, size));
        }
        if ((long) (page + 1) * size < total) {
            links.put("next", link(page + 1, size));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("data", data);
        body.put("links", links);
        body.put("pagination", Map.of("page", page, "size", size, "total", total));
        return body;
    }

    static ObjectNode item(VersionedReadModel.Entry<Partnership> entry) {
        ObjectNode node = Json.strict().createObjectNode();
        if (entry.deleted()) {
            node.put("id", entry.id()).put("deleted", true).put("modified", entry.modified().toString());
            return node;
        }
        node.setAll((ObjectNode) Json.strict().valueToTree(entry.state()));
        node.put("version", entry.version());
        node.put("modified", entry.modified().toString());
        return node;
    }

    private static Instant parse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidRequestException("modified_since", "must be an ISO-8601 instant such as 2026-01-31T12:00:00Z");
        }
    }

    private static String link(int page, int size) {
        UriComponentsBuilder builder = ServletUriComponentsBuilder.fromCurrentRequest();
        return builder.replaceQueryParam("page", page).replaceQueryParam("size", size).toUriString();
    }
}
