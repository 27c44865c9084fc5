package de.globallokal.webui.firstresponse;

import com.vaadin.flow.i18n.I18NProvider;
import de.globallokal.core.json.Json;
import de.globallokal.webui.base.i18n.Translations;
import de.globallokal.webui.base.page.LanguagePaths;
import de.globallokal.webui.base.page.PageContext;
import de.globallokal.webui.base.page.ServerPage;
import de.globallokal.webui.base.page.ServerPages;
import de.globallokal.webui.firstresponse.PublicDocument.Alternate;
import de.globallokal.webui.firstresponse.PublicDocument.Frame;
import de.globallokal.webui.firstresponse.PublicDocument.Language;
import de.globallokal.webui.firstresponse.PublicDocument.MenuLink;
import de.globallokal.webui.firstresponse.ServerPageRoutes.Match;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.Utf8ByteOutput;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers a browser's or crawler's first request for a public page with the page itself
 * (Vaadin's own first response is an empty shell). Vaadin's requests carry {@code v-r}
 * and pass; so do all addresses no page source claims.
 */
@Component
class FirstResponseFilter extends OncePerRequestFilter {

    private static final String MATCH = FirstResponseFilter.class.getName() + ".match";

    private static final TemplateEngine TEMPLATES = TemplateEngine.createPrecompiled(ContentType.Html);

    /**
     * Crawlers and link-preview fetchers: they get the page without Vaadin, so they start
     * no Vaadin session even when they run scripts.
     */
    private static final Pattern CRAWLER = Pattern.compile(
            "bot|crawl|spider|slurp|preview|facebookexternalhit|embedly|whatsapp|telegram|mastodon|curl|wget|python|java/",
            Pattern.CASE_INSENSITIVE);

    private final ServerPageRoutes routes;

    private final DeclaredMenus menus;

    private final VaadinShell shell;

    private final I18NProvider translations;

    private final String publicBaseUrl;

    FirstResponseFilter(ServerPageRoutes routes, DeclaredMenus menus, VaadinShell shell, I18NProvider translations,
            @Value("${globallokal.public-base-url}") String publicBaseUrl) {
        this.routes = routes;
        this.menus = menus;
        this.shell = shell;
        this.translations = translations;
        this.publicBaseUrl = publicBaseUrl.replaceAll("/+$", "");
    }

    /**
     * Only a first request for a public page is answered here; the page found is kept for
     * {@link #doFilterInternal}. It runs after Spring Security, whose headers it keeps;
     * the page reads no sign-in and no CSRF token, so no session is made
     * (FirstResponseTests look for a cookie).
     */
    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        if (!("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()))
                || request.getParameter("v-r") != null) {
            return true;
        }
        Optional<Match> match = routes.match(request.getRequestURI().substring(request.getContextPath().length()));
        match.ifPresent(found -> request.setAttribute(MATCH, found));
        return match.isEmpty();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Match match = (Match) request.getAttribute(MATCH);
        Map<String, List<String>> query = new LinkedHashMap<>();
        request.getParameterMap().forEach((name, values) -> query.put(name, List.of(values)));
        PageContext context = new PageContext(match.locale(), translations, publicBaseUrl, query);
        Optional<ServerPage> page = match.source().page(match.parameters(), context);
        if (page.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        }
        String userAgent = Optional.ofNullable(request.getHeader("User-Agent")).orElse("");
        boolean crawler = CRAWLER.matcher(userAgent).find();
        Optional<Locale> guess = crawler ? Optional.empty()
                : LanguagePaths.preferred(request.getHeader("Accept-Language"))
                    .filter(language -> !language.equals(match.locale()));
        PublicDocument document = document(match, context, page.orElseGet(() -> notFound(context)), crawler,
                guess.orElse(null));
        Utf8ByteOutput html = new Utf8ByteOutput();
        TEMPLATES.render("page/public.jte", document, html);
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-cache");
        response.setHeader("Vary", "User-Agent, Accept-Language");
        response.setContentLength(html.getContentLength());
        if (!"HEAD".equals(request.getMethod())) {
            html.writeTo(response.getOutputStream());
        }
    }

    private PublicDocument document(Match match, PageContext context, ServerPage page, boolean crawler, Locale guess) {
        List<Alternate> alternates = new ArrayList<>();
        List<Language> languages = new ArrayList<>();
        for (Locale language : Translations.LANGUAGES) {
            String href = new PageContext(language, translations, publicBaseUrl).href(match.path());
            alternates.add(new Alternate(language.getLanguage(), href));
            languages.add(new Language(language.getLanguage(), language.getDisplayLanguage(language), href,
                    language.equals(match.locale())));
        }
        alternates.add(new Alternate("x-default", alternates.getFirst().href()));
        Frame frame = new Frame(context.text("layout.skip"), context.text("app.name"), context.href(""),
                context.text("nav.label"), links(menus.of("nav."), match.path(), context),
                context.text("nav.languages"), languages, context.text("nav.legal"),
                links(menus.of("legal."), match.path(), context), context.text("layout.footer"));
        List<String> data = new ArrayList<>();
        data.add(json(webPage(page, context, match)));
        page.structuredData().stream().map(FirstResponseFilter::json).forEach(data::add);
        return new PublicDocument(match.locale().getLanguage(), page.title() + " – " + context.text("app.name"),
                page.description(), context.href(match.path()), alternates,
                page.picture() == null ? null : context.absolute(page.picture().url()), context.text("app.name"), data,
                frame, page, crawler ? null : shell.entryScript().orElse(null),
                guess == null ? null
                        : new Language(guess.getLanguage(), translations.getTranslation("language.hint", guess),
                                new PageContext(guess, translations, publicBaseUrl).href(match.path()), false));
    }

    private static List<MenuLink> links(List<DeclaredMenus.Entry> entries, String shown, PageContext context) {
        return entries.stream()
            .map(entry -> new MenuLink(context.text(entry.title()), context.href(entry.path()),
                    shown.equals(entry.path()) || shown.startsWith(entry.path() + "/")))
            .toList();
    }

    private static ServerPage notFound(PageContext context) {
        return ServerPage.builder("gl-not-found", context.text("page.not-found.title"))
            .lead(context.text("page.not-found.text"))
            .list(null, List.of(), new ServerPage.Link(context.text("page.not-found.home"), context.href("")))
            .build();
    }

    /** Every page says what it is, in which language, and whose site it belongs to. */
    private static Map<String, Object> webPage(ServerPage page, PageContext context, Match match) {
        Map<String, Object> webPage = ServerPages.object("WebPage");
        webPage.put("name", page.title());
        webPage.put("url", context.href(match.path()));
        webPage.put("inLanguage", match.locale().getLanguage());
        webPage.put("description", page.description());
        webPage.put("isPartOf", Map.of("@type", "WebSite", "name", context.text("app.name"), "url", context.href("")));
        return webPage;
    }

    /** JSON that cannot end its script element early. */
    private static String json(Object data) {
        return Json.strict().writeValueAsString(data).replace("<", "\\u003c");
    }

}
