package de.globallokal.core.project;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderCustomizableContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderDefinedContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rules of a programme that span its parts: every id once, every indicator tied to
 * exactly one objective or measure that exists, dates in order, a budget in one currency.
 * Each broken rule is reported on the field to fix, e.g.
 * {@code programme.fields[0].objectives[1].measures[2].due}.
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ConsistentProgramme.Validator.class)
public @interface ConsistentProgramme {

    String message() default "{globallokal.validation.programme}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<ConsistentProgramme, ActionProgramme> {

        private static final Pattern STEP = Pattern.compile("([A-Za-z]+)(?:\\[(\\d+)])?");

        @Override
        public boolean isValid(ActionProgramme programme, ConstraintValidatorContext context) {
            if (programme == null) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            boolean valid = true;
            Set<String> ids = new HashSet<>();
            Set<String> objectives = new HashSet<>();
            Set<String> measures = new HashSet<>();
            for (int f = 0; f < programme.fields().size(); f++) {
                FieldOfAction field = programme.fields().get(f);
                String fieldPath = "fields[" + f + "]";
                valid &= unique(ids, field.id(), fieldPath + ".id", context);
                for (int o = 0; o < field.objectives().size(); o++) {
                    Objective objective = field.objectives().get(o);
                    String objectivePath = fieldPath + ".objectives[" + o + "]";
                    valid &= unique(ids, objective.id(), objectivePath + ".id", context);
                    objectives.add(objective.id());
                    for (int m = 0; m < objective.measures().size(); m++) {
                        ProgrammeMeasure measure = objective.measures().get(m);
                        String measurePath = objectivePath + ".measures[" + m + "]";
                        valid &= unique(ids, measure.id(), measurePath + ".id", context);
                        measures.add(measure.id());
                        valid &= measureInOrder(measure, measurePath, context);
                    }
                }
            }
            for (int i = 0; i < programme.indicators().size(); i++) {
                ProgrammeIndicator indicator = programme.indicators().get(i);
                String path = "indicators[" + i + "]";
                valid &= unique(ids, indicator.id(), path + ".id", context);
                boolean toObjective = indicator.objectiveId() != null;
                boolean toMeasure = indicator.measureId() != null;
                if (toObjective == toMeasure) {
                    valid = report(context, "indicator-link", path + ".objectiveId");
                }
                else if (toObjective && !objectives.contains(indicator.objectiveId())) {
                    valid = report(context, "unknown-part", path + ".objectiveId");
                }
                else if (toMeasure && !measures.contains(indicator.measureId())) {
                    valid = report(context, "unknown-part", path + ".measureId");
                }
                if (indicator.baseline() != null && indicator.target() != null
                        && indicator.target().date().isBefore(indicator.baseline().date())) {
                    valid = report(context, "target-after-baseline", path + ".target.date");
                }
            }
            return valid;
        }

        private static boolean measureInOrder(ProgrammeMeasure measure, String path,
                ConstraintValidatorContext context) {
            boolean valid = true;
            if (measure.start() != null && measure.due() != null && measure.due().isBefore(measure.start())) {
                valid = report(context, "due-after-start", path + ".due");
            }
            for (int b = 0; b < measure.budget().size(); b++) {
                MeasureBudget line = measure.budget().get(b);
                if (line.planned() != null && line.spent() != null
                        && !line.planned().currency().equals(line.spent().currency())) {
                    valid = report(context, "same-currency", path + ".budget[" + b + "].spent.currency");
                }
            }
            Set<String> notes = new HashSet<>();
            for (int n = 0; n < measure.notes().size(); n++) {
                valid &= unique(notes, measure.notes().get(n).id(), path + ".notes[" + n + "].id", context);
            }
            return valid;
        }

        private static boolean unique(Set<String> seen, String id, String path, ConstraintValidatorContext context) {
            return id == null || seen.add(id) || report(context, "unique-id", path);
        }

        /**
         * Reports the broken rule at a path such as {@code fields[0].objectives[1].id}.
         */
        private static boolean report(ConstraintValidatorContext context, String key, String path) {
            ConstraintViolationBuilder violation = context
                .buildConstraintViolationWithTemplate("{globallokal.validation." + key + "}");
            NodeBuilderCustomizableContext plain = null;
            NodeBuilderDefinedContext listed = null;
            Integer index = null;
            for (String step : path.split("\\.")) {
                Matcher parts = STEP.matcher(step);
                if (!parts.matches()) {
                    throw new IllegalArgumentException(path);
                }
                NodeBuilderCustomizableContext added = listed != null ? listed.addPropertyNode(parts.group(1))
                        : plain != null ? plain.addPropertyNode(parts.group(1))
                                : violation.addPropertyNode(parts.group(1));
                // an index belongs to the list the step before named: a[0].b is b of a's
                // 0th
                if (index != null) {
                    listed = added.inIterable().atIndex(index);
                    plain = null;
                }
                else {
                    plain = added;
                    listed = null;
                }
                index = parts.group(2) == null ? null : Integer.parseInt(parts.group(2));
            }
            if (listed != null) {
                listed.addConstraintViolation();
            }
            else if (plain != null) {
                plain.addConstraintViolation();
            }
            return false;
        }

    }

}
