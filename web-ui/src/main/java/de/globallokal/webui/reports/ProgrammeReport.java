package de.globallokal.webui.reports;

import de.globallokal.core.project.ActionProgramme;
import de.globallokal.core.project.FieldOfAction;
import de.globallokal.core.project.FundingLine;
import de.globallokal.core.project.MeasureBudget;
import de.globallokal.core.project.Money;
import de.globallokal.core.project.Objective;
import de.globallokal.core.project.ProgrammeIndicator;
import de.globallokal.core.project.ProgrammeMeasure;
import de.globallokal.core.project.ProgressNote;
import de.globallokal.core.project.Project;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The yearly progress report of a joint action programme for the funder: per objective
 * its measures and their state, its indicators against their targets as of the year's
 * end, spending against budget per funding line, and the notes written in the year.
 *
 * @param objectives in the programme's order
 * @param money per funding line of the project: its amount, what the measures plan and
 * have spent from it
 */
public record ProgrammeReport(Project project, int year, List<ObjectiveLine> objectives, List<MoneyLine> money) {

    public record ObjectiveLine(FieldOfAction field, Objective objective, Integer progress, List<MeasureLine> measures,
            List<IndicatorLine> indicators) {
    }

    public record MeasureLine(ProgrammeMeasure measure, Integer progress, List<ProgressNote> notesOfTheYear) {
    }

    /**
     * @param asOf the newest reading up to the year's end, if any
     * @param progress the way from baseline to target that reading stands for
     */
    public record IndicatorLine(ProgrammeIndicator indicator, Optional<ProgrammeIndicator.Reading> asOf,
            Integer progress) {
    }

    public record MoneyLine(String funder, String programme, Money amount, Money planned, Money spent) {
    }

    /** The report of {@code project}'s programme for {@code year}; empty without one. */
    public static Optional<ProgrammeReport> of(Project project, int year) {
        ActionProgramme programme = project.programme();
        if (programme == null || programme.fields().isEmpty()) {
            return Optional.empty();
        }
        LocalDate yearEnd = LocalDate.of(year, 12, 31);
        List<ObjectiveLine> objectives = new ArrayList<>();
        for (FieldOfAction field : programme.fields()) {
            for (Objective objective : field.objectives()) {
                List<MeasureLine> measures = objective.measures()
                    .stream()
                    .map(m -> new MeasureLine(m, programme.progressOf(m),
                            m.notes()
                                .stream()
                                .filter(n -> n.date().getYear() == year)
                                .sorted(Comparator.comparing(ProgressNote::date))
                                .toList()))
                    .toList();
                List<IndicatorLine> indicators = programme.indicatorsUnder(objective)
                    .stream()
                    .map(i -> asOf(i, yearEnd))
                    .toList();
                objectives
                    .add(new ObjectiveLine(field, objective, programme.progressOf(objective), measures, indicators));
            }
        }
        return Optional.of(new ProgrammeReport(project, year, objectives, money(project)));
    }

    /** The indicator as it stood at the year's end: later readings do not count. */
    private static IndicatorLine asOf(ProgrammeIndicator indicator, LocalDate yearEnd) {
        ProgrammeIndicator then = new ProgrammeIndicator(indicator.id(), indicator.name(), indicator.unit(),
                indicator.baseline(), indicator.target(), indicator.objectiveId(), indicator.measureId(),
                indicator.values().stream().filter(r -> !r.date().isAfter(yearEnd)).toList(),
                indicator.exampleFigures());
        return new IndicatorLine(indicator, then.latest(), then.progress());
    }

    /** Each measure's money counts on the first of the project's lines it draws on. */
    private static List<MoneyLine> money(Project project) {
        Map<FundingLine, Spending> sums = new LinkedHashMap<>();
        project.funding().forEach(line -> sums.put(line, Spending.none(line.amount().currency())));
        project.programme()
            .allMeasures()
            .stream()
            .flatMap(m -> m.budget().stream())
            // the service refuses a budget of no line; an old state may hold one
            .forEach(budget -> project.funding()
                .stream()
                .filter(budget::drawsOn)
                .findFirst()
                .ifPresent(line -> sums.computeIfPresent(line, (l, sum) -> sum.plus(budget))));
        return sums.entrySet()
            .stream()
            .map(e -> new MoneyLine(e.getKey().funder(), e.getKey().programme(), e.getKey().amount(),
                    e.getValue().planned(), e.getValue().spent()))
            .toList();
    }

    private record Spending(Money planned, Money spent) {

        static Spending none(String currency) {
            return new Spending(new Money(0L, currency), new Money(0L, currency));
        }

        Spending plus(MeasureBudget budget) {
            return new Spending(add(planned, budget.planned()), add(spent, budget.spent()));
        }

        private static Money add(Money sum, Money more) {
            return more == null || !more.currency().equals(sum.currency()) ? sum
                    : new Money(sum.amountMinor() + more.amountMinor(), sum.currency());
        }
    }

}
