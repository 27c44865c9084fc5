package de.globallokal.core.structures;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The full state of an entry of the press log as carried in
 * {@code press-mention.upserted.v1} events: what local media reported of the work.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PressMention(String id, LocalDate date, String outlet, String title, String link, List<PolicyArea> areas,
        boolean example, Instant created, Instant modified) {

    public PressMention {
        areas = areas == null ? List.of() : List.copyOf(areas);
    }

}
