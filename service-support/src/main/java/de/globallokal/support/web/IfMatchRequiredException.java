package de.globallokal.support.web;

/** A change came without the version it was made on; answered with 428. */
public class IfMatchRequiredException extends RuntimeException {

    public IfMatchRequiredException() {
        super("If-Match required");
    }

}
