package de.globallokal.webui.projection;

import com.vaadin.flow.shared.Registration;
import de.globallokal.support.projection.ReadModelChanged;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The changes the projectors apply, as they happen, for open staff dashboards: each one
 * subscribes while attached and pushes what arrives into its page. The last few are kept
 * so a dashboard opened now starts with something. What another instance applied arrives
 * through {@link SharedLiveFeed}.
 */
@Component
public class LiveFeed {

    static final int KEPT = 20;

    public static final int KEPT_SHOWN = 50;

    private final Set<Consumer<Change>> subscribers = ConcurrentHashMap.newKeySet();

    private final Deque<Change> recent = new ArrayDeque<>();

    private final Clock clock;

    LiveFeed(Clock clock) {
        this.clock = clock;
    }

    /**
     * One applied change: which aggregate, which version, when it became visible here.
     */
    public record Change(Instant at, String aggregateType, String id, long version, boolean deleted) {
    }

    @EventListener
    void on(ReadModelChanged changed) {
        deliver(new Change(clock.instant(), changed.aggregateType(), changed.id(), changed.version(),
                changed.deleted()));
    }

    /** A change applied here or, told by {@link SharedLiveFeed}, on another instance. */
    void deliver(Change change) {
        synchronized (recent) {
            recent.addFirst(change);
            while (recent.size() > KEPT) {
                recent.removeLast();
            }
        }
        subscribers.forEach(subscriber -> subscriber.accept(change));
    }

    public Registration subscribe(Consumer<Change> subscriber) {
        subscribers.add(subscriber);
        return () -> subscribers.remove(subscriber);
    }

    /**
     * Runs {@code then} once the read models hold this version of the aggregate (or a
     * later one) — at once if they already do. For editors that tell their user when a
     * saved change has reached the lists.
     */
    public Registration onceApplied(String aggregateType, String id, long version, Runnable then) {
        AtomicBoolean done = new AtomicBoolean();
        Predicate<Change> reached = change -> change.aggregateType().equals(aggregateType) && change.id().equals(id)
                && change.version() >= version;
        Consumer<Change> watcher = change -> {
            if (reached.test(change) && done.compareAndSet(false, true)) {
                then.run();
            }
        };
        Registration registration = subscribe(watcher);
        if (recent().stream().anyMatch(reached) && done.compareAndSet(false, true)) {
            then.run();
        }
        return registration;
    }

    /** Newest first. */
    public List<Change> recent() {
        synchronized (recent) {
            return List.copyOf(recent);
        }
    }

}
