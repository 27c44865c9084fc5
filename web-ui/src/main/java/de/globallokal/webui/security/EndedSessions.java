package de.globallokal.webui.security;

import com.vaadin.flow.server.CustomizedSystemMessages;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * A page whose session ended (signed out elsewhere, the account disabled, its password
 * set) reloads at its next request instead of showing Vaadin's "session expired" note: a
 * staff page then lands on the sign-in page, a public one opens afresh.
 */
@Component
class EndedSessions implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        CustomizedSystemMessages messages = new CustomizedSystemMessages();
        messages.setSessionExpiredNotificationEnabled(false);
        event.getSource().setSystemMessagesProvider(info -> messages);
    }

}
