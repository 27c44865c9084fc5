package de.globallokal.support.projection;

/**
 * A record no retry can make readable: not an envelope, or of an aggregate type this
 * projector neither projects nor ignores. It goes to the dead-letter topic at once; every
 * other failure is retried until it passes.
 */
public class UnreadableRecordException extends RuntimeException {

    public UnreadableRecordException(String message) {
        super(message);
    }

    public UnreadableRecordException(String message, Throwable cause) {
        super(message, cause);
    }

}
