package de.globallokal.partnerships.procurement;

import de.globallokal.core.event.EventTypes;
import de.globallokal.core.procurement.PurchaseInput;
import de.globallokal.core.procurement.PurchaseRecord;
import de.globallokal.support.outbox.AggregateCollection;
import de.globallokal.support.outbox.AggregateCollection.Stored;
import de.globallokal.support.web.KeyedAggregates;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Purchase records, one for each department, year and product group, whether they come
 * from the editor or from an import.
 */
@Component
class PurchaseStore {

    private final AggregateCollection<PurchaseRecord> purchases;

    private final ProcurementReferences references;

    private final Clock clock;

    PurchaseStore(AggregateCollection<PurchaseRecord> purchases, ProcurementReferences references, Clock clock) {
        this.purchases = purchases;
        this.references = references;
        this.clock = clock;
        KeyedAggregates.uniqueKey(purchases);
    }

    /** Refuses (422) a group or label that does not exist. */
    void check(PurchaseInput input) {
        references.requireGroup("productGroup", input.productGroup());
        references.requireLabels("labels", input.labels());
    }

    Optional<Stored<PurchaseRecord>> find(String id) {
        return purchases.find(id);
    }

    Optional<Stored<PurchaseRecord>> findSame(PurchaseInput input) {
        return KeyedAggregates.idOf(purchases, identity(input)).flatMap(purchases::find);
    }

    Stored<PurchaseRecord> create(PurchaseInput input, String actor) {
        check(input);
        String id = UUID.randomUUID().toString();
        Instant now = now();
        return KeyedAggregates.refusingDuplicates(
                "a purchase record of " + input.department() + " for " + input.productGroup() + " in " + input.year(),
                () -> purchases.insertFirst(id, state(id, input, now, now), now, EventTypes.PURCHASE_UPSERTED, actor,
                        KeyedAggregates.lookup(identity(input))));
    }

    Stored<PurchaseRecord> update(String id, long expected, PurchaseInput input, String actor) {
        check(input);
        PurchaseRecord current = purchases.find(id).map(Stored::state).orElse(null);
        Instant now = now();
        Instant created = current == null ? now : current.created();
        return KeyedAggregates.refusingDuplicates(
                "a purchase record of " + input.department() + " for " + input.productGroup() + " in " + input.year(),
                () -> purchases.replace(id, expected, state(id, input, created, now), now, EventTypes.PURCHASE_UPSERTED,
                        actor, KeyedAggregates.lookup(identity(input))));
    }

    void released(String id) {
        KeyedAggregates.releaseKey(purchases, id);
    }

    static PurchaseRecord state(String id, PurchaseInput input, Instant created, Instant modified) {
        return new PurchaseRecord(id, input.department().trim(), input.year(), input.productGroup(), input.total(),
                input.certified(), input.labels(), Boolean.TRUE.equals(input.example()),
                Boolean.TRUE.equals(input.published()), created, modified);
    }

    static String identity(PurchaseInput input) {
        return PurchaseRecord.identity(input.department(), input.year(), input.productGroup());
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

}
