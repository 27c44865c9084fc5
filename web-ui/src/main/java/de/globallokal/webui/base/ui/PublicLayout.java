package de.globallokal.webui.base.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import de.globallokal.webui.base.i18n.Translations;
import de.globallokal.webui.base.page.LanguagePaths;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The frame of every public page: skip link, header with navigation, main landmark,
 * footer.
 */
@AnonymousAllowed
public class PublicLayout extends Div implements RouterLayout, AfterNavigationObserver {

    private final Main main = new Main();

    private final Map<Anchor, String> menuLinks = new LinkedHashMap<>();

    private final Map<Locale, Anchor> languageLinks = new LinkedHashMap<>();

    /** The browser's language when the page is in another: offered, never imposed. */
    private final Optional<Locale> browserLanguage;

    private final Anchor languageHint = new Anchor();

    public PublicLayout() {
        addClassName("gl-page");
        Anchor skip = new Anchor("#main-content", getTranslation("layout.skip"));
        skip.addClassName("gl-skip-link");

        Anchor brand = Menus.link(LanguagePaths.relative(getLocale(), ""), getTranslation("app.name"));
        brand.addClassName("gl-brand");
        Nav nav = menu(Menus.PUBLIC);
        nav.getElement().setAttribute("aria-label", getTranslation("nav.label"));
        Header header = new Header(brand, nav, languageSwitch());
        header.addClassName("gl-header");

        main.setId("main-content");
        main.getElement().setAttribute("tabindex", "-1");
        Nav legal = menu(Menus.LEGAL);
        legal.getElement().setAttribute("aria-label", getTranslation("nav.legal"));
        Footer footer = new Footer(new Span(getTranslation("layout.footer")), legal);
        footer.addClassName("gl-footer");
        browserLanguage = Optional.ofNullable(VaadinRequest.getCurrent())
            .flatMap(request -> LanguagePaths.preferred(request.getHeader("Accept-Language")))
            .filter(language -> !language.getLanguage().equals(getLocale().getLanguage()));
        Paragraph hint = new Paragraph(languageHint);
        hint.addClassName("gl-language-hint");
        browserLanguage.ifPresent(language -> {
            languageHint.setText(getTranslation(language, "language.hint"));
            languageHint.getElement().setAttribute("router-ignore", true);
            languageHint.getElement().setAttribute("hreflang", language.getLanguage());
            hint.getElement().setAttribute("lang", language.getLanguage());
        });
        hint.setVisible(browserLanguage.isPresent());
        add(skip, hint, header, main, footer);
    }

    private Nav menu(String which) {
        Nav nav = new Nav();
        Menus.of(which).forEach(entry -> {
            Anchor link = Menus.link(LanguagePaths.relative(getLocale(), entry.path()), getTranslation(entry.title()));
            menuLinks.put(link, entry.path());
            nav.add(link);
        });
        return nav;
    }

    /**
     * The menu entry of the page shown, or of the list it belongs to, is marked as
     * current.
     */
    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        String shown = LanguagePaths.of(event.getLocation().getPath()).path();
        String query = event.getLocation().getQueryParameters().getQueryString();
        browserLanguage.ifPresent(language -> languageHint
            .setHref("/" + LanguagePaths.relative(language, shown) + (query.isEmpty() ? "" : "?" + query)));
        languageLinks.forEach((language, link) -> {
            link.setHref("/" + LanguagePaths.relative(language, shown) + (query.isEmpty() ? "" : "?" + query));
            if (language.getLanguage().equals(getLocale().getLanguage())) {
                link.getElement().setAttribute("aria-current", "true");
            }
            else {
                link.getElement().removeAttribute("aria-current");
            }
        });
        menuLinks.forEach((link, path) -> {
            if (shown.equals(path) || shown.startsWith(path + "/")) {
                link.getElement().setAttribute("aria-current", "page");
            }
            else {
                link.getElement().removeAttribute("aria-current");
            }
        });
    }

    /**
     * Links to the same page in each language, each a page load of its own address; the
     * current one is marked for screen readers.
     */
    private Nav languageSwitch() {
        Nav languages = new Nav();
        languages.addClassName("gl-languages");
        languages.getElement().setAttribute("aria-label", getTranslation("nav.languages"));
        for (Locale language : Translations.LANGUAGES) {
            Anchor link = new Anchor("/" + LanguagePaths.relative(language, ""),
                    language.getLanguage().toUpperCase(Locale.ROOT));
            link.getElement().setAttribute("router-ignore", true);
            link.getElement().setAttribute("hreflang", language.getLanguage());
            link.getElement().setAttribute("lang", language.getLanguage());
            link.getElement().setAttribute("aria-label", language.getDisplayLanguage(language));
            languageLinks.put(language, link);
            languages.add(link);
        }
        return languages;
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        // screen readers pronounce the page in the language it is shown in
        attachEvent.getUI().getPage().executeJs("document.documentElement.lang = $0", getLocale().getLanguage());
    }

    @Override
    public void showRouterLayoutContent(HasElement content) {
        main.getElement().removeAllChildren();
        if (content != null) {
            main.getElement().appendChild(content.getElement());
            String description = content instanceof HasPageDescription page ? page.getPageDescription()
                    : getTranslation("home.intro");
            UI.getCurrent()
                .getPage()
                .executeJs("let m = document.querySelector('meta[name=description]');"
                        + " if (!m) { m = document.createElement('meta'); m.name = 'description'; document.head.appendChild(m); }"
                        + " m.content = $0;", description == null ? "" : description);
        }
    }

}
