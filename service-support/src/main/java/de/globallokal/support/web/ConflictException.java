package de.globallokal.support.web;

/**
 * A change the current state forbids, e.g. deleting what others still refer to; answered
 * with 409.
 */
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }

}
