package de.globallokal.support.security;

import java.util.Objects;
import org.springframework.core.env.Environment;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Requests that came in on a management port of its own ({@code management.server.port}),
 * which the production shape keeps inside its network for the metrics scraper: what is
 * asked there needs no token. Without such a port nothing matches. The port is read when
 * asked, as Boot learns it only once the server runs (port 0 in tests).
 */
public final class ManagementPort {

    private ManagementPort() {
    }

    public static RequestMatcher of(Environment environment) {
        return request -> {
            Integer management = environment.getProperty("local.management.port", Integer.class);
            Integer server = environment.getProperty("local.server.port", Integer.class);
            return management != null && management > 0 && !Objects.equals(management, server)
                    && request.getLocalPort() == management;
        };
    }

}
