package de.globallokal.webui.base.web;

import com.mongodb.client.model.Filters;
import de.globallokal.support.projection.VersionedReadModel;
import de.globallokal.support.web.InvalidRequestException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bson.conversions.Bson;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.node.ObjectNode;

/**
 * An open-data list of one read model: everything current, paged; with
 * {@code modified_since} also the deleted ones as tombstones, sorted by modification
 * (OParl style); filtered by the parameters the subclass allows. A subclass names its
 * path with {@code @RequestMapping}.
 */
public abstract class OpenDataList<T> {

    private final VersionedReadModel<T> readModel;

    private final Map<String, String> filters;

    /**
     * @param filters query parameters a client may filter by, each with the field of the
     * stored state it matches exactly (e.g. {@code kind → kind}, {@code sdg → sdgs}); a
     * list field matches when it contains the value
     */
    protected OpenDataList(VersionedReadModel<T> readModel, Map<String, String> filters) {
        this.readModel = readModel;
        this.filters = Map.copyOf(filters);
    }

    @GetMapping
    public Map<String, Object> list(@RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size,
            @RequestParam(name = "modified_since", required = false) String modifiedSince,
            @RequestParam Map<String, String> query) {
        OpenData.checkPaging(page, size);
        Instant since = OpenData.modifiedSince(modifiedSince);
        Bson narrower = narrower(query);
        List<ObjectNode> data = readModel.page(narrower, since, page, size)
            .stream()
            .map(e -> OpenData.item(e, true))
            .toList();
        return OpenData.page(data, page, size, readModel.count(narrower, since));
    }

    private Bson narrower(Map<String, String> query) {
        List<Bson> conditions = new ArrayList<>();
        filters.forEach((parameter, field) -> {
            String value = query.get(parameter);
            if (value != null && !value.isBlank()) {
                Object typed = "sdg".equals(parameter) ? sdg(value) : value.trim();
                conditions.add(Filters.eq("data." + field, typed));
            }
        });
        return conditions.isEmpty() ? null : Filters.and(conditions);
    }

    private static Integer sdg(String value) {
        Integer goal = QueryValues.sdg(value);
        if (goal == null) {
            throw new InvalidRequestException("sdg", "must be a goal number from 1 to 17");
        }
        return goal;
    }

}
