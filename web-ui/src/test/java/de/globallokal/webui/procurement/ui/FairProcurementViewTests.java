package de.globallokal.webui.procurement.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import de.globallokal.core.event.AggregateTypes;
import de.globallokal.core.event.EventEnvelope;
import de.globallokal.core.event.EventTypes;
import de.globallokal.core.json.Json;
import de.globallokal.webui.base.VaadinViewTest;
import de.globallokal.webui.projection.ActorReadModel;
import de.globallokal.webui.projection.ProductGroupReadModel;
import de.globallokal.webui.projection.PurchaseReadModel;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.node.ObjectNode;

/**
 * The public page shows only published figures against the target; staff see all; the
 * Fairtrade-Town criterion counts the actors tagged as selling fair products.
 */
class FairProcurementViewTests extends VaadinViewTest {

    @Autowired
    ProductGroupReadModel groups;

    @Autowired
    PurchaseReadModel purchases;

    @Autowired
    ActorReadModel actors;

    @Test
    void thePublicSeesThePublishedShareAgainstTheTargetAndStaffSeeAll() {
        String key = "testgroup-" + UUID.randomUUID().toString().substring(0, 8);
        String name = "Testgruppe " + key;
        ObjectNode group = Json.strict().createObjectNode().put("id", key).put("key", key).put("example", false);
        group.putObject("name").put("de", name);
        group.putArray("targets").addObject().put("year", 2025).put("share", 50);
        groups.apply(envelope(AggregateTypes.PRODUCT_GROUP, EventTypes.PRODUCT_GROUP_UPSERTED, key, group));
        purchases.applyAll(List.of(purchase(key, "Hauptamt", 100_000, 60_000, true),
                purchase(key, "Schulamt", 100_000, 0, false)));
        UI.getCurrent().setLocale(Locale.GERMAN);

        UI.getCurrent().navigate(FairProcurementView.class);
        String published = chart(name);

        assertThat(published).contains("60 %").contains("50 % (erreicht)").doesNotContain("30 %");

        signInWithAccount("procurement-editor", "EDITOR");
        UI.getCurrent().navigate(StaffProcurementView.class);
        assertThat(chart(name)).contains("30 %").contains("50 % (nicht erreicht)");
    }

    @Test
    void markingTwoActorsAsSellingFairProductsCountsThemForTheShopsCriterion() {
        UI.getCurrent().setLocale(Locale.GERMAN);
        UI.getCurrent().navigate(FairProcurementView.class);
        int before = shopsOnFile();

        actors.applyAll(List.of(shop("Laden " + UUID.randomUUID()), shop("Café " + UUID.randomUUID())));
        UI.getCurrent().navigate(StructuresView.class);
        UI.getCurrent().navigate(FairProcurementView.class);

        assertThat(shopsOnFile()).isEqualTo(before + 2);
    }

    private static int shopsOnFile() {
        String criterion = _find(ListItem.class).stream()
            .filter(item -> !_find(item, H3.class).isEmpty()
                    && _find(item, H3.class).get(0).getText().startsWith("3. Geschäfte"))
            .findFirst()
            .orElseThrow()
            .getElement()
            .getTextRecursively();
        Matcher count = Pattern.compile("Geschäfte erfasst: (\\d+)").matcher(criterion);
        assertThat(count.find()).as(criterion).isTrue();
        return Integer.parseInt(count.group(1));
    }

    private static String chart(String name) {
        return _find(Div.class).stream()
            .filter(div -> _find(div, H3.class).size() == 1 && _find(div, H3.class).get(0).getText().equals(name))
            .filter(div -> div.getParent().map(parent -> parent.hasClassName("gl-shares")).orElse(false))
            .findFirst()
            .orElseThrow()
            .getElement()
            .getOuterHTML();
    }

    private static EventEnvelope purchase(String group, String department, long total, long certified,
            boolean published) {
        String id = UUID.randomUUID().toString();
        ObjectNode data = Json.strict().createObjectNode();
        data.put("id", id)
            .put("department", department)
            .put("year", 2025)
            .put("productGroup", group)
            .put("example", false)
            .put("published", published);
        data.putObject("total").put("amountMinor", total).put("currency", "EUR");
        data.putObject("certified").put("amountMinor", certified).put("currency", "EUR");
        data.putArray("labels").add("fairtrade");
        return envelope(AggregateTypes.PURCHASE, EventTypes.PURCHASE_UPSERTED, id, data);
    }

    private static EventEnvelope shop(String name) {
        String id = UUID.randomUUID().toString();
        ObjectNode data = Json.strict().createObjectNode();
        data.put("id", id).put("name", name).put("kind", "FAIR_TRADE_SHOP").put("example", false);
        data.putArray("fairTrade").add("SELLS");
        return envelope(AggregateTypes.ACTOR, EventTypes.ACTOR_UPSERTED, id, data);
    }

    private static EventEnvelope envelope(String aggregateType, String type, String id, ObjectNode data) {
        return EventEnvelope.create("partnerships-service", type, aggregateType, id, 1, "editor", List.of("id"), data,
                Instant.now());
    }

}
