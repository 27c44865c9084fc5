package de.globallokal.core.procurement;

import com.fasterxml.jackson.annotation.JsonInclude;
import de.globallokal.core.value.LocalizedText;
import java.time.Instant;
import java.util.List;

/**
 * The full state of a label or procurement criterion as carried in
 * {@code label.upserted.v1} events.
 *
 * @param certifies what a product carrying it has been checked for
 * @param productGroups the keys of the product groups it applies to
 * @param credibility why a buyer may rely on it (or where to be careful)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Label(String id, String key, String name, String issuer, LabelKind kind, LocalizedText certifies,
        List<String> productGroups, LocalizedText credibility, String website, Instant created, Instant modified) {

    public Label {
        productGroups = productGroups == null ? List.of() : List.copyOf(productGroups);
    }

}
