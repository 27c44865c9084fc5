package de.globallokal.core.procurement;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The stable key of a product group or a label, e.g. {@code coffee} or
 * {@code blauer-engel}: what a purchase CSV names and what stays when the name is
 * translated or corrected.
 */
@Documented
@Constraint(validatedBy = {})
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.TYPE_USE, ElementType.RECORD_COMPONENT,
        ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
@Size(max = 40)
@Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "{globallokal.validation.reference-key}")
public @interface ReferenceKey {

    String message() default "{globallokal.validation.reference-key}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

}
