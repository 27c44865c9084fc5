package de.globallokal.webui.embed;

import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.router.QueryParameters;
import de.globallokal.core.calendar.CalendarEvent;
import de.globallokal.core.calendar.Occurrence;
import de.globallokal.core.calendar.Venue;
import de.globallokal.webui.projection.CalendarDates;
import de.globallokal.webui.projection.CalendarFilter;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /einbetten/veranstaltungen?…}: the next dates for the calendar's filters
 * ({@code kategorie}, {@code ziel}, {@code partner}, {@code zielgruppe}, {@code suche}),
 * {@code anzahl} of them (5, at most 20), in {@code sprache} de, en or fr; plain HTML
 * from a template, links open on the site itself.
 */
@RestController
class EmbedController {

    static final int DEFAULT_COUNT = 5;

    static final int MAX_COUNT = 20;

    private static final TemplateEngine TEMPLATES = TemplateEngine.createPrecompiled(ContentType.Html);

    private final CalendarDates calendar;

    private final I18NProvider translations;

    private final String publicBaseUrl;

    private final Clock clock;

    EmbedController(CalendarDates calendar, I18NProvider translations,
            @Value("${globallokal.public-base-url}") String publicBaseUrl, Clock clock) {
        this.calendar = calendar;
        this.translations = translations;
        this.publicBaseUrl = publicBaseUrl.replaceAll("/+$", "");
        this.clock = clock;
    }

    @GetMapping("/einbetten/veranstaltungen")
    ResponseEntity<String> events(@RequestParam MultiValueMap<String, String> query,
            @RequestParam(name = "anzahl", defaultValue = "" + DEFAULT_COUNT) int count,
            @RequestParam(name = "sprache", defaultValue = "de") String language) {
        Locale locale = switch (language) {
            case "en" -> Locale.ENGLISH;
            case "fr" -> Locale.FRENCH;
            default -> Locale.GERMAN;
        };
        Map<String, List<String>> filters = new LinkedHashMap<>(query);
        filters.remove("anzahl");
        filters.remove("sprache");
        CalendarFilter filter = CalendarFilter.of(new QueryParameters(filters));
        String filterQuery = filter.toQuery().getQueryString();
        ZoneId zone = clock.getZone();
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.FULL, FormatStyle.SHORT)
            .withLocale(locale);
        List<EmbedPage.Date> dates = new ArrayList<>();
        calendar.matching(filter, clock.instant())
            .stream()
            .limit(Math.clamp(count, 1, MAX_COUNT))
            .forEach(dated -> dates.add(date(dated.event(), dated.occurrence(), zone, when, locale)));
        String suffix = filterQuery.isEmpty() ? "" : "?" + filterQuery;
        EmbedPage page = new EmbedPage(locale.getLanguage(), text("embed.title", locale), text("embed.none", locale),
                dates, publicBaseUrl + "/feeds/events.ics" + suffix, text("embed.ical", locale),
                publicBaseUrl + "/veranstaltungen" + suffix, text("embed.more", locale));
        StringOutput html = new StringOutput();
        TEMPLATES.render("embed/events.jte", page, html);
        return ResponseEntity.ok()
            .contentType(new MediaType("text", "html", java.nio.charset.StandardCharsets.UTF_8))
            .cacheControl(CacheControl.maxAge(java.time.Duration.ofMinutes(5)).cachePublic())
            .body(html.toString());
    }

    private EmbedPage.Date date(CalendarEvent event, Occurrence occurrence, ZoneId zone, DateTimeFormatter when,
            Locale locale) {
        Venue venue = event.venue();
        String place = venue != null ? venue.name()
                + (venue.address() == null || venue.address().city() == null ? "" : ", " + venue.address().city())
                : event.onlineUrl() != null ? text("embed.online", locale) : "";
        String note = occurrence.cancelled() ? text("embed.cancelled", locale)
                : event.status().name().equals("POSTPONED") ? text("embed.postponed", locale) : "";
        return new EmbedPage.Date(when.format(occurrence.start().atZoneSameInstant(zone)),
                occurrence.start().toString(), event.title().in(locale), place,
                publicBaseUrl + "/veranstaltungen/" + occurrence.id(), note);
    }

    private String text(String key, Locale locale) {
        return translations.getTranslation(key, locale);
    }

}
