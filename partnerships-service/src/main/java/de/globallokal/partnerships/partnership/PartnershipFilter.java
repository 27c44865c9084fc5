package de.globallokal.partnerships.partnership;

import com.mongodb.client.model.Filters;
import de.globallokal.core.partnership.PartnershipKind;
import de.globallokal.core.partnership.PartnershipStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.bson.conversions.Bson;

/** What a list of partnerships is narrowed to; every part is optional. */
record PartnershipFilter(PartnershipKind kind, PartnershipStatus status, String country, Integer sdg, String text) {

    List<Bson> toBson() {
        List<Bson> filters = new ArrayList<>();
        if (kind != null) {
            filters.add(Filters.eq("state.kind", kind.name()));
        }
        if (status != null) {
            filters.add(Filters.eq("state.status", status.name()));
        }
        if (country != null) {
            filters.add(Filters.eq("state.partner.country", country));
        }
        if (sdg != null) {
            filters.add(Filters.eq("state.sdgs", sdg));
        }
        if (text != null && !text.isBlank()) {
            // a regex, not $text: the MongoDB-wire server of the local run has no text
            // index
            String quoted = Pattern.quote(text.trim());
            filters.add(Filters.or(Filters.regex("state.partner.name", quoted, "i"),
                    Filters.regex("state.partner.localName", quoted, "i")));
        }
        return filters;
    }
}
