package de.globallokal.webui.base.web;

import com.fasterxml.jackson.databind.node.ObjectNode;
import de.globallokal.support.projection.VersionedReadModel;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * An open-data list of one read model: everything current, paged; with {@code modified_since}
 * also the deleted ones as tombstones, sorted by modification (OParl style). A subclass
 * names its path with {@code @RequestMapping}.
 */
public abstract class OpenDataList<T> {

    private final VersionedReadModel<T> readModel;

    protected OpenDataList(VersionedReadModel<T> readModel) {
        this.readModel = readModel;
    }

    @GetMapping
    public Map<String, Object> list(@RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size,
            @RequestParam(name = "modified_since", required = false) String modifiedSince) {
        OpenData.checkPaging(page, size);
        Instant since = OpenData.modifiedSince(modifiedSince);
        List<ObjectNode> data = readModel.page(since, page, size).stream().map(e -> OpenData.item(e, true)).toList();
        return OpenData.page(data, page, size, readModel.count(since));
    }
}
