package de.globallokal.webui.procurement;

import de.globallokal.core.calendar.CalendarEvent;
import de.globallokal.core.calendar.EventCategory;
import de.globallokal.core.procurement.Label;
import de.globallokal.core.procurement.ProcurementFigures;
import de.globallokal.core.procurement.ProcurementFigures.Share;
import de.globallokal.core.procurement.ProductGroup;
import de.globallokal.core.procurement.PurchaseRecord;
import de.globallokal.support.projection.VersionedReadModel.Entry;
import de.globallokal.webui.procurement.FairtradeTown.Evidence;
import de.globallokal.webui.procurement.FairtradeTown.State;
import de.globallokal.webui.projection.ActorReadModel;
import de.globallokal.webui.projection.BodyReadModel;
import de.globallokal.webui.projection.EventReadModel;
import de.globallokal.webui.projection.LabelReadModel;
import de.globallokal.webui.projection.PressMentionReadModel;
import de.globallokal.webui.projection.ProductGroupReadModel;
import de.globallokal.webui.projection.PurchaseReadModel;
import de.globallokal.webui.projection.ResolutionReadModel;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * What the procurement pages show, read from the read models: the public sees only
 * published purchase records, staff all of them.
 */
@Component
public class ProcurementOverview {

    private final ProductGroupReadModel groups;

    private final PurchaseReadModel purchases;

    private final LabelReadModel labels;

    private final ResolutionReadModel resolutions;

    private final BodyReadModel bodies;

    private final ActorReadModel actors;

    private final EventReadModel events;

    private final PressMentionReadModel press;

    private final FairtradeTownProperties rules;

    private final Clock clock;

    ProcurementOverview(ProductGroupReadModel groups, PurchaseReadModel purchases, LabelReadModel labels,
            ResolutionReadModel resolutions, BodyReadModel bodies, ActorReadModel actors, EventReadModel events,
            PressMentionReadModel press, FairtradeTownProperties rules, Clock clock) {
        this.groups = groups;
        this.purchases = purchases;
        this.labels = labels;
        this.resolutions = resolutions;
        this.bodies = bodies;
        this.actors = actors;
        this.events = events;
        this.press = press;
        this.rules = rules;
        this.clock = clock;
    }

    public List<ProductGroup> groups() {
        return states(groups.current());
    }

    public List<PurchaseRecord> purchases(boolean staff) {
        return states(purchases.current()).stream().filter(record -> staff || record.published()).toList();
    }

    /**
     * The product groups and the purchase records a page shows, read once for the whole
     * page.
     */
    public Figures figures(boolean staff) {
        return new Figures(groups(), purchases(staff));
    }

    /** One reading of the groups and records, and what follows from it. */
    public record Figures(List<ProductGroup> groups, List<PurchaseRecord> purchases) {

        /** Every group with purchases, year by year. */
        public List<Share> byGroupAndYear() {
            return ProcurementFigures.byGroupAndYear(groups, purchases);
        }

        public List<Share> byDepartment() {
            return ProcurementFigures.byDepartment(groups, purchases);
        }

        /** Whether any figure shown is an example. */
        public boolean examples() {
            return purchases.stream().anyMatch(PurchaseRecord::example);
        }

    }

    public List<Label> labels() {
        return states(labels.current()).stream().sorted(Comparator.comparing(Label::name)).toList();
    }

    public List<State> fairtradeTown(Locale locale) {
        List<CalendarEvent> fairTrade = states(events.upcomingPublic(clock.instant().minus(Duration.ofDays(365))))
            .stream()
            .filter(event -> event.category() == EventCategory.FAIR_TRADE_MARKET)
            .toList();
        return FairtradeTown.assess(new Evidence(states(resolutions.current()), states(bodies.current()),
                states(actors.current()), fairTrade, states(press.current())), rules, LocalDate.now(clock), locale);
    }

    public boolean populationKnown() {
        return rules.population() != null;
    }

    private static <T> List<T> states(List<Entry<T>> entries) {
        return entries.stream().map(Entry::state).toList();
    }

}
