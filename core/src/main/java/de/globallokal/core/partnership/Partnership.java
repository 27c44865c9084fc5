package de.globallokal.core.partnership;

import com.fasterxml.jackson.annotation.JsonInclude;
import de.globallokal.core.value.LocalizedText;
import java.time.Instant;
import java.util.List;

/**
 * The full state of a partnership as carried in {@code partnership.upserted.v1} events.
 *
 * @param since the year the partnership began, if known
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Partnership(
        String id,
        String slug,
        PartnerMunicipality partner,
        PartnershipKind kind,
        Integer since,
        PartnershipStatus status,
        LocalizedText statusReason,
        LocalizedText description,
        List<Integer> sdgs,
        Instant created,
        Instant modified) {

    public Partnership {
        sdgs = sdgs == null ? List.of() : List.copyOf(sdgs);
    }
}
