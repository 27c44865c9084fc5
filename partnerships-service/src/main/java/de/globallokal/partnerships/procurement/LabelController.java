package de.globallokal.partnerships.procurement;

import com.mongodb.client.model.Filters;
import de.globallokal.core.event.EventTypes;
import de.globallokal.core.procurement.Label;
import de.globallokal.core.procurement.LabelInput;
import de.globallokal.core.procurement.PurchaseRecord;
import de.globallokal.support.outbox.AggregateCollection;
import de.globallokal.support.outbox.AggregateCollection.Stored;
import de.globallokal.support.web.AggregateApi;
import de.globallokal.support.web.KeyedAggregates;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Labels and criteria a buyer may rely on, each for the product groups it applies to. */
@RestController
@RequestMapping("/api/labels")
class LabelController extends AggregateApi<Label> {

    private final AggregateCollection<Label> labels;

    private final AggregateCollection<PurchaseRecord> purchases;

    private final ProcurementReferences references;

    LabelController(AggregateCollection<Label> labels, AggregateCollection<PurchaseRecord> purchases,
            ProcurementReferences references, Clock clock) {
        super(labels, EventTypes.LABEL_DELETED, clock);
        this.labels = labels;
        this.purchases = purchases;
        this.references = references;
        KeyedAggregates.uniqueKey(labels);
    }

    @PostMapping
    ResponseEntity<Stored<Label>> create(@Valid @RequestBody LabelInput input, @AuthenticationPrincipal Jwt principal) {
        references.requireGroups("productGroups", input.productGroups());
        return KeyedAggregates.refusingDuplicates("a label " + input.key(), () -> insert(EventTypes.LABEL_UPSERTED,
                principal, KeyedAggregates.lookup(input.key()), (id, now) -> state(id, input, now, now)));
    }

    @PutMapping("/{id}")
    ResponseEntity<Stored<Label>> update(@PathVariable String id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody LabelInput input, @AuthenticationPrincipal Jwt principal) {
        references.requireGroups("productGroups", input.productGroups());
        return replace(id, ifMatch, EventTypes.LABEL_UPSERTED, principal, KeyedAggregates.lookup(input.key()),
                (current, now) -> {
                    KeyedAggregates.keyStays("a label", current.key(), input.key(), "purchase records");
                    return state(id, input, current.created(), now);
                });
    }

    @GetMapping
    Map<String, Object> list() {
        return Map.of("data", labels.page(KeyedAggregates.KEY, 0, 200));
    }

    @Override
    protected void beforeDelete(String id) {
        labels.find(id)
            .ifPresent(label -> KeyedAggregates.refuseWhileNamed("label " + label.state().key(),
                    purchases.count(List.of(Filters.eq("state.labels", label.state().key()))), "purchase records"));
    }

    @Override
    protected void afterDelete(String id, String actor) {
        KeyedAggregates.releaseKey(labels, id);
    }

    static Label state(String id, LabelInput input, Instant created, Instant modified) {
        return new Label(id, input.key(), input.name().trim(), input.issuer().trim(), input.kind(), input.certifies(),
                input.productGroups(), input.credibility(), input.website(), created, modified);
    }

}
