package de.globallokal.webui.firstresponse;

import de.globallokal.webui.base.page.LanguagePaths;
import de.globallokal.webui.base.page.ServerPageSource;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Which feature's page an address is: the path without its language prefix matched
 * against each source's route, segment by segment ({@code :id} takes one segment).
 */
@Component
class ServerPageRoutes {

    /** A page found for an address: its source, the route's parameters, the language. */
    record Match(ServerPageSource source, Map<String, String> parameters, Locale locale, String path) {
    }

    private final List<ServerPageSource> sources;

    ServerPageRoutes(List<ServerPageSource> sources) {
        this.sources = sources;
    }

    Optional<Match> match(String requestPath) {
        if (requestPath.length() > 1 && requestPath.endsWith("/")) {
            return Optional.empty();
        }
        LanguagePaths.Localized localized = LanguagePaths.of(requestPath);
        String[] segments = localized.path().isEmpty() ? new String[0] : localized.path().split("/", -1);
        for (ServerPageSource source : sources) {
            Map<String, String> parameters = parameters(source.route(), segments);
            if (parameters != null) {
                return Optional.of(new Match(source, parameters, localized.locale(), localized.path()));
            }
        }
        return Optional.empty();
    }

    private static Map<String, String> parameters(String route, String[] segments) {
        String[] parts = route.isEmpty() ? new String[0] : route.split("/");
        if (parts.length != segments.length) {
            return null;
        }
        Map<String, String> parameters = new HashMap<>();
        for (int i = 0; i < parts.length; i++) {
            if (parts[i].startsWith(":")) {
                String value = URLDecoder.decode(segments[i].replace("+", "%2B"), StandardCharsets.UTF_8);
                if (value.isEmpty()) {
                    return null;
                }
                parameters.put(parts[i].substring(1), value);
            }
            else if (!parts[i].equals(segments[i])) {
                return null;
            }
        }
        return parameters;
    }

}
