package de.globallokal.core.event;

/** Kafka topic names; one topic per owning service, keyed by aggregate id. */
public final class Topics {

    public static final String PARTNERSHIPS = "globallokal.partnerships";

    public static final String EVENTS = "globallokal.events";

    /**
     * Suffix of the dead-letter topic that receives records a consumer could not process.
     */
    public static final String DEAD_LETTER_SUFFIX = ".DLT";

    public static final int PARTITIONS = 3;

    private Topics() {
    }

    public static String deadLetter(String topic) {
        return topic + DEAD_LETTER_SUFFIX;
    }

}
