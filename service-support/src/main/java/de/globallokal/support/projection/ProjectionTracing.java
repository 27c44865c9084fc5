package de.globallokal.support.projection;

import de.globallokal.support.tracing.TraceContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;

/**
 * Marks every change that reached a read model with a span in the trace of the request
 * that made it, and logs it there, so an operator finds the whole way of one change by
 * its trace id.
 */
class ProjectionTracing {

    /**
     * A logger of its own, so operators switch on one line per change with
     * {@code LOGGING_LEVEL_DE_GLOBALLOKAL_TRACING=DEBUG}.
     */
    private static final Logger log = LoggerFactory.getLogger("de.globallokal.tracing");

    private final TraceContext trace;

    ProjectionTracing(TraceContext trace) {
        this.trace = trace;
    }

    @EventListener
    void on(ReadModelChanged changed) {
        trace.within(changed.traceparent(), "project " + changed.aggregateType(),
                () -> log.debug("{} {} at version {} reached the read model", changed.aggregateType(), changed.id(),
                        changed.version()));
    }

}
