package de.globallokal.support.tracing;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The W3C trace context in and out of an envelope: the {@code traceparent} of the span
 * that is current while a change is written, and a span of its own, in that trace, for
 * each place the change reaches later.
 */
public class TraceContext {

    static final String TRACEPARENT = "traceparent";

    private static final Pattern W3C = Pattern.compile("[0-9a-f]{2}-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}");

    private final Tracer tracer;

    private final Propagator propagator;

    public TraceContext(Tracer tracer, Propagator propagator) {
        this.tracer = tracer;
        this.propagator = propagator;
    }

    /** The {@code traceparent} of the current span; null outside a trace. */
    public String current() {
        Span span = tracer.currentSpan();
        if (span == null) {
            return null;
        }
        Map<String, String> carrier = new HashMap<>();
        propagator.inject(span.context(), carrier, Map::put);
        return carrier.get(TRACEPARENT);
    }

    /**
     * Runs {@code work} in a new span named {@code name}, a child of {@code traceparent};
     * without a readable one, in a span of a new trace (a change made before tracing, or
     * by a producer that does not trace).
     */
    public void within(String traceparent, String name, Runnable work) {
        Span span = (traceparent != null && W3C.matcher(traceparent).matches()
                ? propagator.extract(Map.of(TRACEPARENT, traceparent), Map::get) : tracer.spanBuilder().setNoParent())
            .name(name)
            .kind(Span.Kind.CONSUMER)
            .start();
        try (Tracer.SpanInScope scope = tracer.withSpan(span)) {
            work.run();
        }
        finally {
            span.end();
        }
    }

}
