package de.globallokal.events.registration;

import de.globallokal.core.calendar.CalendarEvent;
import de.globallokal.core.calendar.Occurrence;
import de.globallokal.events.notification.OutgoingMessage;
import java.text.MessageFormat;
import java.time.Duration;
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

    private final Duration confirmWithin;

    NoticeMessages(@Value("${globallokal.public-base-url:http://localhost:8080}") String publicBaseUrl,
            @Value("${globallokal.registration.anonymise-after:30d}") Duration keep,
            @Value("${globallokal.registration.confirm-within:24h}") Duration confirmWithin) {
        this.publicBaseUrl = publicBaseUrl.replaceAll("/+$", "");
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
        Occurrence occurrence = event.occurrences()
            .stream()
            .filter(o -> o.id().equals(r.occurrenceId()))
            .findFirst()
            .orElse(event.occurrences().get(0));
        // the link carries the secret only when the sign-up has just made it; later
        // messages point to the page
        String link = notice.token() == null ? publicBaseUrl + "/veranstaltungen/" + event.id()
                : publicBaseUrl + "/anmeldung/" + notice.token();
        String to = notice.farewell() != null ? notice.farewell().email() : r.email();
        String name = notice.farewell() != null ? notice.farewell().name() : r.name();
        Object[] args = { name, event.title().in(locale), when.format(occurrence.start()), link,
                r.offeredUntil() == null ? "" : when.format(r.offeredUntil()), notice.position(),
                confirmWithin.toHours() };
        String kind = notice.kind().name();
        return new OutgoingMessage(notice.id(), event.id(), r.id(), kind, to, notice.farewell() != null,
                new MessageFormat(texts.getString(kind + ".subject"), locale).format(args),
                new MessageFormat(texts.getString(kind + ".body"), locale).format(args),
                occurrence.end().toInstant().plus(keep));
    }

}
