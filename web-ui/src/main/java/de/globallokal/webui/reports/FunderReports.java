package de.globallokal.webui.reports;

import de.globallokal.core.calendar.Audience;
import de.globallokal.core.calendar.CalendarEvent;
import de.globallokal.core.calendar.EventCategory;
import de.globallokal.core.calendar.EventStatus;
import de.globallokal.core.calendar.Occurrence;
import de.globallokal.core.calendar.Seats;
import de.globallokal.core.partnership.Partnership;
import de.globallokal.core.project.Project;
import de.globallokal.support.projection.VersionedReadModel.Entry;
import de.globallokal.webui.projection.ActorReadModel;
import de.globallokal.webui.projection.EventReadModel;
import de.globallokal.webui.projection.PartnershipReadModel;
import de.globallokal.webui.projection.ProjectReadModel;
import de.globallokal.webui.reports.FunderReport.DateLine;
import de.globallokal.webui.reports.FunderReport.FundingLine;
import de.globallokal.webui.reports.FunderReport.MeasureLine;
import de.globallokal.webui.reports.FunderReport.ProjectLine;
import de.globallokal.webui.reports.FunderReport.Tally;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.stereotype.Service;

/** Works out funder reports from the read models. */
@Service
public class FunderReports {

    private final ZoneId office;

    private final EventReadModel events;

    private final PartnershipReadModel partnerships;

    private final ProjectReadModel projects;

    private final ActorReadModel actors;

    FunderReports(EventReadModel events, PartnershipReadModel partnerships, ProjectReadModel projects,
            ActorReadModel actors, Clock clock) {
        this.office = clock.getZone();
        this.events = events;
        this.partnerships = partnerships;
        this.projects = projects;
        this.actors = actors;
    }

    public FunderReport report(ReportScope scope) {
        Project project = scope.projectId() == null ? null
                : projects.findCurrent(scope.projectId()).map(Entry::state).orElse(null);
        String partnershipId = project != null ? project.partnershipId() : scope.partnershipId();

        List<DateLine> dates = new ArrayList<>();
        Set<String> organisers = new LinkedHashSet<>();
        Map<Integer, Tally> bySdg = new TreeMap<>();
        Map<String, Tally> byPartner = new TreeMap<>();
        int held = 0;
        int cancelled = 0;
        int participants = 0;
        int signUps = 0;
        int attended = 0;
        int walkIns = 0;
        int schoolSessions = 0;
        int schoolParticipants = 0;
        for (CalendarEvent event : events.current().stream().map(Entry::state).toList()) {
            if (!event.status().isPublic() || !inScope(event, scope, partnershipId)) {
                continue;
            }
            boolean school = event.audiences().contains(Audience.SCHOOLS)
                    || event.category() == EventCategory.GLOBAL_LEARNING && event.audiences().contains(Audience.YOUTH);
            String organiser = event.organiserId() == null ? null
                    : actors.findCurrent(event.organiserId()).map(e -> e.state().name()).orElse(null);
            for (Occurrence date : event.occurrences()) {
                var day = date.start().atZoneSameInstant(office).toLocalDate();
                if (day.isBefore(scope.from()) || day.isAfter(scope.to())) {
                    continue;
                }
                boolean off = date.cancelled() || event.status() == EventStatus.CANCELLED;
                Seats seats = off ? null : event.seatsOf(date.id()).orElse(null);
                int signedUp = seats == null ? 0 : seats.confirmed();
                int checkedIn = seats == null ? 0 : seats.attended();
                int walkedIn = seats == null ? 0 : seats.walkIns();
                int came = seats != null && seats.came() > 0 ? seats.came() : signedUp;
                dates.add(new DateLine(date.start(), event.title().de(), event.category().name(), off, school, signedUp,
                        checkedIn, walkedIn, came, organiser));
                if (off) {
                    cancelled++;
                    continue;
                }
                held++;
                participants += came;
                signUps += signedUp;
                attended += checkedIn;
                walkIns += walkedIn;
                if (school) {
                    schoolSessions++;
                    schoolParticipants += came;
                }
                if (organiser != null) {
                    organisers.add(organiser);
                }
                int counted = came;
                event.sdgs().forEach(goal -> bySdg.merge(goal, new Tally(1, counted), (a, b) -> a.plus(counted)));
                event.partnershipIds()
                    .forEach(id -> byPartner.merge(partnerName(id), new Tally(1, counted), (a, b) -> a.plus(counted)));
            }
        }
        dates.sort(Comparator.comparing(DateLine::start));
        return new FunderReport(scope, scopeName(scope, project, partnershipId), dates, held, cancelled, signUps,
                attended, walkIns, participants, schoolSessions, schoolParticipants, List.copyOf(organisers), bySdg,
                byPartner, projectLines(scope, project, partnershipId));
    }

    private static boolean inScope(CalendarEvent event, ReportScope scope, String partnershipId) {
        if (scope.projectId() != null) {
            return event.projectIds().contains(scope.projectId());
        }
        return partnershipId == null || event.partnershipIds().contains(partnershipId);
    }

    private List<ProjectLine> projectLines(ReportScope scope, Project only, String partnershipId) {
        List<Project> chosen = only != null ? List.of(only)
                : projects.current()
                    .stream()
                    .map(Entry::state)
                    .filter(p -> partnershipId == null || partnershipId.equals(p.partnershipId()))
                    .filter(p -> overlaps(p, scope))
                    .sorted(Comparator.comparing(p -> p.title().de()))
                    .toList();
        return chosen.stream()
            .map(p -> new ProjectLine(p.title().de(), partnerName(p.partnershipId()), p.status().name(),
                    p.funding()
                        .stream()
                        .map(f -> new FundingLine(f.funder(), f.programme(), f.amount(), period(f.from(), f.until())))
                        .toList(),
                    p.budget(), p.spent(),
                    p.measures()
                        .stream()
                        .map(m -> new MeasureLine(m.measure().de(), m.responsible(), m.progress(), m.status().name()))
                        .toList()))
            .toList();
    }

    private static boolean overlaps(Project project, ReportScope scope) {
        return (project.start() == null || !project.start().isAfter(scope.to()))
                && (project.end() == null || !project.end().isBefore(scope.from()));
    }

    private static String period(Object from, Object until) {
        return (from == null ? "…" : from.toString()) + " – " + (until == null ? "…" : until.toString());
    }

    private String partnerName(String partnershipId) {
        return partnershipId == null ? ""
                : partnerships.findCurrent(partnershipId)
                    .map(Entry::state)
                    .map(Partnership::partner)
                    .map(p -> p.name())
                    .orElse(partnershipId);
    }

    private String scopeName(ReportScope scope, Project project, String partnershipId) {
        if (project != null) {
            return project.title().de();
        }
        return partnershipId == null ? null : partnerName(Objects.requireNonNull(partnershipId));
    }

}
