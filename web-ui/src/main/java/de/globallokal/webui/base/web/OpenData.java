package de.globallokal.webui.base.web;

import de.globallokal.core.json.Json;
import de.globallokal.support.paging.Paging;
import de.globallokal.support.projection.VersionedReadModel.Entry;
import de.globallokal.support.web.InvalidRequestException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.node.ObjectNode;

/**
 * The shape of every open-data list: {@code data}, paging {@code links} and
 * {@code pagination}; items that are gone (or no longer public) as tombstones {@code {id,
 * deleted: true, modified}} for clients that sync with {@code modified_since}.
 */
public final class OpenData {

    public static final int MAX_SIZE = 200;

    private OpenData() {
    }

    public static void checkPaging(int page, int size) {
        if (page < 0) {
            throw new InvalidRequestException("page", "must be 0 or more");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidRequestException("size", "must be between 1 and " + MAX_SIZE);
        }
    }

    public static Instant modifiedSince(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value);
        }
        catch (DateTimeParseException e) {
            throw new InvalidRequestException("modified_since",
                    "must be an ISO-8601 instant such as 2026-01-31T12:00:00Z");
        }
    }

    /** The entry's state with version and modification date, or its tombstone. */
    public static ObjectNode item(Entry<?> entry, boolean visible) {
        return item(entry, visible, entry.state());
    }

    /**
     * As {@link #item(Entry, boolean)}, showing {@code shown} (e.g. the state with
     * resolved names).
     */
    public static ObjectNode item(Entry<?> entry, boolean visible, Object shown) {
        ObjectNode node = Json.strict().createObjectNode();
        if (entry.deleted() || !visible) {
            node.put("id", entry.id()).put("deleted", true).put("modified", entry.modified().toString());
            return node;
        }
        node.setAll((ObjectNode) Json.strict().valueToTree(shown));
        node.put("version", entry.version());
        node.put("modified", entry.modified().toString());
        return node;
    }

    public static Map<String, Object> page(List<ObjectNode> data, int page, int size, long total) {
        Map<String, Object> links = new LinkedHashMap<>();
        links.put("self", link(page, size));
        links.put("first", link(0, size));
        if (page > 0) {
            links.put("prev", link(page - 1, size));
        }
        if (Paging.hasNext(page, size, total)) {
            links.put("next", link(page + 1, size));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("data", data);
        body.put("links", links);
        body.put("pagination", Map.of("page", page, "size", size, "total", total));
        return body;
    }

    private static String link(int page, int size) {
        UriComponentsBuilder builder = ServletUriComponentsBuilder.fromCurrentRequest();
        return builder.replaceQueryParam("page", page).replaceQueryParam("size", size).toUriString();
    }

}
