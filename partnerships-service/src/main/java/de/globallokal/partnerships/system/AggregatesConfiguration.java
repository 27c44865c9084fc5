package de.globallokal.partnerships.system;

import de.globallokal.core.actor.LocalActor;
import de.globallokal.core.contact.ContactPoint;
import de.globallokal.core.event.AggregateTypes;
import de.globallokal.core.event.Topics;
import de.globallokal.core.partnership.Partnership;
import de.globallokal.core.procurement.Label;
import de.globallokal.core.procurement.ProductGroup;
import de.globallokal.core.procurement.PurchaseRecord;
import de.globallokal.core.project.Project;
import de.globallokal.core.structures.Body;
import de.globallokal.core.structures.BudgetYear;
import de.globallokal.core.structures.PressMention;
import de.globallokal.core.structures.Resolution;
import de.globallokal.support.kafka.EventTopics;
import de.globallokal.support.outbox.AggregateCollection;
import de.globallokal.support.outbox.Outboxes;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The aggregate types of this service, each in its collection, all published to the
 * partnerships topic.
 */
@Configuration(proxyBeanMethods = false)
class AggregatesConfiguration {

    /** This service owns the topic, so it alone declares it. */
    @Bean
    NewTopic partnershipsTopic(@Value("${globallokal.kafka.replicas:1}") int replicas) {
        return EventTopics.changeTopic(Topics.PARTNERSHIPS, replicas);
    }

    @Bean
    AggregateCollection<Partnership> partnerships(Outboxes outboxes) {
        return outboxes.collection("partnerships", Topics.PARTNERSHIPS, Partnership.class, AggregateTypes.PARTNERSHIP);
    }

    @Bean
    AggregateCollection<Project> projects(Outboxes outboxes) {
        return outboxes.collection("projects", Topics.PARTNERSHIPS, Project.class, AggregateTypes.PROJECT);
    }

    @Bean
    AggregateCollection<LocalActor> actors(Outboxes outboxes) {
        return outboxes.collection("actors", Topics.PARTNERSHIPS, LocalActor.class, AggregateTypes.ACTOR);
    }

    @Bean
    AggregateCollection<ContactPoint> contacts(Outboxes outboxes) {
        return outboxes.collection("contacts", Topics.PARTNERSHIPS, ContactPoint.class, AggregateTypes.CONTACT);
    }

    @Bean
    AggregateCollection<ProductGroup> productGroups(Outboxes outboxes) {
        return outboxes.collection("product_groups", Topics.PARTNERSHIPS, ProductGroup.class,
                AggregateTypes.PRODUCT_GROUP);
    }

    @Bean
    AggregateCollection<Label> labels(Outboxes outboxes) {
        return outboxes.collection("labels", Topics.PARTNERSHIPS, Label.class, AggregateTypes.LABEL);
    }

    @Bean
    AggregateCollection<PurchaseRecord> purchases(Outboxes outboxes) {
        return outboxes.collection("purchases", Topics.PARTNERSHIPS, PurchaseRecord.class, AggregateTypes.PURCHASE);
    }

    @Bean
    AggregateCollection<Resolution> resolutions(Outboxes outboxes) {
        return outboxes.collection("resolutions", Topics.PARTNERSHIPS, Resolution.class, AggregateTypes.RESOLUTION);
    }

    @Bean
    AggregateCollection<Body> bodies(Outboxes outboxes) {
        return outboxes.collection("bodies", Topics.PARTNERSHIPS, Body.class, AggregateTypes.BODY);
    }

    @Bean
    AggregateCollection<BudgetYear> budgetYears(Outboxes outboxes) {
        return outboxes.collection("budget_years", Topics.PARTNERSHIPS, BudgetYear.class, AggregateTypes.BUDGET_YEAR);
    }

    @Bean
    AggregateCollection<PressMention> pressMentions(Outboxes outboxes) {
        return outboxes.collection("press_mentions", Topics.PARTNERSHIPS, PressMention.class,
                AggregateTypes.PRESS_MENTION);
    }

}
