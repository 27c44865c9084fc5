package de.globallokal.core.structures;

import com.fasterxml.jackson.annotation.JsonInclude;
import de.globallokal.core.value.LocalizedText;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The full state of a body (a steering group, an advisory council, …) as carried in
 * {@code body.upserted.v1} events.
 *
 * @param memberContactIds its members as contact points, so the public sees whom to ask
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Body(String id, LocalizedText name, BodyKind kind, LocalizedText purpose, List<PolicyArea> areas,
        List<String> memberContactIds, List<Meeting> meetings, boolean example, Instant created, Instant modified) {

    public Body {
        areas = areas == null ? List.of() : List.copyOf(areas);
        memberContactIds = memberContactIds == null ? List.of() : List.copyOf(memberContactIds);
        meetings = meetings == null ? List.of()
                : meetings.stream().sorted(Comparator.comparing(Meeting::date)).toList();
    }

    /** The first meeting on or after that day. */
    public Optional<Meeting> nextMeeting(LocalDate today) {
        return meetings.stream().filter(m -> !m.date().isBefore(today)).findFirst();
    }

}
