package de.globallokal.support.health;

import org.bson.Document;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Pings the database. Spring Boot's own indicator sends {@code hello}, which the
 * MongoDB-wire server of the local run does not know; {@code ping} works on both.
 */
public class MongoPingHealthIndicator implements HealthIndicator {

    private final MongoTemplate mongo;

    public MongoPingHealthIndicator(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Health health() {
        try {
            Document answer = mongo.executeCommand(new Document("ping", 1));
            return Health.up()
                .withDetail("database", mongo.getDb().getName())
                .withDetail("ok", answer.get("ok"))
                .build();
        }
        catch (RuntimeException e) {
            return Health.down().withDetail("error", e.toString()).build();
        }
    }

}
