package de.globallokal.core.event;

/**
 * Logical event type names. They never name a Java class, so renaming code never breaks a
 * consumer. Within {@code v1} only additive changes are allowed.
 */
public final class EventTypes {

    public static final String PARTNERSHIP_UPSERTED = "partnership.upserted.v1";

    public static final String PARTNERSHIP_DELETED = "partnership.deleted.v1";

    public static final String CONTACT_UPSERTED = "contact.upserted.v1";

    public static final String CONTACT_DELETED = "contact.deleted.v1";

    public static final String ACTOR_UPSERTED = "actor.upserted.v1";

    public static final String ACTOR_DELETED = "actor.deleted.v1";

    public static final String PROJECT_UPSERTED = "project.upserted.v1";

    public static final String PROJECT_DELETED = "project.deleted.v1";

    public static final String EVENT_UPSERTED = "event.upserted.v1";

    public static final String EVENT_DELETED = "event.deleted.v1";

    public static final String SEATS_UPSERTED = "seats.upserted.v1";

    public static final String SEATS_DELETED = "seats.deleted.v1";

    public static final String PRODUCT_GROUP_UPSERTED = "product-group.upserted.v1";

    public static final String PRODUCT_GROUP_DELETED = "product-group.deleted.v1";

    public static final String LABEL_UPSERTED = "label.upserted.v1";

    public static final String LABEL_DELETED = "label.deleted.v1";

    public static final String PURCHASE_UPSERTED = "purchase.upserted.v1";

    public static final String PURCHASE_DELETED = "purchase.deleted.v1";

    public static final String RESOLUTION_UPSERTED = "resolution.upserted.v1";

    public static final String RESOLUTION_DELETED = "resolution.deleted.v1";

    public static final String BODY_UPSERTED = "body.upserted.v1";

    public static final String BODY_DELETED = "body.deleted.v1";

    public static final String BUDGET_YEAR_UPSERTED = "budget-year.upserted.v1";

    public static final String BUDGET_YEAR_DELETED = "budget-year.deleted.v1";

    public static final String PRESS_MENTION_UPSERTED = "press-mention.upserted.v1";

    public static final String PRESS_MENTION_DELETED = "press-mention.deleted.v1";

    private EventTypes() {
    }

    /** The upsert type of an aggregate type, e.g. {@code partnership.upserted.v1}. */
    public static String upserted(String aggregateType) {
        return aggregateType + ".upserted.v1";
    }

    /** The deletion type of an aggregate type, e.g. {@code partnership.deleted.v1}. */
    public static String deleted(String aggregateType) {
        return aggregateType + ".deleted.v1";
    }

    public static boolean isDeletion(String type) {
        return type != null && type.contains(".deleted.");
    }

}
