package de.globallokal.core.calendar;

import de.globallokal.core.calendar.Audience;
import de.globallokal.core.calendar.EventCategory;
import de.globallokal.core.calendar.EventStatus;
import de.globallokal.core.calendar.OccurrenceChange;
import de.globallokal.core.calendar.Recurrence;
import de.globallokal.core.calendar.RegistrationSettings;
import de.globallokal.core.calendar.Venue;
import de.globallokal.core.procurement.ReferenceKey;
import de.globallokal.core.project.Money;
import de.globallokal.core.sdg.SdgGoal;
import de.globallokal.core.value.Attachment;
import de.globallokal.core.value.ImageReference;
import de.globallokal.core.value.LocalizedText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

/**
 * What an editor sends to create or replace an event. Times are local to {@code zone}
 * (default: the office's zone, {@code globallokal.site.zone}); the service works out the
 * offset of each date.
 */
@ConsistentEvent
public record EventInput(@NotNull @Valid LocalizedText title, @Valid LocalizedText summary,
        @Valid LocalizedText description, @NotNull LocalDateTime start, @NotNull LocalDateTime end,
        @Size(max = 60) String zone, Boolean allDay, @Valid Recurrence recurrence,
        @Size(max = 200) List<@NotNull @Valid OccurrenceChange> occurrenceChanges, @Valid Venue venue,
        @Size(max = 500) @Pattern(regexp = "https?://\\S+",
                message = "{globallokal.validation.web-address}") String onlineUrl,
        @NotNull EventCategory category, @Size(max = 8) List<@NotNull Audience> audiences,
        @Size(max = 20) List<@NotNull @Pattern(regexp = "[a-z]{2,3}",
                message = "{globallokal.validation.language-code}") String> languages,
        @Valid LocalizedText accessibility, @Valid Money price, @Size(max = 60) String organiserId,
        @Size(max = 20) List<@NotBlank @Size(max = 60) String> partnershipIds,
        @Size(max = 20) List<@NotBlank @Size(max = 60) String> projectIds,
        @Size(max = 17) List<@NotNull @SdgGoal Integer> sdgs, @Valid ImageReference image, @NotNull EventStatus status,
        Instant publishAt, @Valid LocalizedText statusNote, @Valid RegistrationSettings registration,
        @Size(max = 20) List<@NotNull @Valid Attachment> attachments,
        @Size(max = 20) List<@NotNull @ReferenceKey String> productGroups) {

    public boolean isAllDay() {
        return Boolean.TRUE.equals(allDay);
    }

    public List<OccurrenceChange> changes() {
        return occurrenceChanges == null ? List.of() : occurrenceChanges;
    }
}
