package de.globallokal.webui.base.page;

import com.vaadin.flow.i18n.I18NProvider;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.web.util.UriUtils;

/**
 * The language a page is said in and how it links: absolute addresses under the public
 * base URL, in the page's language ({@code /en/...}; German at the root).
 */
public record PageContext(Locale locale, I18NProvider translations, String publicBaseUrl,
        Map<String, List<String>> query) {

    /** A context without a query: for addresses, not for a page's content. */
    public PageContext(Locale locale, I18NProvider translations, String publicBaseUrl) {
        this(locale, translations, publicBaseUrl, Map.of());
    }

    public String text(String key, Object... parameters) {
        return translations.getTranslation(key, locale, parameters);
    }

    /** The address of a public page by its path ("" the home page) in this language. */
    public String href(String path) {
        String prefix = LanguagePaths.prefix(locale);
        return publicBaseUrl + (path.isEmpty() ? (prefix.isEmpty() ? "/" : prefix) : prefix + "/" + path);
    }

    /** As {@link #href(String)} for a route with its one parameter. */
    public String href(String route, String parameter) {
        return href(route.replaceFirst(":[a-z]+", UriUtils.encodePathSegment(parameter, StandardCharsets.UTF_8)));
    }

    /** An address outside the pages (a feed, a file), absolute. */
    public String absolute(String path) {
        return path.startsWith("http") ? path : publicBaseUrl + (path.startsWith("/") ? path : "/" + path);
    }

}
