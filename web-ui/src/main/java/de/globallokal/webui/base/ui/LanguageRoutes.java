package de.globallokal.webui.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteData;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import de.globallokal.webui.base.i18n.Translations;
import de.globallokal.webui.base.page.LanguagePaths;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Every public page under each language's own address ({@code /en/akteure} beside
 * {@code /akteure}), and a UI speaks the language of the address it was opened at: the
 * address, not the browser, decides, so what one visitor links is what the next one
 * reads. Inside a UI, a link without the prefix is led to the UI's language.
 */
@Component
class LanguageRoutes implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        ApplicationRouteRegistry registry = ApplicationRouteRegistry.getInstance(event.getSource().getContext());
        RouteConfiguration routes = RouteConfiguration.forRegistry(registry);
        List<RouteData> publicRoutes = registry.getRegisteredRoutes()
            .stream()
            .filter(route -> isPublic(route.getNavigationTarget()))
            .toList();
        for (Locale language : Translations.LANGUAGES.subList(1, Translations.LANGUAGES.size())) {
            for (RouteData route : publicRoutes) {
                String path = language.getLanguage() + (route.getTemplate().isEmpty() ? "" : "/" + route.getTemplate());
                routes.setRoute(path, route.getNavigationTarget(), route.getParentLayouts());
            }
        }
        event.getSource().addUIInitListener(init -> {
            UI ui = init.getUI();
            Optional.ofNullable(VaadinRequest.getCurrent())
                .map(request -> request.getParameter("location"))
                .filter(location -> isPublic(routes.getRoute(LanguagePaths.of(location).path()).orElse(null)))
                .ifPresent(location -> ui.setLocale(LanguagePaths.of(location).locale()));
            ui.addBeforeEnterListener(this::keepLanguage);
        });
    }

    /** A public page asked for in another language than the UI's is shown in the UI's. */
    private void keepLanguage(BeforeEnterEvent event) {
        if (!isPublic(event.getNavigationTarget())) {
            return;
        }
        LanguagePaths.Localized asked = LanguagePaths.of(event.getLocation().getPath());
        Locale shown = event.getUI().getLocale();
        String path = LanguagePaths.relative(shown, asked.path());
        // a registry without the language routes (a view test's) keeps the address
        if (!asked.locale().getLanguage().equals(shown.getLanguage())
                && event.getSource().getRegistry().getNavigationTarget(path).isPresent()) {
            event.forwardTo(path, event.getLocation().getQueryParameters());
        }
    }

    private static boolean isPublic(Class<?> view) {
        return view != null && view.isAnnotationPresent(Route.class)
                && view.getAnnotation(Route.class).layout() == PublicLayout.class;
    }

}
