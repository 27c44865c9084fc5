package de.globallokal.support.divergence;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * How a copy (a read model, a replica) differs from its owner, aggregate by aggregate: an
 * aggregate the copy lacks, one only the copy has, or one at another version or deletion.
 * Empty when the copy is exactly the owner's state.
 */
public record Divergence(String aggregateType, int owned, int copied, List<Difference> differences) {

    /** Enough to act on; the count says how many there are in all. */
    public static final int SHOWN = 100;

    /** One aggregate that differs; null where a side does not have it. */
    public record Difference(String id, AggregateVersion owner, AggregateVersion copy) {
    }

    public static Divergence between(String aggregateType, Collection<AggregateVersion> owner,
            Collection<AggregateVersion> copy) {
        Map<String, AggregateVersion> owners = byId(owner);
        Map<String, AggregateVersion> copies = byId(copy);
        TreeSet<String> ids = new TreeSet<>(owners.keySet());
        ids.addAll(copies.keySet());
        List<Difference> differences = new ArrayList<>();
        for (String id : ids) {
            AggregateVersion mine = owners.get(id);
            AggregateVersion theirs = copies.get(id);
            if (!same(mine, theirs)) {
                differences.add(new Difference(id, mine, theirs));
            }
        }
        return new Divergence(aggregateType, owners.size(), copies.size(), differences);
    }

    public boolean none() {
        return differences.isEmpty();
    }

    /** The first {@link #SHOWN} differences. */
    public List<Difference> shown() {
        return differences.subList(0, Math.min(SHOWN, differences.size()));
    }

    private static boolean same(AggregateVersion owner, AggregateVersion copy) {
        // deletions are kept on both sides (the owner's document, the copy's tombstone)
        return owner != null && copy != null && owner.version() == copy.version() && owner.deleted() == copy.deleted();
    }

    private static Map<String, AggregateVersion> byId(Collection<AggregateVersion> versions) {
        return versions.stream()
            .collect(Collectors.toMap(AggregateVersion::id, Function.identity(), (a, b) -> a, TreeMap::new));
    }

}
