package de.globallokal.core.structures;

import com.fasterxml.jackson.annotation.JsonInclude;
import de.globallokal.core.value.Attachment;
import de.globallokal.core.value.LocalizedText;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The full state of a council resolution as carried in {@code resolution.upserted.v1}
 * events.
 *
 * @param body who decided, e.g. the council or one of its committees
 * @param reference the council's own number for the paper
 * @param partnershipIds the partnerships it concerns, whose pages name it
 * @param projectIds the projects it concerns, whose pages name it
 * @param documents the resolution's text and its annexes as files of the file store
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Resolution(String id, LocalDate date, String body, String reference, LocalizedText title,
        LocalizedText decision, List<PolicyArea> areas, List<String> partnershipIds, List<String> projectIds,
        String link, List<Attachment> documents, boolean example, Instant created, Instant modified) {

    public Resolution {
        areas = areas == null ? List.of() : List.copyOf(areas);
        partnershipIds = partnershipIds == null ? List.of() : List.copyOf(partnershipIds);
        projectIds = projectIds == null ? List.of() : List.copyOf(projectIds);
        documents = documents == null ? List.of() : List.copyOf(documents);
    }

}
