package de.globallokal.core.partnership;

import com.fasterxml.jackson.annotation.JsonInclude;
import de.globallokal.core.value.Attachment;
import de.globallokal.core.value.ImageReference;
import de.globallokal.core.value.LocalizedText;
import java.time.Instant;
import java.util.List;

/**
 * The full state of a partnership as carried in {@code partnership.upserted.v1} events.
 *
 * @param since the year the partnership began, if known
 * @param localContactIds contact points on our side (ids of {@code contact} aggregates)
 * @param partnerContactIds contact points on the partner's side
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Partnership(String id, String slug, PartnerMunicipality partner, PartnershipKind kind, Integer since,
        PartnershipStatus status, LocalizedText statusReason, LocalizedText description, List<Integer> sdgs,
        List<Milestone> milestones, List<String> localContactIds, List<String> partnerContactIds, ImageReference image,
        Instant created, Instant modified, List<Attachment> attachments) {

    public Partnership {
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
        sdgs = sdgs == null ? List.of() : List.copyOf(sdgs);
        milestones = milestones == null ? List.of() : List.copyOf(milestones);
        localContactIds = localContactIds == null ? List.of() : List.copyOf(localContactIds);
        partnerContactIds = partnerContactIds == null ? List.of() : List.copyOf(partnerContactIds);
    }
}
