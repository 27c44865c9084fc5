package de.globallokal.webui.procurement;

import de.globallokal.core.contact.ContactPoint;
import de.globallokal.core.structures.Body;
import de.globallokal.core.structures.BudgetYear;
import de.globallokal.core.structures.PolicyArea;
import de.globallokal.core.structures.Resolution;
import de.globallokal.support.projection.VersionedReadModel.Entry;
import de.globallokal.webui.projection.BodyReadModel;
import de.globallokal.webui.projection.BudgetYearReadModel;
import de.globallokal.webui.projection.ContactReadModel;
import de.globallokal.webui.projection.ResolutionReadModel;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** What the structures page shows, read from the read models. */
@Component
public class StructuresOverview {

    private final ResolutionReadModel resolutions;

    private final BodyReadModel bodies;

    private final BudgetYearReadModel budget;

    private final ContactReadModel contacts;

    private final Clock clock;

    StructuresOverview(ResolutionReadModel resolutions, BodyReadModel bodies, BudgetYearReadModel budget,
            ContactReadModel contacts, Clock clock) {
        this.resolutions = resolutions;
        this.bodies = bodies;
        this.budget = budget;
        this.contacts = contacts;
        this.clock = clock;
    }

    /** Resolutions on these areas, newest first. */
    public List<Resolution> resolutions(List<PolicyArea> areas) {
        return resolutions.about(areas);
    }

    public List<Body> bodies() {
        return bodies.current().stream().map(Entry::state).toList();
    }

    public Map<String, ContactPoint> contacts() {
        return contacts.current()
            .stream()
            .map(Entry::state)
            .collect(Collectors.toMap(ContactPoint::id, contact -> contact, (a, b) -> a));
    }

    /** The budget line, newest year first. */
    public List<BudgetYear> budget() {
        return budget.current()
            .stream()
            .map(Entry::state)
            .sorted(Comparator.comparingInt(BudgetYear::year).reversed())
            .toList();
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

}
