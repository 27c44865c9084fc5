package de.globallokal.webui.security;

import de.globallokal.support.web.Problems;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import tools.jackson.databind.ObjectMapper;

/**
 * Answers refused API calls with problem details written directly. The servlet error page
 * would run through the Vaadin chain and turn a 401 into a redirect to the login view.
 */
final class ApiProblemResponses {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ApiProblemResponses() {
    }

    static AuthenticationEntryPoint unauthorized() {
        return (request, response, exception) -> {
            if (exception instanceof SignInDelayedException delayed) {
                long seconds = Math.max(1, delayed.waitFor().toSeconds());
                response.setHeader("Retry-After", String.valueOf(seconds));
                write(response, HttpStatus.TOO_MANY_REQUESTS, "too-many-failed-sign-ins",
                        "Too many failed sign-ins from here; try again in " + seconds + " seconds.");
                return;
            }
            response.setHeader("WWW-Authenticate", "Basic realm=\"GlobalLokal\"");
            write(response, HttpStatus.UNAUTHORIZED, "unauthorized", "Staff credentials are needed.");
        };
    }

    static AccessDeniedHandler forbidden() {
        return (request, response, exception) -> write(response, HttpStatus.FORBIDDEN, "forbidden",
                "This account may not do that.");
    }

    private static void write(HttpServletResponse response, HttpStatus status, String type, String detail)
            throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        MAPPER.writeValue(response.getOutputStream(), Problems.of(status, type, detail));
    }

}
