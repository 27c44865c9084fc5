package de.globallokal.webui.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.router.QueryParameters;
import de.globallokal.webui.base.page.LanguagePaths;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import org.springframework.web.util.UriUtils;

/**
 * The public pages that other features link to, by path: a page links to another
 * feature's page without knowing its class, so features reach each other only through
 * {@code base}. The pages name their route with the same constant.
 */
public final class PublicPaths {

    public static final String PARTNERSHIPS = "partnerschaften";

    public static final String PARTNERSHIP = PARTNERSHIPS + "/:slug";

    public static final String PROJECT = "projekte/:slug";

    public static final String EVENTS = "veranstaltungen";

    public static final String EVENT = EVENTS + "/:id";

    public static final String ACTORS = "akteure";

    public static final String ACTOR = ACTORS + "/:slug";

    public static final String CONTACT = "kontakt";

    public static final String SDG = "nachhaltigkeitsziele/:number";

    public static final String FAIR_PROCUREMENT = "faire-beschaffung";

    public static final String STRUCTURES = "strukturen";

    private PublicPaths() {
    }

    /**
     * A link to {@code route} with its one parameter filled in (or none), followed inside
     * the app.
     */
    public static Anchor link(String text, String route, String... parameter) {
        return link(text, route, QueryParameters.empty(), parameter);
    }

    /**
     * As {@link #link(String, String, String...)}, with a query (the calendar filtered by
     * partner).
     */
    public static Anchor link(String text, String route, QueryParameters query, String... parameter) {
        String queryString = query.getQueryString();
        Anchor link = new Anchor(href(route, parameter) + (queryString.isEmpty() ? "" : "?" + queryString), text);
        link.getElement().setAttribute("router-link", true);
        return link;
    }

    /**
     * The address of {@code route} with its one parameter filled in (or none), in the
     * language of the UI it is shown in.
     */
    public static String href(String route, String... parameter) {
        String path = parameter.length == 0 ? route : route.replaceFirst(":[a-z]+",
                Matcher.quoteReplacement(UriUtils.encodePathSegment(parameter[0], StandardCharsets.UTF_8)));
        Locale language = UI.getCurrent() == null ? Locale.GERMAN : UI.getCurrent().getLocale();
        return "/" + LanguagePaths.relative(language, path);
    }

}
