package de.globallokal.support.projection;

import de.globallokal.support.web.ConflictException;
import java.time.Instant;

/**
 * A rebuild asked for while one of the same topic runs, here or on another instance;
 * nothing was changed. Answered with 409.
 */
public class RebuildRefusedException extends ConflictException {

    public RebuildRefusedException(String topic, Instant since) {
        super("a rebuild of " + topic + " is running since " + since + "; nothing was changed, "
                + "the read models stay as they are until it switches to what it built");
    }

}
