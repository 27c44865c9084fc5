package de.globallokal.core.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The two ways GlobalLokal reads JSON. Input from people is read {@link #strict()
 * strictly} (unknown fields are an error); events are read {@link #tolerant()
 * tolerantly}, because a producer may add fields within a {@code v1} type and older
 * consumers must keep working.
 */
public final class Json {

    private static final ObjectMapper STRICT = base().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .build();

    // a field an older producer did not send yet reads as its default (false, 0), as
    // Jackson 2 did
    private static final ObjectMapper TOLERANT = base().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .build();

    private Json() {
    }

    public static ObjectMapper strict() {
        return STRICT;
    }

    public static ObjectMapper tolerant() {
        return TOLERANT;
    }

    private static JsonMapper.Builder base() {
        return JsonMapper.builder()
            .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
            // an event's local offset (+01:00 in winter, +02:00 in summer) is part of its
            // meaning
            .disable(DateTimeFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .changeDefaultPropertyInclusion(inclusion -> inclusion.withValueInclusion(JsonInclude.Include.NON_NULL)
                .withContentInclusion(JsonInclude.Include.NON_NULL));
    }

}
