package de.globallokal.partnerships.procurement;

import com.mongodb.client.model.Filters;
import de.globallokal.core.event.EventTypes;
import de.globallokal.core.procurement.ProductGroup;
import de.globallokal.core.procurement.ProductGroupInput;
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

/** The product groups the city buys, each with the targets set for it. */
@RestController
@RequestMapping("/api/product-groups")
class ProductGroupController extends AggregateApi<ProductGroup> {

    private final AggregateCollection<ProductGroup> groups;

    private final AggregateCollection<PurchaseRecord> purchases;

    ProductGroupController(AggregateCollection<ProductGroup> groups, AggregateCollection<PurchaseRecord> purchases,
            Clock clock) {
        super(groups, EventTypes.PRODUCT_GROUP_DELETED, clock);
        this.groups = groups;
        this.purchases = purchases;
        KeyedAggregates.uniqueKey(groups);
    }

    @PostMapping
    ResponseEntity<Stored<ProductGroup>> create(@Valid @RequestBody ProductGroupInput input,
            @AuthenticationPrincipal Jwt principal) {
        return KeyedAggregates.refusingDuplicates("a product group " + input.key(),
                () -> insert(EventTypes.PRODUCT_GROUP_UPSERTED, principal, KeyedAggregates.lookup(input.key()),
                        (id, now) -> state(id, input, now, now)));
    }

    /** The key stays: purchase records and labels name the group by it. */
    @PutMapping("/{id}")
    ResponseEntity<Stored<ProductGroup>> update(@PathVariable String id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody ProductGroupInput input, @AuthenticationPrincipal Jwt principal) {
        return replace(id, ifMatch, EventTypes.PRODUCT_GROUP_UPSERTED, principal, KeyedAggregates.lookup(input.key()),
                (current, now) -> {
                    KeyedAggregates.keyStays("a product group", current.key(), input.key(),
                            "purchase records and labels");
                    return state(id, input, current.created(), now);
                });
    }

    @GetMapping
    Map<String, Object> list() {
        return Map.of("data", groups.page(KeyedAggregates.KEY, 0, 200));
    }

    @Override
    protected void beforeDelete(String id) {
        groups.find(id)
            .ifPresent(group -> KeyedAggregates.refuseWhileNamed("product group " + group.state().key(),
                    purchases.count(List.of(Filters.eq("state.productGroup", group.state().key()))),
                    "purchase records"));
    }

    @Override
    protected void afterDelete(String id, String actor) {
        KeyedAggregates.releaseKey(groups, id);
    }

    static ProductGroup state(String id, ProductGroupInput input, Instant created, Instant modified) {
        return new ProductGroup(id, input.key(), input.name(), input.description(), input.targets(),
                Boolean.TRUE.equals(input.example()), created, modified);
    }

}
