package de.globallokal.partnerships.procurement;

import de.globallokal.core.procurement.Label;
import de.globallokal.core.procurement.ProductGroup;
import de.globallokal.support.outbox.AggregateCollection;
import de.globallokal.support.web.KeyedAggregates;
import de.globallokal.support.web.UnknownReferenceException;
import java.util.List;
import org.springframework.stereotype.Component;

/** Checks that the product groups and labels a record names by key exist (422 if not). */
@Component
class ProcurementReferences {

    private final AggregateCollection<ProductGroup> groups;

    private final AggregateCollection<Label> labels;

    ProcurementReferences(AggregateCollection<ProductGroup> groups, AggregateCollection<Label> labels) {
        this.groups = groups;
        this.labels = labels;
    }

    boolean hasGroup(String key) {
        return KeyedAggregates.idOf(groups, key).isPresent();
    }

    boolean hasLabel(String key) {
        return KeyedAggregates.idOf(labels, key).isPresent();
    }

    void requireGroup(String field, String key) {
        if (key != null && !hasGroup(key)) {
            throw new UnknownReferenceException(field, "no product group " + key);
        }
    }

    void requireGroups(String field, List<String> keys) {
        for (int i = 0; keys != null && i < keys.size(); i++) {
            requireGroup(field + "[" + i + "]", keys.get(i));
        }
    }

    void requireLabels(String field, List<String> keys) {
        for (int i = 0; keys != null && i < keys.size(); i++) {
            if (!hasLabel(keys.get(i))) {
                throw new UnknownReferenceException(field + "[" + i + "]", "no label " + keys.get(i));
            }
        }
    }

}
