package de.globallokal.events.registration;

import de.globallokal.core.calendar.CalendarEvent;
import de.globallokal.core.calendar.Occurrence;
import de.globallokal.events.notification.OutgoingMessage;
import de.globallokal.support.calendar.CalendarFiles;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Turns notices into messages in the registrant's language (de, en or fr). A message that
 * gives or changes a date carries it as a calendar file with the UID and SEQUENCE of the
 * public feed, so the registrant's calendar updates the entry instead of adding one; a
 * date that no longer holds for them is sent with METHOD:CANCEL.
 */
@Component
class NoticeMessages {

    private static final Set<Notice.Kind> ADD_TO_CALENDAR = EnumSet.of(Notice.Kind.CONFIRMED, Notice.Kind.CLAIMED,
            Notice.Kind.RESUMED, Notice.Kind.MOVED, Notice.Kind.PLACE_CHANGED, Notice.Kind.POSTPONED,
            Notice.Kind.REMINDER);

    private static final Set<Notice.Kind> REMOVE_FROM_CALENDAR = EnumSet.of(Notice.Kind.DATE_CANCELLED,
            Notice.Kind.CANCELLED);

    private final String publicBaseUrl;

    private final String organiser;

    private final Duration keep;

    private final Duration confirmWithin;

    NoticeMessages(@Value("${globallokal.public-base-url:http://localhost:8080}") String publicBaseUrl,
            @Value("${globallokal.mail.from:veranstaltungen@localhost}") String organiser,
            @Value("${globallokal.registration.anonymise-after:30d}") Duration keep,
            @Value("${globallokal.registration.confirm-within:24h}") Duration confirmWithin) {
        this.publicBaseUrl = publicBaseUrl.replaceAll("/+$", "");
        this.organiser = organiser;
        this.keep = keep;
        this.confirmWithin = confirmWithin;
    }

    /**
     * The message of a notice about {@code r}. Until the address is confirmed it names
     * nobody: whoever typed it could have typed anything.
     */
    OutgoingMessage of(Notice notice, Registration r, CalendarEvent event) {
        Locale locale = Locale.forLanguageTag(r.language() == null ? "de" : r.language());
        ResourceBundle texts = ResourceBundle.getBundle("mail/notices", locale);
        ZoneId zone = ZoneId.of(event.zone());
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
            .withLocale(locale)
            .withZone(zone);
        Optional<Occurrence> occurrence = event.occurrences()
            .stream()
            .filter(o -> o.id().equals(r.occurrenceId()))
            .findFirst();
        // a date taken out of its series is named by what the registrant was told
        Instant start = occurrence.map(o -> o.start().toInstant())
            .orElse(notice.was() != null && notice.was().start() != null ? notice.was().start()
                    : event.start().toInstant());
        // the link carries the secret only when the sign-up has just made it; later
        // messages point to the page
        String link = notice.token() == null ? publicBaseUrl + "/veranstaltungen/" + r.occurrenceId()
                : publicBaseUrl + "/anmeldung/" + notice.token();
        String to = notice.farewell() != null ? notice.farewell().email() : r.email();
        String name = notice.farewell() != null ? notice.farewell().name() : r.name();
        String place = CalendarFiles.location(event);
        String note = occurrence.map(Occurrence::note)
            .or(() -> Optional.ofNullable(event.statusNote()))
            .map(text -> text.in(locale))
            .orElse("");
        Object[] args = { name, event.title().in(locale), when.format(start), link,
                r.offeredUntil() == null ? "" : when.format(r.offeredUntil()), notice.position(),
                confirmWithin.toHours(), place == null ? "–" : place,
                notice.was() == null || notice.was().start() == null ? "" : when.format(notice.was().start()), note,
                notice.letter() == null ? "" : notice.letter().text() };
        String kind = notice.kind().name();
        String subject = notice.letter() != null ? notice.letter().subject()
                : new MessageFormat(texts.getString(kind + ".subject"), locale).format(args);
        Instant ends = occurrence.map(o -> o.end().toInstant())
            .orElse(notice.was() != null && notice.was().end() != null ? notice.was().end() : event.end().toInstant());
        return new OutgoingMessage(notice.id(), event.id(), r.id(), kind, to, notice.farewell() != null, subject,
                new MessageFormat(texts.getString(kind + ".body"), locale).format(args).replace("  ", " "),
                calendar(notice, event, r.occurrenceId(), occurrence, start, ends, locale), ends.plus(keep));
    }

    private String calendar(Notice notice, CalendarEvent event, String occurrenceId, Optional<Occurrence> occurrence,
            Instant start, Instant end, Locale locale) {
        boolean add = ADD_TO_CALENDAR.contains(notice.kind());
        if (!add && !REMOVE_FROM_CALENDAR.contains(notice.kind())) {
            return null;
        }
        ZoneId zone = ZoneId.of(event.zone());
        CalendarFiles.Entry entry = occurrence.map(o -> CalendarFiles.entry(event, o, locale, publicBaseUrl))
            .orElseGet(() -> new CalendarFiles.Entry(occurrenceId, start.atZone(zone).toOffsetDateTime(),
                    end.atZone(zone).toOffsetDateTime(), event.allDay(), event.title().in(locale),
                    CalendarFiles.location(event), CalendarFiles.State.CANCELLED, event.sequence(), event.modified(),
                    null, URI.create(publicBaseUrl + "/veranstaltungen/" + event.id())));
        if (!add) {
            entry = entry.cancelled();
        }
        return new String(CalendarFiles.write(List.of(entry),
                add ? CalendarFiles.Method.PUBLISH : CalendarFiles.Method.CANCEL, organiser), StandardCharsets.UTF_8);
    }

}
