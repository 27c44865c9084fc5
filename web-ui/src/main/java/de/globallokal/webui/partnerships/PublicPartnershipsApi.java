package de.globallokal.webui.partnerships;

import de.globallokal.core.partnership.Partnership;
import de.globallokal.webui.base.web.OpenDataList;
import de.globallokal.webui.projection.PartnershipReadModel;
import java.util.Map;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Open data, filterable by kind, status, country, sdg: every partnership (see
 * {@link OpenDataList}).
 */
@RestController
@RequestMapping("/api/public/v1/partnerships")
class PublicPartnershipsApi extends OpenDataList<Partnership> {

    PublicPartnershipsApi(PartnershipReadModel readModel) {
        super(readModel, Map.of("kind", "kind", "status", "status", "country", "partner.country", "sdg", "sdgs"));
    }

}
