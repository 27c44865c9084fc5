package de.globallokal.webui.projection;

import de.globallokal.core.contact.ContactPoint;
import de.globallokal.core.event.AggregateTypes;
import de.globallokal.support.projection.VersionedReadModel;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/** Contact points as web-ui knows them, sorted by office. */
@Component
public class ContactReadModel extends VersionedReadModel<ContactPoint> {

    static final String COLLECTION = "contacts";

    ContactReadModel(MongoTemplate mongo) {
        super(mongo.getDb(), COLLECTION, ContactPoint.class, AggregateTypes.CONTACT, "data.office");
    }

}
