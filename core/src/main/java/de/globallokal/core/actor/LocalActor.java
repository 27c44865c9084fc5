package de.globallokal.core.actor;

import com.fasterxml.jackson.annotation.JsonInclude;
import de.globallokal.core.value.LocalizedText;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The full state of a local actor as carried in {@code actor.upserted.v1} events.
 *
 * @param lastConfirmed when the actor last confirmed its entry (a yearly freshness check)
 * @param example demo data, to be shown as an example and never mistaken for a real group
 * @param fairTrade what it does for fair trade, which the Fairtrade-Town criteria count
 * @param productGroups the keys of the product groups its work is about
 * @param slug the actor's readable address on the public site, from its name when it was
 * added; null for an actor added before actors had pages (its id serves then)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LocalActor(String id, String name, ActorKind kind, LocalizedText description, List<String> themes,
        List<Integer> sdgs, List<String> languages, String contactPerson, String email, String phone, String website,
        LocalDate lastConfirmed, boolean example, Instant created, Instant modified, List<FairTradeRole> fairTrade,
        List<String> productGroups, String slug) {

    public LocalActor {
        themes = themes == null ? List.of() : List.copyOf(themes);
        sdgs = sdgs == null ? List.of() : List.copyOf(sdgs);
        languages = languages == null ? List.of() : List.copyOf(languages);
        fairTrade = fairTrade == null ? List.of() : List.copyOf(fairTrade);
        productGroups = productGroups == null ? List.of() : List.copyOf(productGroups);
    }

    /** The actor's public address segment: its slug, or its id before it had one. */
    public String path() {
        return slug != null ? slug : id;
    }
}
