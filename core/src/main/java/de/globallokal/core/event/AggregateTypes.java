package de.globallokal.core.event;

/** Values of the {@code aggregatetype} extension. */
public final class AggregateTypes {

    public static final String PARTNERSHIP = "partnership";

    public static final String CONTACT = "contact";

    public static final String ACTOR = "actor";

    public static final String PROJECT = "project";

    public static final String EVENT = "event";

    /** The seat counts of an event's dates, published apart from the event. */
    public static final String SEATS = "seats";

    public static final String PRODUCT_GROUP = "product-group";

    public static final String LABEL = "label";

    public static final String PURCHASE = "purchase";

    public static final String RESOLUTION = "resolution";

    public static final String BODY = "body";

    public static final String BUDGET_YEAR = "budget-year";

    public static final String PRESS_MENTION = "press-mention";

    private AggregateTypes() {
    }

}
