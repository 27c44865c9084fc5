package de.globallokal.partnerships.procurement;

import com.mongodb.client.model.Filters;
import de.globallokal.core.event.EventTypes;
import de.globallokal.core.procurement.PurchaseInput;
import de.globallokal.core.procurement.PurchaseRecord;
import de.globallokal.support.outbox.AggregateCollection;
import de.globallokal.support.outbox.AggregateCollection.Stored;
import de.globallokal.support.web.AggregateApi;
import de.globallokal.support.web.IfMatch;
import de.globallokal.support.web.KeyedAggregates;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bson.conversions.Bson;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * What each department bought of each product group per year, and how much with a label.
 */
@RestController
@RequestMapping("/api/purchases")
class PurchaseController extends AggregateApi<PurchaseRecord> {

    private final AggregateCollection<PurchaseRecord> purchases;

    private final PurchaseStore store;

    PurchaseController(AggregateCollection<PurchaseRecord> purchases, PurchaseStore store, Clock clock) {
        super(purchases, EventTypes.PURCHASE_DELETED, clock);
        this.purchases = purchases;
        this.store = store;
    }

    @PostMapping
    ResponseEntity<Stored<PurchaseRecord>> create(@Valid @RequestBody PurchaseInput input,
            @AuthenticationPrincipal Jwt principal) {
        Stored<PurchaseRecord> stored = store.create(input, principal.getSubject());
        return created(stored.state().id(), stored);
    }

    @PutMapping("/{id}")
    ResponseEntity<Stored<PurchaseRecord>> update(@PathVariable String id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody PurchaseInput input, @AuthenticationPrincipal Jwt principal) {
        return withVersion(store.update(id, IfMatch.version(ifMatch), input, principal.getSubject()));
    }

    @GetMapping
    Map<String, Object> list(@RequestParam(required = false) @Min(2000) @Max(2100) Integer year,
            @RequestParam(required = false) String productGroup, @RequestParam(required = false) String department,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
        List<Bson> filters = new ArrayList<>();
        if (year != null) {
            filters.add(Filters.eq("state.year", year));
        }
        if (productGroup != null) {
            filters.add(Filters.eq("state.productGroup", productGroup));
        }
        if (department != null) {
            filters.add(Filters.eq("state.department", department));
        }
        return Map.of("data", purchases.page(filters, KeyedAggregates.KEY, page, size), "page", page, "size", size,
                "total", purchases.count(filters));
    }

    @Override
    protected void afterDelete(String id, String actor) {
        store.released(id);
    }

}
