package de.globallokal.webui.base.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import de.globallokal.webui.base.i18n.Translations;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The frame of every public page: skip link, header with navigation, main landmark,
 * footer.
 */
@AnonymousAllowed
public class PublicLayout extends Div implements RouterLayout, AfterNavigationObserver {

    private final Main main = new Main();

    private final Map<Anchor, String> menuLinks = new LinkedHashMap<>();

    public PublicLayout() {
        addClassName("gl-page");
        Anchor skip = new Anchor("#main-content", getTranslation("layout.skip"));
        skip.addClassName("gl-skip-link");

        Anchor brand = Menus.link("", getTranslation("app.name"));
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
        add(skip, header, main, footer);
    }

    private Nav menu(String which) {
        Nav nav = new Nav();
        Menus.of(which).forEach(entry -> {
            Anchor link = Menus.link(entry.path(), getTranslation(entry.title()));
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
        String shown = event.getLocation().getPath();
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
     * Links to the same page in each language; the current one is marked for screen
     * readers.
     */
    private Nav languageSwitch() {
        Nav languages = new Nav();
        languages.addClassName("gl-languages");
        languages.getElement().setAttribute("aria-label", getTranslation("nav.languages"));
        for (Locale language : Translations.LANGUAGES) {
            Button button = new Button(language.getLanguage().toUpperCase(Locale.ROOT), click -> switchTo(language));
            button.getElement().setAttribute("lang", language.getLanguage());
            button.getElement().setAttribute("aria-label", language.getDisplayLanguage(language));
            if (language.getLanguage().equals(getLocale().getLanguage())) {
                button.getElement().setAttribute("aria-current", "true");
            }
            languages.add(button);
        }
        return languages;
    }

    private void switchTo(Locale language) {
        VaadinSession.getCurrent().setLocale(language);
        UI.getCurrent().getPage().reload();
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
