package de.globallokal.partnerships.procurement;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import de.globallokal.core.event.EventTypes;
import de.globallokal.core.json.Json;
import de.globallokal.core.procurement.Label;
import de.globallokal.core.procurement.LabelInput;
import de.globallokal.core.procurement.ProductGroup;
import de.globallokal.core.procurement.ProductGroupInput;
import de.globallokal.support.outbox.AggregateCollection;
import de.globallokal.support.web.KeyedAggregates;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * The product groups and labels every city starts with
 * ({@code reference/procurement.json}, facts in our own words): each one whose key is not
 * on file is added at start, so staff may change or delete them and a new release adds
 * only what is new. Two instances starting at once add each one once, by the unique key.
 */
@Component
class ReferenceData implements ApplicationRunner {

    static final String ACTOR = "reference-data";

    private static final Logger log = LoggerFactory.getLogger(ReferenceData.class);

    private final AggregateCollection<ProductGroup> groups;

    private final AggregateCollection<Label> labels;

    private final Clock clock;

    ReferenceData(AggregateCollection<ProductGroup> groups, AggregateCollection<Label> labels, Clock clock) {
        this.groups = groups;
        this.labels = labels;
        this.clock = clock;
    }

    record Catalogue(List<ProductGroupInput> productGroups, List<LabelInput> labels) {
    }

    static Catalogue catalogue() {
        try (InputStream in = ReferenceData.class.getResourceAsStream("/reference/procurement.json")) {
            return Json.strict().readValue(in, Catalogue.class);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void run(ApplicationArguments args) {
        Catalogue catalogue = catalogue();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        int added = 0;
        for (ProductGroupInput group : catalogue.productGroups()) {
            if (KeyedAggregates.idOf(groups, group.key()).isEmpty()) {
                String id = UUID.randomUUID().toString();
                added += add(() -> groups.insertFirst(id, ProductGroupController.state(id, group, now, now), now,
                        EventTypes.PRODUCT_GROUP_UPSERTED, ACTOR, KeyedAggregates.lookup(group.key())));
            }
        }
        for (LabelInput label : catalogue.labels()) {
            if (KeyedAggregates.idOf(labels, label.key()).isEmpty()) {
                String id = UUID.randomUUID().toString();
                added += add(() -> labels.insertFirst(id, LabelController.state(id, label, now, now), now,
                        EventTypes.LABEL_UPSERTED, ACTOR, KeyedAggregates.lookup(label.key())));
            }
        }
        if (added > 0) {
            log.info("added {} product groups and labels of the reference set", added);
        }
    }

    private static int add(Runnable insert) {
        try {
            insert.run();
            return 1;
        }
        catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
            return 0; // another instance was quicker
        }
    }

}
