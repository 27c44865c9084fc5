package de.globallokal.core.project;

import com.fasterxml.jackson.annotation.JsonInclude;
import de.globallokal.core.value.Attachment;
import de.globallokal.core.value.ImageReference;
import de.globallokal.core.value.LocalizedText;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The full state of a project as carried in {@code project.upserted.v1} events.
 *
 * @param measures the flat list of measures from before the action programme; kept for
 * readers of v1 that know no programme
 * @param programme the joint action programme (fields of action, objectives, measures,
 * indicators); null where the project has none
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Project(String id, String slug, String partnershipId, LocalizedText title, LocalizedText summary,
        LocalDate start, LocalDate end, ProjectStatus status, List<Integer> sdgs, List<String> sdgTargets,
        List<FundingLine> funding, Money budget, Money spent, List<Measure> measures, List<Indicator> indicators,
        ActionProgramme programme, Instant created, Instant modified, ImageReference image,
        List<Attachment> attachments) {

    public Project {
        sdgs = sdgs == null ? List.of() : List.copyOf(sdgs);
        sdgTargets = sdgTargets == null ? List.of() : List.copyOf(sdgTargets);
        funding = funding == null ? List.of() : List.copyOf(funding);
        measures = measures == null ? List.of() : List.copyOf(measures);
        indicators = indicators == null ? List.of() : List.copyOf(indicators);
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    /** What an editor would send to write this project as it is. */
    public ProjectInput input() {
        return new ProjectInput(partnershipId, title, summary, start, end, status, sdgs, sdgTargets, funding, budget,
                spent, measures, indicators, programme, image, attachments);
    }

    /** This project with another programme, changed at that time. */
    public Project with(ActionProgramme changed, Instant now) {
        return new Project(id, slug, partnershipId, title, summary, start, end, status, sdgs, sdgTargets, funding,
                budget, spent, measures, indicators, changed, created, now, image, attachments);
    }
}
