package de.globallokal.webui.partnerships;

import com.fasterxml.jackson.databind.node.ObjectNode;
import de.globallokal.webui.base.web.OpenData;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Open data: every partnership, paged, with {@code modified_since} for clients that sync;
 * such a sync also gets deleted partnerships as tombstones (OParl style).
 */
@RestController
@RequestMapping("/api/public/v1/partnerships")
class PublicPartnershipsApi {

    private final PartnershipReadModel readModel;

    PublicPartnershipsApi(PartnershipReadModel readModel) {
        this.readModel = readModel;
    }

    @GetMapping
    Map<String, Object> list(@RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size,
            @RequestParam(name = "modified_since", required = false) String modifiedSince) {
        OpenData.checkPaging(page, size);
        Instant since = OpenData.modifiedSince(modifiedSince);
        List<ObjectNode> data = readModel.page(since, page, size).stream().map(e -> OpenData.item(e, true)).toList();
        return OpenData.page(data, page, size, readModel.count(since));
    }
}
