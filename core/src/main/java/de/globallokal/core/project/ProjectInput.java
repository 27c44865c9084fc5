package de.globallokal.core.project;

import de.globallokal.core.project.FundingLine;
import de.globallokal.core.project.Indicator;
import de.globallokal.core.project.Measure;
import de.globallokal.core.project.Money;
import de.globallokal.core.project.ProjectStatus;
import de.globallokal.core.sdg.SdgGoal;
import de.globallokal.core.value.Attachment;
import de.globallokal.core.value.ImageReference;
import de.globallokal.core.value.LocalizedText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/** What an editor sends to create or replace a project. */
public record ProjectInput(@NotBlank String partnershipId, @NotNull @Valid LocalizedText title,
        @Valid LocalizedText summary, LocalDate start, LocalDate end, @NotNull ProjectStatus status,
        @Size(max = 17) List<@NotNull @SdgGoal Integer> sdgs, @Size(max = 169) List<@NotBlank String> sdgTargets,
        @Size(max = 20) List<@NotNull @Valid FundingLine> funding, @Valid Money budget, @Valid Money spent,
        @Size(max = 200) List<@NotNull @Valid Measure> measures,
        @Size(max = 50) List<@NotNull @Valid Indicator> indicators, @Valid ActionProgramme programme,
        @Valid ImageReference image, @Size(max = 20) List<@NotNull @Valid Attachment> attachments) {
}
