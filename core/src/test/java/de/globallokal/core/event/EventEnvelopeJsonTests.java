package de.globallokal.core.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.globallokal.core.actor.ActorKind;
import de.globallokal.core.actor.LocalActor;
import de.globallokal.core.calendar.CalendarEvent;
import de.globallokal.core.calendar.EventSeats;
import de.globallokal.core.contact.ContactPoint;
import de.globallokal.core.json.Json;
import de.globallokal.core.partnership.Partnership;
import de.globallokal.core.partnership.PartnershipKind;
import de.globallokal.core.partnership.PartnershipStatus;
import de.globallokal.core.project.Project;
import de.globallokal.core.samples.Samples;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

class EventEnvelopeJsonTests {

    @ParameterizedTest
    @FieldSource("de.globallokal.core.samples.Samples#CURRENT")
    void sampleDocumentsSurviveARoundTripUnchanged(String sample) {
        JsonNode original = Samples.envelope(sample);

        EventEnvelope envelope = Json.strict().treeToValue(original, EventEnvelope.class);
        JsonNode written = Json.strict().readTree(Json.strict().writeValueAsString(envelope));

        assertThat(written).isEqualTo(original);
    }

    @Test
    void upsertSampleCarriesTheFullPartnershipState() {
        EventEnvelope envelope = Json.strict()
            .treeToValue(readTree("partnership-upserted.v1.json"), EventEnvelope.class);
        Partnership partnership = Json.strict().treeToValue(envelope.data(), Partnership.class);

        assertThat(envelope.type()).isEqualTo(EventTypes.PARTNERSHIP_UPSERTED);
        assertThat(envelope.aggregateversion()).isEqualTo(3);
        assertThat(envelope.subject()).isEqualTo(partnership.id());
        assertThat(partnership.partner().name()).isEqualTo("Montbéliard");
        assertThat(partnership.kind()).isEqualTo(PartnershipKind.TOWN_TWINNING);
        assertThat(partnership.status()).isEqualTo(PartnershipStatus.ACTIVE);
        assertThat(partnership.sdgs()).containsExactly(11, 17);
        assertThat(partnership.modified()).isEqualTo(Instant.parse("2026-11-24T10:15:30Z"));
        assertThat(envelope.isDeletion()).isFalse();
    }

    @Test
    void contactSampleCarriesTheContactPoint() {
        EventEnvelope envelope = Json.strict().treeToValue(readTree("contact-upserted.v1.json"), EventEnvelope.class);
        ContactPoint contact = Json.strict().treeToValue(envelope.data(), ContactPoint.class);

        assertThat(envelope.type()).isEqualTo(EventTypes.CONTACT_UPSERTED);
        assertThat(envelope.aggregatetype()).isEqualTo(AggregateTypes.CONTACT);
        assertThat(contact.role().in(Locale.ENGLISH)).isEqualTo("Town twinning");
        assertThat(contact.address().postalCode()).isEqualTo("12345");
        assertThat(contact.email()).isEqualTo("partnerschaften@example.org");
    }

    @Test
    void actorSampleCarriesTheFreshnessDateAndTheExampleMark() {
        EventEnvelope envelope = Json.strict().treeToValue(readTree("actor-upserted.v1.json"), EventEnvelope.class);
        LocalActor actor = Json.strict().treeToValue(envelope.data(), LocalActor.class);

        assertThat(actor.kind()).isEqualTo(ActorKind.FAIR_TRADE_SHOP);
        assertThat(actor.lastConfirmed()).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(actor.example()).isTrue();
        assertThat(actor.sdgs()).containsExactly(8, 12);
    }

    @Test
    void projectSampleKeepsMoneyInMinorUnitsAndTheReviewFlags() {
        EventEnvelope envelope = Json.strict().treeToValue(readTree("project-upserted.v1.json"), EventEnvelope.class);
        Project project = Json.strict().treeToValue(envelope.data(), Project.class);

        assertThat(project.funding().get(0).amount().amountMinor()).isEqualTo(25_000_000L);
        assertThat(project.measures().get(0).progress()).isEqualTo(60);
        assertThat(project.indicators().get(0).values().get(0).value()).isEqualByComparingTo("4100");
        assertThat(project.title().isUnreviewed(Locale.ENGLISH)).isTrue();
        assertThat(project.title().isUnreviewed(Locale.GERMAN)).isFalse();
    }

    @Test
    void eventSampleKeepsLocalOffsetsAcrossTheClockChangeAndCarriesNoRegistrant() {
        EventEnvelope envelope = Json.strict().treeToValue(readTree("event-upserted.v1.json"), EventEnvelope.class);
        CalendarEvent event = Json.strict().treeToValue(envelope.data(), CalendarEvent.class);

        assertThat(envelope.aggregatetype()).isEqualTo(AggregateTypes.EVENT);
        assertThat(event.occurrences()).extracting(o -> o.start().getOffset().getTotalSeconds() / 3600)
            .containsExactly(1, 2, 2);
        assertThat(event.seats()).as("seat counts travel as seats.upserted.v1").isEmpty();
        assertThat(event.status().isPublic()).isTrue();
        assertThat(envelope.data().toString()).doesNotContain("@");
    }

    @Test
    void seatsSampleNamesItsEventAndCountsWhatIsHeld() {
        EventEnvelope envelope = Json.strict().treeToValue(readTree("seats-upserted.v1.json"), EventEnvelope.class);
        EventSeats seats = Json.strict().treeToValue(envelope.data(), EventSeats.class);

        assertThat(envelope.aggregatetype()).isEqualTo(AggregateTypes.SEATS);
        assertThat(envelope.subject()).isEqualTo(EventSeats.idOf(seats.eventId())).isNotEqualTo(seats.eventId());
        assertThat(seats.of(seats.eventId()).orElseThrow().available())
            .as("12 seats less 9 confirmed, 1 offered, 2 pending")
            .isZero();
        assertThat(envelope.data().toString()).doesNotContain("@");
    }

    @Test
    void deletionSampleIsRecognisedAndHasNoData() {
        EventEnvelope envelope = Json.strict()
            .treeToValue(readTree("partnership-deleted.v1.json"), EventEnvelope.class);

        assertThat(envelope.isDeletion()).isTrue();
        assertThat(envelope.data()).isNull();
    }

    @Test
    void consumersReadFieldsAddedWithinV1AndStrictReadersRefuseThem() {
        JsonNode future = readTree("partnership-upserted.v1-with-future-fields.json");

        EventEnvelope envelope = Json.tolerant().treeToValue(future, EventEnvelope.class);
        Partnership partnership = Json.tolerant().treeToValue(envelope.data(), Partnership.class);

        assertThat(partnership.partner().name()).isEqualTo("Caerphilly");
        assertThat(envelope.traceparent()).isEqualTo("00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01");
        assertThatThrownBy(() -> Json.strict().treeToValue(future, EventEnvelope.class))
            .isInstanceOf(UnrecognizedPropertyException.class);
    }

    @Test
    void createdEnvelopesFollowTheCloudEventsShape() {
        EventEnvelope envelope = EventEnvelope.create("partnerships-service", EventTypes.PARTNERSHIP_UPSERTED,
                AggregateTypes.PARTNERSHIP, "p-9", 7, "editor", List.of("since"),
                Json.strict().createObjectNode().put("id", "p-9"), Instant.parse("2026-01-01T00:00:00Z"));

        JsonNode json = Json.strict().valueToTree(envelope);

        assertThat(json.get("specversion").asString()).isEqualTo("1.0");
        assertThat(json.get("datacontenttype").asString()).isEqualTo("application/json");
        assertThat(json.get("id").asString()).hasSize(36);
        assertThat(json.get("aggregateversion").asLong()).isEqualTo(7);
        assertThat(json.get("time").asString()).isEqualTo("2026-01-01T00:00:00Z");
        assertThat(json.has("__TypeId__")).isFalse();
    }

    @Test
    void everySampleInTheFolderIsListed() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/samples"))) {
            assertThat(files.map(file -> file.getFileName().toString().replaceFirst("\\.json$", "")))
                .containsExactlyInAnyOrderElementsOf(Samples.ALL);
        }
    }

    private static JsonNode readTree(String sample) {
        return Samples.envelope(sample.replaceFirst("\\.json$", ""));
    }

}
