package de.globallokal.partnerships.project;

import de.globallokal.core.project.FundingLine;
import de.globallokal.core.project.MeasureBudget;
import de.globallokal.core.project.ProjectInput;
import de.globallokal.core.sdg.SdgCatalogue;
import de.globallokal.support.web.FieldError;
import java.util.ArrayList;
import java.util.List;

/** The rules that span fields, which bean validation cannot say on one field. */
final class ProjectRules {

    private ProjectRules() {
    }

    static List<FieldError> check(ProjectInput input) {
        List<FieldError> errors = new ArrayList<>();
        if (input.start() != null && input.end() != null && input.end().isBefore(input.start())) {
            errors.add(new FieldError("end", "must not be before start"));
        }
        List<String> targets = input.sdgTargets() == null ? List.of() : input.sdgTargets();
        List<Integer> goals = input.sdgs() == null ? List.of() : input.sdgs();
        for (int i = 0; i < targets.size(); i++) {
            String target = targets.get(i);
            if (!SdgCatalogue.isTarget(target)) {
                errors.add(new FieldError("sdgTargets[" + i + "]", "is no SDG target such as 13.1 or 11.b"));
            }
            else if (!goals.contains(Integer.parseInt(target.substring(0, target.indexOf('.'))))) {
                errors.add(new FieldError("sdgTargets[" + i + "]", "belongs to a goal that is not among sdgs"));
            }
        }
        if (input.funding() != null) {
            for (int i = 0; i < input.funding().size(); i++) {
                var line = input.funding().get(i);
                if (line.from() != null && line.until() != null && line.until().isBefore(line.from())) {
                    errors.add(new FieldError("funding[" + i + "].until", "must not be before from"));
                }
            }
        }
        errors.addAll(budgetLines(input));
        if (input.budget() != null && input.spent() != null
                && !input.budget().currency().equals(input.spent().currency())) {
            errors.add(new FieldError("spent.currency", "must be the budget's currency"));
        }
        return errors;
    }

    /** A measure's money comes from one of the project's own funding lines. */
    private static List<FieldError> budgetLines(ProjectInput input) {
        List<FieldError> errors = new ArrayList<>();
        if (input.programme() == null) {
            return errors;
        }
        List<FundingLine> funding = input.funding() == null ? List.of() : input.funding();
        var fields = input.programme().fields();
        for (int f = 0; f < fields.size(); f++) {
            var objectives = fields.get(f).objectives();
            for (int o = 0; o < objectives.size(); o++) {
                var measures = objectives.get(o).measures();
                for (int m = 0; m < measures.size(); m++) {
                    var budget = measures.get(m).budget();
                    for (int b = 0; b < budget.size(); b++) {
                        MeasureBudget line = budget.get(b);
                        boolean known = funding.stream().anyMatch(line::drawsOn);
                        if (!known) {
                            errors
                                .add(new FieldError(
                                        "programme.fields[" + f + "].objectives[" + o + "].measures[" + m + "].budget["
                                                + b + "].funder",
                                        "must be the funder of one of the project's funding lines"));
                        }
                    }
                }
            }
        }
        return errors;
    }

}
