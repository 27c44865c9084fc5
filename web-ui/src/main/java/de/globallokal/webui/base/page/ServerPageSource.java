package de.globallokal.webui.base.page;

import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * A feature's public page, said for the first response: its route as the Vaadin view
 * names it ({@code veranstaltungen/:id}) and its content for the route's parameters.
 */
public interface ServerPageSource {

    /** The route in Vaadin's terms, without the language prefix. */
    String route();

    /** The page for these route parameters; empty when there is none (a 404). */
    Optional<ServerPage> page(Map<String, String> parameters, PageContext context);

    /** A source of a route and how to say its page. */
    static ServerPageSource of(String route, BiFunction<Map<String, String>, PageContext, Optional<ServerPage>> page) {
        return new ServerPageSource() {

            @Override
            public String route() {
                return route;
            }

            @Override
            public Optional<ServerPage> page(Map<String, String> parameters, PageContext context) {
                return page.apply(parameters, context);
            }

        };
    }

}
