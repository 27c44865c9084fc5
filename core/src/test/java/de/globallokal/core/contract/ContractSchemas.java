package de.globallokal.core.contract;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import de.globallokal.core.actor.LocalActor;
import de.globallokal.core.calendar.CalendarEvent;
import de.globallokal.core.calendar.EventSeats;
import de.globallokal.core.contact.ContactPoint;
import de.globallokal.core.event.AggregateTypes;
import de.globallokal.core.event.EventTypes;
import de.globallokal.core.event.Topics;
import de.globallokal.core.partnership.Partnership;
import de.globallokal.core.procurement.Label;
import de.globallokal.core.procurement.ProductGroup;
import de.globallokal.core.procurement.PurchaseRecord;
import de.globallokal.core.project.Project;
import de.globallokal.core.structures.Body;
import de.globallokal.core.structures.BudgetYear;
import de.globallokal.core.structures.PressMention;
import de.globallokal.core.structures.Resolution;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.JsonNode;

/**
 * The JSON Schemas of the published contract: one per event type, the envelope with that
 * type's payload, made from the records in core, so they say what the code says. They are
 * kept in {@code core/src/main/resources/asyncapi/schemas} beside the AsyncAPI document
 * that names them, served by each service; a test keeps the files equal to what the
 * records give.
 */
public final class ContractSchemas {

    /** Where they lie on the class path (core's jar) and in the repository. */
    public static final String FOLDER = "META-INF/resources/asyncapi/schemas";

    /**
     * Every event type with its aggregate type, topic and payload (none for a deletion).
     */
    public record EventType(String name, String aggregateType, String topic, Class<?> payload) {

        public String file() {
            return name + ".schema.json";
        }
    }

    public static final List<EventType> TYPES = List.of(
            new EventType(EventTypes.PARTNERSHIP_UPSERTED, AggregateTypes.PARTNERSHIP, Topics.PARTNERSHIPS,
                    Partnership.class),
            new EventType(EventTypes.PARTNERSHIP_DELETED, AggregateTypes.PARTNERSHIP, Topics.PARTNERSHIPS, null),
            new EventType(EventTypes.PROJECT_UPSERTED, AggregateTypes.PROJECT, Topics.PARTNERSHIPS, Project.class),
            new EventType(EventTypes.PROJECT_DELETED, AggregateTypes.PROJECT, Topics.PARTNERSHIPS, null),
            new EventType(EventTypes.ACTOR_UPSERTED, AggregateTypes.ACTOR, Topics.PARTNERSHIPS, LocalActor.class),
            new EventType(EventTypes.ACTOR_DELETED, AggregateTypes.ACTOR, Topics.PARTNERSHIPS, null),
            new EventType(EventTypes.CONTACT_UPSERTED, AggregateTypes.CONTACT, Topics.PARTNERSHIPS, ContactPoint.class),
            new EventType(EventTypes.CONTACT_DELETED, AggregateTypes.CONTACT, Topics.PARTNERSHIPS, null),
            new EventType(EventTypes.PRODUCT_GROUP_UPSERTED, AggregateTypes.PRODUCT_GROUP, Topics.PARTNERSHIPS,
                    ProductGroup.class),
            new EventType(EventTypes.PRODUCT_GROUP_DELETED, AggregateTypes.PRODUCT_GROUP, Topics.PARTNERSHIPS, null),
            new EventType(EventTypes.LABEL_UPSERTED, AggregateTypes.LABEL, Topics.PARTNERSHIPS, Label.class),
            new EventType(EventTypes.LABEL_DELETED, AggregateTypes.LABEL, Topics.PARTNERSHIPS, null),
            new EventType(EventTypes.PURCHASE_UPSERTED, AggregateTypes.PURCHASE, Topics.PARTNERSHIPS,
                    PurchaseRecord.class),
            new EventType(EventTypes.PURCHASE_DELETED, AggregateTypes.PURCHASE, Topics.PARTNERSHIPS, null),
            new EventType(EventTypes.RESOLUTION_UPSERTED, AggregateTypes.RESOLUTION, Topics.PARTNERSHIPS,
                    Resolution.class),
            new EventType(EventTypes.RESOLUTION_DELETED, AggregateTypes.RESOLUTION, Topics.PARTNERSHIPS, null),
            new EventType(EventTypes.BODY_UPSERTED, AggregateTypes.BODY, Topics.PARTNERSHIPS, Body.class),
            new EventType(EventTypes.BODY_DELETED, AggregateTypes.BODY, Topics.PARTNERSHIPS, null),
            new EventType(EventTypes.BUDGET_YEAR_UPSERTED, AggregateTypes.BUDGET_YEAR, Topics.PARTNERSHIPS,
                    BudgetYear.class),
            new EventType(EventTypes.BUDGET_YEAR_DELETED, AggregateTypes.BUDGET_YEAR, Topics.PARTNERSHIPS, null),
            new EventType(EventTypes.PRESS_MENTION_UPSERTED, AggregateTypes.PRESS_MENTION, Topics.PARTNERSHIPS,
                    PressMention.class),
            new EventType(EventTypes.PRESS_MENTION_DELETED, AggregateTypes.PRESS_MENTION, Topics.PARTNERSHIPS, null),
            new EventType(EventTypes.EVENT_UPSERTED, AggregateTypes.EVENT, Topics.EVENTS, CalendarEvent.class),
            new EventType(EventTypes.EVENT_DELETED, AggregateTypes.EVENT, Topics.EVENTS, null),
            new EventType(EventTypes.SEATS_UPSERTED, AggregateTypes.SEATS, Topics.EVENTS, EventSeats.class),
            new EventType(EventTypes.SEATS_DELETED, AggregateTypes.SEATS, Topics.EVENTS, null));

    private static final SchemaRegistry REGISTRY = SchemaRegistry
        .withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

    private static final Map<String, Schema> LOADED = new ConcurrentHashMap<>();

    private ContractSchemas() {
    }

    /**
     * What is wrong with an envelope by the schema of its type (kept in core's jar);
     * empty when nothing is. An unknown type is one problem.
     */
    public static List<String> problems(JsonNode envelope) {
        String type = envelope.path("type").asString();
        if (TYPES.stream().noneMatch(known -> known.name().equals(type))) {
            return List.of("no event type " + type + " in the contract");
        }
        Schema schema = LOADED.computeIfAbsent(type, ContractSchemas::load);
        return schema.validate(envelope).stream().map(Error::toString).toList();
    }

    private static Schema load(String type) {
        try (InputStream in = ContractSchemas.class.getResourceAsStream("/" + FOLDER + "/" + type + ".schema.json")) {
            if (in == null) {
                throw new IllegalStateException("core's jar holds no schema of " + type);
            }
            return REGISTRY.getSchema(in);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
