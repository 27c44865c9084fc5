package de.globallokal.partnerships.partnership;

import de.globallokal.core.event.EventTypes;
import de.globallokal.core.partnership.Partnership;
import de.globallokal.core.partnership.PartnershipInput;
import de.globallokal.core.partnership.PartnershipKind;
import de.globallokal.core.partnership.PartnershipStatus;
import de.globallokal.support.outbox.AggregateCollection;
import de.globallokal.support.outbox.AggregateCollection.Stored;
import de.globallokal.support.web.AggregateApi;
import de.globallokal.support.web.IfMatch;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Clock;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/partnerships")
class PartnershipController extends AggregateApi<Partnership> {

    private final PartnershipStore store;

    PartnershipController(AggregateCollection<Partnership> partnerships, PartnershipStore store, Clock clock) {
        super(partnerships, EventTypes.PARTNERSHIP_DELETED, clock);
        this.store = store;
    }

    @PostMapping
    ResponseEntity<Stored<Partnership>> create(@Valid @RequestBody PartnershipInput input,
            @AuthenticationPrincipal Jwt principal) {
        Stored<Partnership> stored = store.create(input, principal.getSubject());
        return created(stored.state().id(), stored);
    }

    @PutMapping("/{id}")
    ResponseEntity<Stored<Partnership>> update(@PathVariable String id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody PartnershipInput input, @AuthenticationPrincipal Jwt principal) {
        return withVersion(store.update(id, IfMatch.version(ifMatch), input, principal.getSubject()));
    }

    /**
     * Refused while projects still belong to the partnership: they would lose their home.
     */
    @Override
    protected void beforeDelete(String id) {
        store.checkNoProjects(id);
    }

    /**
     * Paged and sorted by slug; filtered by kind, status, country, SDG and a text in the
     * partner's name.
     */
    @GetMapping
    Map<String, Object> list(@RequestParam(required = false) PartnershipKind kind,
            @RequestParam(required = false) PartnershipStatus status,
            @RequestParam(required = false) @Pattern(regexp = "[A-Z]{2}") String country,
            @RequestParam(required = false) @Min(1) @Max(17) Integer sdg,
            @RequestParam(required = false) @Size(max = 100) String text,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
        PartnershipFilter filter = new PartnershipFilter(kind, status, country, sdg, text);
        List<Stored<Partnership>> items = store.list(filter, page, size);
        return Map.of("data", items, "page", page, "size", size, "total", store.count(filter));
    }

}
