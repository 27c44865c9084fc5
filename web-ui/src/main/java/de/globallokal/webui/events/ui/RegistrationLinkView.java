package de.globallokal.webui.events.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import de.globallokal.webui.base.ui.PublicLayout;
import de.globallokal.webui.base.ui.PublicPaths;
import de.globallokal.webui.events.SignupGateway;
import de.globallokal.webui.events.SignupRateLimit;
import de.globallokal.webui.projection.CalendarEntries;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.NullNode;

/**
 * The page behind the link in a registrant's e-mail: where the registration stands, and
 * the buttons to take an offered seat or to cancel. The token in the address is the only
 * key.
 */
@Route(value = "anmeldung/:token", layout = PublicLayout.class)
@AnonymousAllowed
class RegistrationLinkView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final SignupGateway gateway;

    private final SignupRateLimit rateLimit;

    private final CalendarEntries entries;

    private final Paragraph result = new Paragraph();

    private String token = "";

    private final ZoneId officeZone;

    private ZoneId zone;

    public RegistrationLinkView(SignupGateway gateway, SignupRateLimit rateLimit, CalendarEntries entries,
            Clock clock) {
        this.officeZone = clock.getZone();
        this.zone = officeZone;
        this.gateway = gateway;
        this.rateLimit = rateLimit;
        this.entries = entries;
        addClassName("gl-registration");
        result.getElement().setAttribute("role", "status");
        result.getElement().setAttribute("aria-live", "polite");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getRouteParameters().get("token").orElse("");
        // opening the link from the mail proves the address: the sign-up is confirmed
        // (again and again is harmless, so it does not count against the limit)
        show(gateway.byToken("confirm", token));
    }

    private void show(SignupGateway.Answer answer) {
        removeAll();
        add(new H1(getTranslation("registration.title")));
        if (!answer.ok()) {
            add(new Paragraph(getTranslation(answer.status() == 404 ? "registration.unknown"
                    : answer.status() == 409 ? "registration.conflict" : "registration.unavailable")));
            return;
        }
        JsonNode r = answer.body();
        String eventId = r.path("eventId").asString();
        var entry = entries.find(eventId);
        zone = entry.map(e -> ZoneId.of(e.event().zone())).orElse(officeZone);
        entry.ifPresent(found -> add(new Paragraph(PublicPaths.link(found.event().title().in(getLocale()),
                PublicPaths.EVENT, r.path("occurrenceId").asString(eventId)))));
        String status = r.path("status").asString();
        add(new Paragraph(getTranslation("registration.status." + status, r.path("position").asInt(), until(r))));
        if ("OFFERED".equals(status)) {
            Button claim = new Button(getTranslation("registration.claim"), click -> show(call("claim")));
            claim.addClassName("gl-primary");
            add(claim);
        }
        if (Set.of("PENDING", "CONFIRMED", "WAITLISTED", "OFFERED").contains(status)) {
            add(new Button(getTranslation("registration.cancel"), click -> show(call("cancel"))));
        }
        add(result);
    }

    private String until(JsonNode r) {
        if (!r.hasNonNull("offeredUntil")) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
            .withLocale(getLocale())
            .withZone(zone)
            .format(Instant.parse(r.get("offeredUntil").asString()));
    }

    private SignupGateway.Answer call(String action) {
        if ("lookup".equals(action)) {
            // reading is harmless; only the changes count against the limit
            return gateway.byToken(action, token);
        }
        if (!rateLimit.tryCall().isZero()) {
            return new SignupGateway.Answer(429, NullNode.getInstance());
        }
        return gateway.byToken(action, token);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("registration.title") + " – " + getTranslation("app.name");
    }

}
