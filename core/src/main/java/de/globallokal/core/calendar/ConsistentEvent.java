package de.globallokal.core.calendar;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.DateTimeException;
import java.time.ZoneId;

/**
 * The rules of a valid event that span fields, which a constraint on one field cannot
 * say; each broken rule is reported on the field to fix.
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ConsistentEvent.Validator.class)
public @interface ConsistentEvent {

    String message() default "{globallokal.validation.event}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<ConsistentEvent, EventInput> {

        @Override
        public boolean isValid(EventInput input, ConstraintValidatorContext context) {
            if (input == null) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            Violations violations = new Violations(context);
            if (input.start() != null && input.end() != null) {
                boolean endsBefore = input.isAllDay() ? input.end().toLocalDate().isBefore(input.start().toLocalDate())
                        : !input.end().isAfter(input.start());
                violations.check(!endsBefore, "end", "end-after-start");
            }
            violations.check(input.zone() == null || isZone(input.zone()), "zone", "zone");
            violations.check(input.status() != EventStatus.SCHEDULED || input.publishAt() != null, "publishAt",
                    "publish-at");
            boolean needsNotice = input.status() == EventStatus.POSTPONED || input.status() == EventStatus.CANCELLED;
            violations.check(!needsNotice || input.statusNote() != null && !input.statusNote().isEmpty(), "statusNote",
                    "status-note");
            if (input.registration() != null && input.registration().closes() != null && input.start() != null
                    && input.recurrence() == null && input.registration().closes().isAfter(input.start())) {
                violations.add("registration", "closes", "closes-before-start");
            }
            violations.check(input.recurrence() != null || input.changes().isEmpty(), "occurrenceChanges",
                    "changes-need-series");
            for (int i = 0; i < input.changes().size(); i++) {
                OccurrenceChange change = input.changes().get(i);
                if (change.start() != null && change.end() != null && !change.end().isAfter(change.start())) {
                    violations.addInList("occurrenceChanges", i, "end", "end-after-start");
                }
            }
            return violations.none();
        }

        private static boolean isZone(String zone) {
            try {
                ZoneId.of(zone);
                return true;
            }
            catch (DateTimeException e) {
                return false;
            }
        }

    }

    /**
     * The broken rules, each on its field, with the message of
     * {@code globallokal.validation.<key>}.
     */
    final class Violations {

        private final ConstraintValidatorContext context;

        private boolean none = true;

        Violations(ConstraintValidatorContext context) {
            this.context = context;
        }

        void check(boolean kept, String field, String key) {
            if (!kept) {
                none = false;
                context.buildConstraintViolationWithTemplate(template(key))
                    .addPropertyNode(field)
                    .addConstraintViolation();
            }
        }

        void add(String field, String child, String key) {
            none = false;
            context.buildConstraintViolationWithTemplate(template(key))
                .addPropertyNode(field)
                .addPropertyNode(child)
                .addConstraintViolation();
        }

        void addInList(String list, int index, String field, String key) {
            none = false;
            context.buildConstraintViolationWithTemplate(template(key))
                .addPropertyNode(list)
                .addPropertyNode(field)
                .inIterable()
                .atIndex(index)
                .addConstraintViolation();
        }

        boolean none() {
            return none;
        }

        private static String template(String key) {
            return "{globallokal.validation." + key + "}";
        }

    }

}
