package de.globallokal.core.procurement;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The shares bought with a credible label, summed from the purchase records. Amounts are
 * added in minor units as booked: a city books in one currency.
 */
public final class ProcurementFigures {

    private ProcurementFigures() {
    }

    /**
     * What was bought of one product group in one year (by one department, or by all).
     *
     * @param target the share the council set for that year, if any
     */
    public record Share(String productGroup, String department, int year, long total, long certified, Integer target) {

        /** Percent bought with a label, one decimal; 0 when nothing was bought. */
        public double percent() {
            return total == 0 ? 0 : Math.round(certified * 1000.0 / total) / 10.0;
        }

        public Optional<Boolean> targetMet() {
            return target == null ? Optional.empty() : Optional.of(percent() >= target);
        }

    }

    /** Every product group with purchases, year by year, all departments together. */
    public static List<Share> byGroupAndYear(List<ProductGroup> groups, List<PurchaseRecord> purchases) {
        return sums(groups, purchases, record -> record.productGroup() + "|" + record.year(), null);
    }

    /** Every department's share of every group and year. */
    public static List<Share> byDepartment(List<ProductGroup> groups, List<PurchaseRecord> purchases) {
        return sums(groups, purchases,
                record -> record.productGroup() + "|" + record.year() + "|" + record.department(), "");
    }

    /** The years of one group, oldest first. */
    public static List<Share> trend(List<Share> shares, String productGroup) {
        return shares.stream()
            .filter(share -> share.productGroup().equals(productGroup))
            .sorted(Comparator.comparingInt(Share::year))
            .toList();
    }

    private static List<Share> sums(List<ProductGroup> groups, List<PurchaseRecord> purchases,
            Function<PurchaseRecord, String> by, String department) {
        Map<String, ProductGroup> groupByKey = groups.stream()
            .collect(Collectors.toMap(ProductGroup::key, group -> group, (a, b) -> a));
        Map<String, List<PurchaseRecord>> grouped = purchases.stream()
            .collect(Collectors.groupingBy(by, TreeMap::new, Collectors.toList()));
        List<Share> shares = new ArrayList<>();
        grouped.forEach((key, records) -> {
            PurchaseRecord first = records.getFirst();
            long total = records.stream().mapToLong(r -> r.total().amountMinor()).sum();
            long certified = records.stream().mapToLong(r -> r.certified().amountMinor()).sum();
            Integer target = Optional.ofNullable(groupByKey.get(first.productGroup()))
                .flatMap(group -> group.targetFor(first.year()))
                .map(ProcurementTarget::share)
                .orElse(null);
            shares.add(new Share(first.productGroup(), department == null ? null : first.department(), first.year(),
                    total, certified, target));
        });
        return shares;
    }

}
