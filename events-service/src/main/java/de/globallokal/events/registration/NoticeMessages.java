package de.globallokal.events.registration;

import de.globallokal.core.calendar.CalendarEvent;
import de.globallokal.core.calendar.Occurrence;
import de.globallokal.events.notification.OutgoingMessage;
import java.text.MessageFormat;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.ResourceBundle;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Turns notices into messages in the registrant's language (de, en or fr). */
@Component
class NoticeMessages {

    private final String publicBaseUrl;

    private final Duration keep;

    NoticeMessages(@Value("${globallokal.public-base-url:http://localhost:8080}") String publicBaseUrl,
            @Value("${globallokal.registration.anonymise-after:30d}") Duration keep) {
        this.publicBaseUrl = publicBaseUrl.replaceAll("/+$", "");
        this.keep = keep;
    }

    OutgoingMessage of(Notice notice, CalendarEvent event, int position) {
        Registration r = notice.registration();
        Locale locale = Locale.forLanguageTag(r.language() == null ? "de" : r.language());
        ResourceBundle texts = ResourceBundle.getBundle("mail/notices", locale);
        ZoneId zone = ZoneId.of(event.zone());
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
            .withLocale(locale)
            .withZone(zone);
        Occurrence occurrence = event.occurrences()
            .stream()
            .filter(o -> o.id().equals(r.occurrenceId()))
            .findFirst()
            .orElse(event.occurrences().get(0));
        // the link carries the secret only when the sign-up has just made it; later
        // messages point to the page
        String link = notice.token() == null ? publicBaseUrl + "/veranstaltungen/" + event.id()
                : publicBaseUrl + "/anmeldung/" + notice.token();
        Object[] args = { r.name(), event.title().in(locale), when.format(occurrence.start()), link,
                r.offeredUntil() == null ? "" : when.format(r.offeredUntil()), position };
        String kind = notice.kind().name();
        Instant lastEnd = event.occurrences()
            .stream()
            .map(o -> o.end().toInstant())
            .max(Instant::compareTo)
            .orElse(event.end().toInstant());
        return new OutgoingMessage(event.id(), r.id(), kind, r.email(),
                new MessageFormat(texts.getString(kind + ".subject"), locale).format(args),
                new MessageFormat(texts.getString(kind + ".body"), locale).format(args), lastEnd.plus(keep));
    }

}
