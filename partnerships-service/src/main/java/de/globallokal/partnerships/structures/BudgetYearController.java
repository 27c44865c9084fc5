package de.globallokal.partnerships.structures;

import de.globallokal.core.event.EventTypes;
import de.globallokal.core.structures.BudgetYear;
import de.globallokal.core.structures.BudgetYearInput;
import de.globallokal.support.outbox.AggregateCollection;
import de.globallokal.support.outbox.AggregateCollection.Stored;
import de.globallokal.support.web.AggregateApi;
import de.globallokal.support.web.KeyedAggregates;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.Instant;
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

/** The office's budget line, one entry a year. */
@RestController
@RequestMapping("/api/budget-years")
class BudgetYearController extends AggregateApi<BudgetYear> {

    private final AggregateCollection<BudgetYear> years;

    BudgetYearController(AggregateCollection<BudgetYear> years, Clock clock) {
        super(years, EventTypes.BUDGET_YEAR_DELETED, clock);
        this.years = years;
        KeyedAggregates.uniqueKey(years);
    }

    @PostMapping
    ResponseEntity<Stored<BudgetYear>> create(@Valid @RequestBody BudgetYearInput input,
            @AuthenticationPrincipal Jwt principal) {
        return KeyedAggregates.refusingDuplicates("the budget of " + input.year(),
                () -> insert(EventTypes.BUDGET_YEAR_UPSERTED, principal, lookup(input),
                        (id, now) -> state(id, input, now, now)));
    }

    @PutMapping("/{id}")
    ResponseEntity<Stored<BudgetYear>> update(@PathVariable String id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody BudgetYearInput input, @AuthenticationPrincipal Jwt principal) {
        return KeyedAggregates.refusingDuplicates("the budget of " + input.year(),
                () -> replace(id, ifMatch, EventTypes.BUDGET_YEAR_UPSERTED, principal, lookup(input),
                        (current, now) -> state(id, input, current.created(), now)));
    }

    @GetMapping
    Map<String, Object> list() {
        return Map.of("data", years.page("state.year", 0, 200));
    }

    @Override
    protected void afterDelete(String id, String actor) {
        KeyedAggregates.releaseKey(years, id);
    }

    private static org.bson.Document lookup(BudgetYearInput input) {
        return KeyedAggregates.lookup(String.valueOf(input.year()));
    }

    private static BudgetYear state(String id, BudgetYearInput input, Instant created, Instant modified) {
        return new BudgetYear(id, input.year(), input.item(), input.planned(), input.spent(), input.note(),
                Boolean.TRUE.equals(input.example()), created, modified);
    }

}
