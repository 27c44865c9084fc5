package de.globallokal.core.partnership;

import de.globallokal.core.partnership.Milestone;
import de.globallokal.core.partnership.PartnerMunicipality;
import de.globallokal.core.partnership.PartnershipKind;
import de.globallokal.core.partnership.PartnershipStatus;
import de.globallokal.core.sdg.SdgGoal;
import de.globallokal.core.value.Attachment;
import de.globallokal.core.value.ImageReference;
import de.globallokal.core.value.LocalizedText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** What an editor sends to create or replace a partnership. */
public record PartnershipInput(@NotNull @Valid PartnerMunicipality partner, @NotNull PartnershipKind kind,
        @Min(800) @NotFutureYear Integer since, @NotNull PartnershipStatus status, @Valid LocalizedText statusReason,
        @NotNull @Valid LocalizedText description, @Size(max = 17) List<@NotNull @SdgGoal Integer> sdgs,
        @Size(max = 100) List<@NotNull @Valid Milestone> milestones,
        @Size(max = 10) List<@NotBlank String> localContactIds,
        @Size(max = 10) List<@NotBlank String> partnerContactIds, @Valid ImageReference image,
        @Size(max = 20) List<@NotNull @Valid Attachment> attachments) {
}
