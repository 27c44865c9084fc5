package de.globallokal.webui.embed;

import java.util.List;

/**
 * What the embeddable calendar shows, worded in its language.
 *
 * @param ical the iCalendar feed of the same filter
 * @param more the site's calendar with the same filter
 */
public record EmbedPage(String language, String title, String none, List<Date> dates, String ical, String icalText,
        String more, String moreText) {

    /** One date: when (for people and as ISO for machines), what, where, and its page. */
    public record Date(String when, String iso, String title, String place, String href, String note) {
    }

}
