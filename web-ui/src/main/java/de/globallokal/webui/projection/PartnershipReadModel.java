package de.globallokal.webui.projection;

import de.globallokal.core.event.AggregateTypes;
import de.globallokal.core.partnership.Partnership;
import de.globallokal.support.projection.VersionedReadModel;
import java.util.Optional;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/** Partnerships as web-ui knows them, sorted by the partner's name. */
@Component
public class PartnershipReadModel extends VersionedReadModel<Partnership> {

    static final String COLLECTION = "partnerships";

    PartnershipReadModel(MongoTemplate mongo) {
        super(mongo.getCollection(COLLECTION), Partnership.class, AggregateTypes.PARTNERSHIP, "data.partner.name");
    }

    public Optional<Entry<Partnership>> findBySlug(String slug) {
        return findCurrentBy("slug", slug);
    }

}
