package de.globallokal.webui.operations.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import de.globallokal.core.event.Topics;
import de.globallokal.support.projection.UnreadableRecordException;
import de.globallokal.testkit.KafkaTestCluster;
import de.globallokal.webui.base.VaadinViewTest;
import de.globallokal.webui.operations.DeadLetterDesk;
import de.globallokal.webui.operations.KafkaOperations;
import de.globallokal.webui.operations.KafkaOperations.DeadLetter;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * A poison record on the real (embedded) broker ends in the dead-letter topic; the
 * administrator sees it with its error; a replay is refused (it still cannot be read, and
 * stays open) and it is discarded.
 */
class OperationsViewTests extends VaadinViewTest {

    @Autowired
    KafkaTestCluster broker;

    @Autowired
    DeadLetterDesk desk;

    @Autowired
    KafkaOperations kafka;

    @Test
    void aPoisonRecordIsShownWithItsErrorAndCanBeReplayedAndDiscarded() throws Exception {
        String key = "poison-" + UUID.randomUUID();
        KafkaTemplate<String, String> producer = new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(
                Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()), new StringSerializer(),
                new StringSerializer()));
        producer.send(Topics.PARTNERSHIPS, key, "this is no envelope").join();
        DeadLetter first = await().atMost(Duration.ofSeconds(30))
            .until(() -> mine(key), letters -> letters.size() == 1)
            .get(0);
        assertThat(first.error()).isNotBlank();
        assertThat(first.originalTopic()).isEqualTo(Topics.PARTNERSHIPS);

        signInWithAccount("ops-admin", "ADMIN");
        UI.getCurrent().setLocale(Locale.GERMAN);
        UI.getCurrent().navigate(OperationsView.class);
        String page = _get(OperationsView.class).getElement().getTextRecursively();
        assertThat(page).contains("Rückstand der Verbraucher", "web-ui · kafka", "partnerships-service: UNREACHABLE");
        // a page that cannot ask events-service says so rather than showing no failed
        // mail
        assertThat(page).contains("Nachrichten an Angemeldete",
                "events-service ist nicht erreichbar; der Stand der Nachrichten fehlt.");
        assertThat(lags().stream().map(KafkaOperations.Lag::topic)).contains(Topics.PARTNERSHIPS);
        assertThat(shownLetters()).extracting(DeadLetter::id).contains(first.id());

        assertThatThrownBy(() -> desk.replay(first, "ops-admin")).isInstanceOf(UnreadableRecordException.class);
        _click(_get(Button.class, spec -> spec.withText("Aktualisieren")));
        assertThat(shownLetters()).extracting(DeadLetter::id).contains(first.id());

        desk.discard(first, "ops-admin");
        assertThat(mine(key)).isEmpty();

        // no service runs here: the comparison says so instead of calling anything equal
        _click(_get(Button.class, spec -> spec.withText("Abgleich prüfen")));
        assertThat(_get(OperationsView.class).getElement().getTextRecursively()).contains("nicht erreichbare Dienste",
                "partnerships (503) hat nicht geantwortet");
        _click(_get(Button.class, spec -> spec.withText("Alles neu veröffentlichen")));
        assertThat(_get(OperationsView.class).getElement().getTextRecursively()).contains("partnerships=(503)");
    }

    private List<DeadLetter> mine(String key) {
        return desk.open(Topics.PARTNERSHIPS).stream().filter(letter -> key.equals(letter.key())).toList();
    }

    @SuppressWarnings("unchecked")
    private static List<DeadLetter> shownLetters() {
        return ((Grid<DeadLetter>) LocatorJ._find(Grid.class).get(1)).getGenericDataView().getItems().toList();
    }

    @SuppressWarnings("unchecked")
    private static List<KafkaOperations.Lag> lags() {
        return ((Grid<KafkaOperations.Lag>) LocatorJ._find(Grid.class).get(0)).getGenericDataView().getItems().toList();
    }

}
