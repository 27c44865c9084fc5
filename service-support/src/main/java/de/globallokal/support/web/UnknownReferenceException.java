package de.globallokal.support.web;

import java.util.List;

/** A well-formed request that names something that does not exist; answered with 422. */
public class UnknownReferenceException extends RuntimeException {

    private final transient List<FieldError> errors;

    public UnknownReferenceException(String field, String message) {
        super(message);
        this.errors = List.of(new FieldError(field, message));
    }

    public List<FieldError> errors() {
        return errors;
    }

}
