package de.globallokal.events.registration;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import de.globallokal.support.web.TooManyRequestsException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * How many public sign-ups one address may make a day, on every instance together: a
 * stranger cannot have the office mail someone a hundred times. The counter holds a hash,
 * never the address, and is gone the next day.
 */
@Component
class AddressCaps {

    private final MongoCollection<Document> caps;

    private final int perDay;

    AddressCaps(MongoTemplate mongo, @Value("${globallokal.registration.per-address-per-day:10}") int perDay) {
        this.caps = mongo.getCollection("address_caps");
        this.perDay = perDay;
        caps.createIndex(Indexes.ascending("expires"), new IndexOptions().expireAfter(0L, TimeUnit.SECONDS));
    }

    /**
     * Counts one sign-up of the address today.
     * @throws TooManyRequestsException when the address had its share today
     */
    void count(String emailKey, Instant now) {
        Instant day = now.truncatedTo(ChronoUnit.DAYS);
        String id = Tokens.hash(emailKey) + "|" + day.toEpochMilli();
        try {
            // below the cap the counter rises; at the cap the filter fails and the upsert
            // collides with the counter that is there
            caps.updateOne(Filters.and(Filters.eq("_id", id), Filters.lt("count", perDay)),
                    Updates.combine(Updates.inc("count", 1),
                            Updates.setOnInsert("expires", Date.from(day.plus(Duration.ofDays(1))))),
                    new UpdateOptions().upsert(true));
        }
        catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
            throw new TooManyRequestsException(Duration.between(now, day.plus(Duration.ofDays(1))),
                    "This e-mail address has been signed up " + perDay
                            + " times today; please try again tomorrow. Nothing was stored.");
        }
    }

    long deleteExpired(Instant now) {
        return caps.deleteMany(Filters.lt("expires", Date.from(now))).getDeletedCount();
    }

}
