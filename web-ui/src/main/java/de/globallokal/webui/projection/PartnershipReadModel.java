package de.globallokal.webui.projection;

import de.globallokal.core.event.AggregateTypes;
import de.globallokal.core.partnership.Partnership;
import de.globallokal.support.projection.VersionedReadModel;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/** Partnerships as web-ui knows them, sorted by the partner's name. */
@Component
public class PartnershipReadModel extends VersionedReadModel<Partnership> {

    static final String COLLECTION = "partnerships";

    PartnershipReadModel(MongoTemplate mongo) {
        super(mongo.getDb(), COLLECTION, Partnership.class, AggregateTypes.PARTNERSHIP, "data.partner.name");
    }

    public Optional<Entry<Partnership>> findBySlug(String slug) {
        return findCurrentBy("slug", slug);
    }

    /**
     * The current partnerships' ids with the partner's name, sorted by name: for choosing
     * one in a form.
     */
    public Map<String, String> partnerNames() {
        Map<String, String> names = new LinkedHashMap<>();
        current().stream()
            .map(Entry::state)
            .sorted(Comparator.comparing(p -> p.partner().name()))
            .forEach(p -> names.put(p.id(), p.partner().name()));
        return names;
    }

}
