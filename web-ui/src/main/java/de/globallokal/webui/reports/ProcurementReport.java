package de.globallokal.webui.reports;

import de.globallokal.core.procurement.ProcurementFigures;
import de.globallokal.core.procurement.ProcurementFigures.Share;
import de.globallokal.core.procurement.ProductGroup;
import de.globallokal.core.procurement.PurchaseRecord;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The yearly procurement report: for one year, the share bought with a credible label per
 * product group against its target, and per department within each group. Staff's report:
 * every record, published or not, examples marked.
 *
 * @param groups the product groups' names in the report's language, by key
 */
public record ProcurementReport(int year, List<Share> byGroup, List<Share> byDepartment, Map<String, String> groups,
        boolean examples) {

    public static ProcurementReport of(int year, List<ProductGroup> groups, List<PurchaseRecord> purchases,
            Locale locale) {
        List<PurchaseRecord> ofTheYear = purchases.stream().filter(p -> p.year() == year).toList();
        Map<String, String> names = groups.stream()
            .collect(Collectors.toMap(ProductGroup::key, g -> g.name().in(locale), (a, b) -> a));
        Comparator<Share> byName = Comparator.comparing(s -> names.getOrDefault(s.productGroup(), s.productGroup()));
        return new ProcurementReport(year,
                ProcurementFigures.byGroupAndYear(groups, ofTheYear).stream().sorted(byName).toList(),
                ProcurementFigures.byDepartment(groups, ofTheYear)
                    .stream()
                    .sorted(byName.thenComparing(Share::department))
                    .toList(),
                names, ofTheYear.stream().anyMatch(PurchaseRecord::example));
    }

    public String name(Share share) {
        return groups.getOrDefault(share.productGroup(), share.productGroup());
    }

    public boolean isEmpty() {
        return byGroup.isEmpty();
    }

}
