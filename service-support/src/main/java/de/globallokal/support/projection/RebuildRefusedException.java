package de.globallokal.support.projection;

import de.globallokal.support.web.ConflictException;

/**
 * A rebuild asked for while its projector holds no partition; nothing was dropped.
 * Answered with 409.
 */
public class RebuildRefusedException extends ConflictException {

    public RebuildRefusedException() {
        super("the projector holds no partition of its topic right now (stopped, starting or rebalancing); "
                + "nothing was dropped, try again in a moment");
    }

}
