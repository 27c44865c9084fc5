package de.globallokal.webui.projection;

import de.globallokal.core.event.AggregateTypes;
import de.globallokal.core.structures.BudgetYear;
import de.globallokal.support.projection.VersionedReadModel;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/** The office's budget line, year by year. */
@Component
public class BudgetYearReadModel extends VersionedReadModel<BudgetYear> {

    BudgetYearReadModel(MongoTemplate mongo) {
        super(mongo.getDb(), "budget_years", BudgetYear.class, AggregateTypes.BUDGET_YEAR, "data.year");
    }

}
