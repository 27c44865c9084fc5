package de.globallokal.webui.firstresponse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The script that starts Vaadin in the browser, as the production bundle's
 * {@code index.html} names it (its file name carries a content hash). Without a bundle
 * the pages are served without Vaadin, readable as they are.
 */
@Component
class VaadinShell {

    private static final Logger log = LoggerFactory.getLogger(VaadinShell.class);

    private static final Pattern ENTRY = Pattern
        .compile("<script type=\"module\"[^>]*src=\"\\.?/?(VAADIN/build/[^\"]+)\"");

    private final Optional<String> entryScript;

    VaadinShell() {
        this.entryScript = read();
        if (entryScript.isEmpty()) {
            log.warn("No Vaadin production bundle on the classpath: public pages are served without Vaadin");
        }
    }

    /** The bundle's entry script, relative to the application's root. */
    Optional<String> entryScript() {
        return entryScript;
    }

    private static Optional<String> read() {
        try (InputStream index = VaadinShell.class.getResourceAsStream("/META-INF/VAADIN/webapp/index.html")) {
            if (index == null) {
                return Optional.empty();
            }
            Matcher entry = ENTRY.matcher(new String(index.readAllBytes(), StandardCharsets.UTF_8));
            return entry.find() ? Optional.of(entry.group(1)) : Optional.empty();
        }
        catch (IOException e) {
            throw new IllegalStateException("The Vaadin bundle's index.html could not be read", e);
        }
    }

}
