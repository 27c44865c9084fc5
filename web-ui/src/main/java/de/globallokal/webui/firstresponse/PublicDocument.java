package de.globallokal.webui.firstresponse;

import de.globallokal.webui.base.page.ServerPage;
import java.util.List;

/**
 * Everything the first response's template shows: the head's tags, the frame of every
 * public page (skip link, header, languages, footer) and the page itself.
 */
public record PublicDocument(String lang, String title, String description, String canonical,
        List<Alternate> alternates, String picture, String siteName, List<String> structuredData, Frame frame,
        ServerPage page, String entryScript, Language hint) {

    /** The same page in another language ({@code x-default}: German, the root). */
    public record Alternate(String lang, String href) {
    }

    /**
     * A link of a menu; {@code current} when it is the page shown or the list it is in.
     */
    public record MenuLink(String text, String href, boolean current) {
    }

    /** A language of the switch: its code, its name in itself, the page in it. */
    public record Language(String code, String name, String href, boolean current) {
    }

    /** The texts and links around every public page. */
    public record Frame(String skip, String brand, String home, String navLabel, List<MenuLink> nav,
            String languagesLabel, List<Language> languages, String legalLabel, List<MenuLink> legal, String footer) {
    }

    public boolean hasVaadin() {
        return entryScript != null;
    }

}
