package de.globallokal.webui.projection;

import de.globallokal.core.event.AggregateTypes;
import de.globallokal.core.procurement.ProductGroup;
import de.globallokal.support.projection.VersionedReadModel;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/** The product groups the city buys, with their targets, by key. */
@Component
public class ProductGroupReadModel extends VersionedReadModel<ProductGroup> {

    ProductGroupReadModel(MongoTemplate mongo) {
        super(mongo.getDb(), "product_groups", ProductGroup.class, AggregateTypes.PRODUCT_GROUP, "data.key");
    }

    /** Every group's key with its name in the reader's language, in name order. */
    public Map<String, String> names(Locale locale) {
        Map<String, String> names = new LinkedHashMap<>();
        current().stream()
            .map(Entry::state)
            .sorted(Comparator.comparing((ProductGroup group) -> group.name().in(locale)))
            .forEach(group -> names.put(group.key(), group.name().in(locale)));
        return names;
    }

}
