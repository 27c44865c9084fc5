package de.globallokal.support.web;

import java.time.Duration;

/** A caller used up its share for now; answered with 429 and when to try again. */
public class TooManyRequestsException extends RuntimeException {

    private final Duration retryAfter;

    public TooManyRequestsException(Duration retryAfter, String message) {
        super(message);
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }

}
