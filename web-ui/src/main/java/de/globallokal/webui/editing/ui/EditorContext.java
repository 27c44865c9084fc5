package de.globallokal.webui.editing.ui;

import com.vaadin.flow.spring.security.AuthenticationContext;
import de.globallokal.webui.editing.StaffApi;
import de.globallokal.webui.files.FileStore;
import de.globallokal.webui.projection.LiveFeed;
import de.globallokal.webui.site.SiteProperties;
import jakarta.validation.ValidatorFactory;
import java.time.Clock;
import org.springframework.stereotype.Component;

/**
 * What every editor needs besides its own lists: the services, who is at work, the time
 * and the contract, and the file store for pictures.
 */
@Component
public record EditorContext(StaffApi api, LiveFeed feed, AuthenticationContext authentication, Clock clock,
        ValidatorFactory validation, SiteProperties site, FileStore files) {

    public JsonForm.Settings formSettings() {
        return new JsonForm.Settings(clock.getZone(), site.languages(), validation, files);
    }
}
