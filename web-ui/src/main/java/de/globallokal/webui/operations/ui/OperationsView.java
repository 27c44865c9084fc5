package de.globallokal.webui.operations.ui;

import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.spring.security.AuthenticationContext;
import de.globallokal.core.event.Topics;
import de.globallokal.support.projection.RebuildRefusedException;
import de.globallokal.support.projection.TopicRebuild;
import de.globallokal.support.projection.UnreadableRecordException;
import de.globallokal.webui.base.ui.StaffLayout;
import de.globallokal.webui.base.ui.StaffPage;
import de.globallokal.webui.editing.StaffApi;
import de.globallokal.webui.editing.StaffApi.Answer;
import de.globallokal.webui.editing.StaffApi.Service;
import de.globallokal.webui.operations.DeadLetterDesk;
import de.globallokal.webui.operations.DivergenceCheck;
import de.globallokal.webui.operations.KafkaOperations;
import de.globallokal.webui.operations.KafkaOperations.DeadLetter;
import de.globallokal.webui.operations.KafkaOperations.Lag;
import de.globallokal.webui.projection.ReadModelRebuild;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.health.actuate.endpoint.CompositeHealthDescriptor;
import org.springframework.boot.health.actuate.endpoint.HealthDescriptor;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import tools.jackson.databind.JsonNode;

/**
 * For administrators: is every part up, how far behind is each consumer, what failed and
 * now lies in a dead-letter topic (replay it after a fix, or discard it), rebuild a read
 * model from its topic and watch it catch up, and how much each service's outbox still
 * holds.
 */
@Route(value = "staff/betrieb", layout = StaffLayout.class)
@Menu(title = "staff.nav.operations", order = 9)
@RolesAllowed("ADMIN")
class OperationsView extends StaffPage {

    private final StaffApi api;

    private final KafkaOperations kafka;

    private final DeadLetterDesk desk;

    private final ReadModelRebuild rebuild;

    private final HealthEndpoint health;

    private final String staff;

    private final UnorderedList parts = new UnorderedList();

    private final Grid<Lag> lags = new Grid<>();

    private final Grid<DeadLetter> letters = new Grid<>();

    private final Paragraph status = new Paragraph();

    private final Paragraph mail = new Paragraph();

    private final UnorderedList failedMail = new UnorderedList();

    private final ProgressBar progress = new ProgressBar(0, 1);

    private final Paragraph progressText = new Paragraph();

    private Registration polling;

    public OperationsView(StaffApi api, KafkaOperations kafka, DeadLetterDesk desk, ReadModelRebuild rebuild,
            DivergenceCheck divergence, HealthEndpoint health, AuthenticationContext authentication) {
        super("staff.nav.operations");
        this.api = api;
        this.kafka = kafka;
        this.desk = desk;
        this.rebuild = rebuild;
        this.health = health;
        this.staff = authentication.getPrincipalName().orElseThrow();
        addClassName("gl-operations");
        status.addClassName("gl-result");
        status.getElement().setAttribute("role", "status");

        lags.addColumn(Lag::group).setHeader(getTranslation("operations.group"));
        lags.addColumn(Lag::topic).setHeader(getTranslation("operations.topic"));
        lags.addColumn(Lag::committed).setHeader(getTranslation("operations.committed"));
        lags.addColumn(Lag::end).setHeader(getTranslation("operations.end"));
        lags.addColumn(Lag::behind).setHeader(getTranslation("operations.behind"));
        lags.setAllRowsVisible(true);

        letters.addColumn(DeadLetter::id).setHeader(getTranslation("operations.letter")).setAutoWidth(true);
        letters.addColumn(DeadLetter::key).setHeader(getTranslation("operations.key")).setAutoWidth(true);
        letters.addColumn(DeadLetter::error).setHeader(getTranslation("operations.error")).setFlexGrow(2);
        letters.addColumn(DeadLetter::preview).setHeader(getTranslation("operations.record")).setFlexGrow(2);
        letters
            .addComponentColumn(
                    letter -> new Div(new Button(getTranslation("operations.replay"), click -> handle(letter, true)),
                            new Button(getTranslation("operations.discard"), click -> handle(letter, false))))
            .setHeader(getTranslation("staff.registrations.actions"))
            .setAutoWidth(true)
            .setFlexGrow(0);
        letters.setAllRowsVisible(true);
        letters.setEmptyStateText(getTranslation("operations.no-letters"));

        progress.setVisible(false);
        progress.getElement().setAttribute("aria-label", getTranslation("operations.rebuild.progress"));
        Div rebuilds = new Div(
                new Button(getTranslation("operations.rebuild.partnerships"),
                        click -> startRebuild(Topics.PARTNERSHIPS)),
                new Button(getTranslation("operations.rebuild.events"), click -> startRebuild(Topics.EVENTS)));
        Button refresh = new Button(getTranslation("operations.refresh"), click -> refresh());
        Paragraph compared = new Paragraph();
        compared.getElement().setAttribute("role", "status");
        Button compare = new Button(getTranslation("operations.divergence.run"),
                click -> compared.setText(summary(divergence.run(staff))));
        Button republish = new Button(getTranslation("operations.republish"), click -> compared
            .setText(getTranslation("operations.republished", divergence.republish(staff).toString())));

        add(new H1(getTranslation("staff.nav.operations")), refresh, status,
                new H2(getTranslation("operations.health")), parts, new H2(getTranslation("operations.lag")), lags,
                new H2(getTranslation("operations.dead-letters")), letters, new H2(getTranslation("operations.mail")),
                mail, failedMail, new H2(getTranslation("operations.rebuild")),
                new Paragraph(getTranslation("operations.rebuild.help")), rebuilds, progress, progressText,
                new H2(getTranslation("operations.divergence")),
                new Paragraph(getTranslation("operations.divergence.help")), new Div(compare, republish), compared);
        refresh();
    }

    private String summary(DivergenceCheck.Report report) {
        List<String> lines = new ArrayList<>();
        report.types()
            .forEach(type -> lines.add(getTranslation("operations.divergence.type", type.aggregateType(), type.owned(),
                    type.copied(), type.differences().size())));
        report.replicas()
            .forEach(type -> lines.add(getTranslation("operations.divergence.replica", type.aggregateType(),
                    type.owned(), type.copied(), type.differences().size())));
        report.unreachable()
            .forEach(service -> lines.add(getTranslation("operations.divergence.unreachable", service)));
        String verdict = getTranslation(
                report.consistent() ? "operations.divergence.consistent" : "operations.divergence.differs");
        return verdict + " " + String.join(" · ", lines);
    }

    private void refresh() {
        parts.removeAll();
        HealthDescriptor own = health.health();
        if (own instanceof CompositeHealthDescriptor composite) {
            composite.getComponents()
                .forEach((name, part) -> parts.add(new ListItem(
                        getTranslation("operations.part", "web-ui · " + name, part.getStatus().getCode()))));
        }
        service(Service.PARTNERSHIPS, "partnerships-service");
        service(Service.EVENTS, "events-service");
        messages();
        status.setText("");
        try {
            lags.setItems(kafka.lag());
            letters.setItems(KafkaOperations.TOPICS.stream().flatMap(topic -> desk.open(topic).stream()).toList());
        }
        catch (Exception e) {
            // the page matters most when the broker is in trouble: it shows what it can
            // and says why the rest is missing
            lags.setItems(List.of());
            letters.setItems(List.of());
            status.setText(getTranslation("operations.kafka-away", e.getMessage()));
        }
    }

    /**
     * The messages to registrants that wait or that gave up (after three days of
     * retries): nobody else would notice that a person was never told.
     */
    private void messages() {
        failedMail.removeAll();
        Answer answer = api.get(Service.EVENTS, staff, "/api/messages?status=FAILED&limit=20");
        if (!answer.ok()) {
            mail.setText(getTranslation("operations.mail.unreachable"));
            return;
        }
        mail.setText(getTranslation("operations.mail.counts", answer.body().path("pending").asLong(),
                answer.body().path("failed").asLong()));
        answer.body()
            .path("data")
            .forEach(m -> failedMail
                .add(new ListItem(getTranslation("operations.mail.failed", m.path("subject").asString(""),
                        m.path("kind").asString(""), m.path("attempts").asInt(), m.path("lastError").asString("")))));
    }

    /** A service's health as it reports it, with the backlog of its outbox. */
    private void service(Service service, String name) {
        Answer answer = api.get(service, staff, "/actuator/health");
        JsonNode components = answer.body().path("components");
        if (answer.status() == 503 && components.isMissingNode()) {
            parts.add(new ListItem(getTranslation("operations.part", name, "UNREACHABLE")));
            return;
        }
        parts.add(new ListItem(getTranslation("operations.part", name, answer.body().path("status").asString("?"))));
        components.properties().forEach(part -> {
            String text = getTranslation("operations.part", name + " · " + part.getKey(),
                    part.getValue().path("status").asString());
            if ("outbox".equals(part.getKey())) {
                StringBuilder backlog = new StringBuilder();
                part.getValue()
                    .path("details")
                    .properties()
                    .forEach(relay -> backlog.append(" · ")
                        .append(getTranslation("operations.backlog", relay.getKey(),
                                relay.getValue().path("topic").asString(),
                                relay.getValue().path("pendingAggregates").asLong())));
                text += backlog;
            }
            parts.add(new ListItem(text));
        });
    }

    private void handle(DeadLetter letter, boolean replay) {
        String done;
        try {
            if (replay) {
                boolean applied = desk.replay(letter, staff);
                done = getTranslation(applied ? "operations.replayed" : "operations.replayed-older", letter.id(),
                        letter.originalTopic());
            }
            else {
                desk.discard(letter, staff);
                done = getTranslation("operations.discarded", letter.id());
            }
        }
        catch (UnreadableRecordException e) {
            done = getTranslation("operations.still-unreadable", letter.id(), e.getMessage());
        }
        catch (RuntimeException e) {
            done = getTranslation("operations.kafka-away", e.getMessage());
        }
        refresh();
        status.setText(done);
    }

    private void startRebuild(String topic) {
        try {
            if (Topics.EVENTS.equals(topic)) {
                rebuild.eventsTopic();
            }
            else {
                rebuild.partnershipsTopic();
            }
        }
        catch (RebuildRefusedException refused) {
            progressText.setText(getTranslation("operations.rebuild.refused", topic));
            return;
        }
        progress.setVisible(true);
        progress.setValue(0);
        progressText.setText(getTranslation("operations.rebuild.started", topic));
        UI ui = UI.getCurrent();
        ui.setPollInterval(1000);
        if (polling != null) {
            polling.remove();
        }
        polling = ui.addPollListener(poll -> rebuild.progress(topic).ifPresent(now -> show(ui, now)));
    }

    private void show(UI ui, TopicRebuild.Progress now) {
        progress.setValue(now.total() == 0 ? 1 : Math.min(1, (double) now.read() / now.total()));
        switch (now.phase()) {
            case READING ->
                progressText.setText(getTranslation("operations.rebuild.at", now.topic(), now.read(), now.total()));
            case HANDING_OVER -> progressText.setText(getTranslation("operations.rebuild.switched", now.topic()));
            case DONE -> {
                progressText.setText(getTranslation("operations.rebuild.done", now.topic(), now.read()));
                stopPolling(ui);
            }
            case FAILED -> {
                progressText.setText(getTranslation("operations.rebuild.failed", now.topic(), now.error()));
                stopPolling(ui);
            }
        }
    }

    private void stopPolling(UI ui) {
        ui.setPollInterval(-1);
        if (polling != null) {
            polling.remove();
            polling = null;
        }
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        stopPolling(detach.getUI());
    }

}
