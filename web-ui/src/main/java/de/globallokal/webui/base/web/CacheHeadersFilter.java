package de.globallokal.webui.base.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.regex.Pattern;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * How long browsers and proxies may keep what web-ui serves. Vaadin's bundles carry a
 * hash of their content in their name, so they are kept for a year without asking again
 * (Vaadin itself says an hour); pages are asked for anew each time, so a new release
 * reaches every visitor at once.
 */
@Component
class CacheHeadersFilter extends OncePerRequestFilter {

    static final String IMMUTABLE = "public, max-age=31536000, immutable";
    static final String PAGE = "no-cache";

    /** What Vite names a bundle: name, a dash, eight characters of hash. */
    private static final Pattern HASHED = Pattern.compile("/VAADIN/build/[^/]+-[A-Za-z0-9_-]{8}\\.[a-z0-9.]+");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (HASHED.matcher(path).matches()) {
            response.setHeader(HttpHeaders.CACHE_CONTROL, IMMUTABLE);
            chain.doFilter(request, new KeepsCacheControl(response));
        }
        else {
            chain.doFilter(request, new PagesRevalidate(response));
        }
    }

    /** Ignores the shorter lifetime Vaadin's static file server would set. */
    private static final class KeepsCacheControl extends HttpServletResponseWrapper {

        KeepsCacheControl(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void setHeader(String name, String value) {
            if (!HttpHeaders.CACHE_CONTROL.equalsIgnoreCase(name)) {
                super.setHeader(name, value);
            }
        }

        @Override
        public void addHeader(String name, String value) {
            if (!HttpHeaders.CACHE_CONTROL.equalsIgnoreCase(name)) {
                super.addHeader(name, value);
            }
        }

    }

    /**
     * An HTML answer without a rule of its own gets "no-cache" the moment it says it is
     * HTML.
     */
    private static final class PagesRevalidate extends HttpServletResponseWrapper {

        PagesRevalidate(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void setContentType(String type) {
            super.setContentType(type);
            if (type != null && type.startsWith("text/html") && !containsHeader(HttpHeaders.CACHE_CONTROL)) {
                super.setHeader(HttpHeaders.CACHE_CONTROL, PAGE);
            }
        }

    }

}
