package de.globallokal.webui.projection;

import de.globallokal.core.event.AggregateTypes;
import de.globallokal.core.structures.PolicyArea;
import de.globallokal.core.structures.Resolution;
import de.globallokal.support.projection.VersionedReadModel;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/** Council resolutions; pages list them newest first. */
@Component
public class ResolutionReadModel extends VersionedReadModel<Resolution> {

    ResolutionReadModel(MongoTemplate mongo) {
        super(mongo.getDb(), "resolutions", Resolution.class, AggregateTypes.RESOLUTION, "data.date");
    }

    /** The resolutions on any of these areas, newest first. */
    public List<Resolution> about(List<PolicyArea> areas) {
        return newestFirst(r -> r.areas().stream().anyMatch(areas::contains));
    }

    /**
     * The resolutions that concern a partnership or a project (either may be null),
     * newest first.
     */
    public List<Resolution> concerning(String partnershipId, String projectId) {
        // immutable lists refuse to look for null
        return newestFirst(r -> partnershipId != null && r.partnershipIds().contains(partnershipId)
                || projectId != null && r.projectIds().contains(projectId));
    }

    private List<Resolution> newestFirst(Predicate<Resolution> which) {
        return current().stream()
            .map(Entry::state)
            .filter(which)
            .sorted(Comparator.comparing(Resolution::date).reversed())
            .toList();
    }

}
