package de.globallokal.webui.procurement;

import static org.assertj.core.api.Assertions.assertThat;

import de.globallokal.core.actor.ActorKind;
import de.globallokal.core.actor.FairTradeRole;
import de.globallokal.core.actor.LocalActor;
import de.globallokal.core.structures.Body;
import de.globallokal.core.structures.BodyKind;
import de.globallokal.core.structures.PolicyArea;
import de.globallokal.core.structures.PressMention;
import de.globallokal.core.structures.Resolution;
import de.globallokal.core.value.LocalizedText;
import de.globallokal.webui.procurement.FairtradeTown.Criterion;
import de.globallokal.webui.procurement.FairtradeTown.Evidence;
import de.globallokal.webui.procurement.FairtradeTown.State;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class FairtradeTownTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 4);

    private static final FairtradeTownProperties SMALL_TOWN = new FairtradeTownProperties(8_000, null, null, null, null,
            null);

    @Test
    void theThresholdsScaleWithThePopulation() {
        assertThat(SMALL_TOWN.shops()).isEqualTo(3);
        assertThat(SMALL_TOWN.cafes()).isEqualTo(2);
        var city = new FairtradeTownProperties(94_000, null, null, null, null, null);
        assertThat(List.of(city.shops(), city.cafes())).containsExactly(8, 4);
        var large = new FairtradeTownProperties(250_000, null, null, null, null, null);
        assertThat(List.of(large.shops(), large.cafes())).containsExactly(36, 18);
        assertThat(new FairtradeTownProperties(null, null, null, null, null, null).shops()).isNull();
    }

    @Test
    void nothingOnFileMeetsNoCriterion() {
        assertThat(assess(new Evidence(List.of(), List.of(), List.of(), List.of(), List.of())).values())
            .noneMatch(State::met);
    }

    @Test
    void eachCriterionIsMetByItsEvidence() {
        List<LocalActor> actors = new ArrayList<>(
                List.of(actor("Weltladen", ActorKind.FAIR_TRADE_SHOP, FairTradeRole.SELLS, FairTradeRole.SERVES)));
        actors.add(actor("Bioladen", ActorKind.ASSOCIATION, FairTradeRole.SELLS));
        actors.add(actor("Unverpackt", ActorKind.ASSOCIATION, FairTradeRole.SELLS));
        actors.add(actor("Café Eins", ActorKind.ASSOCIATION, FairTradeRole.SERVES));
        actors.add(actor("Gymnasium", ActorKind.SCHOOL, FairTradeRole.USES_AND_TEACHES));
        actors.add(actor("Gemeinde", ActorKind.CHURCH_GROUP, FairTradeRole.USES_AND_TEACHES));
        actors.add(actor("Eine-Welt-Verein", ActorKind.ONE_WORLD_GROUP, FairTradeRole.USES_AND_TEACHES));
        List<PressMention> press = List.of(press(TODAY.minusDays(10)), press(TODAY.minusMonths(3)),
                press(TODAY.minusMonths(6)), press(TODAY.minusMonths(11)));
        Evidence evidence = new Evidence(List.of(resolution(PolicyArea.FAIR_TRADE_TOWN)),
                List.of(steeringGroup("a", "b", "c")), actors, List.of(), press);

        assertThat(assess(evidence).values()).allMatch(State::met);
    }

    @Test
    void whatFallsShortLeavesItsCriterionOpen() {
        List<LocalActor> actors = List.of(actor("Weltladen", ActorKind.FAIR_TRADE_SHOP, FairTradeRole.SELLS),
                actor("Gymnasium", ActorKind.SCHOOL, FairTradeRole.USES_AND_TEACHES),
                actor("Schule ohne Tag", ActorKind.CHURCH_GROUP));
        Evidence evidence = new Evidence(List.of(resolution(PolicyArea.PROCUREMENT)), List.of(steeringGroup("a", "b")),
                actors, List.of(), List.of(press(TODAY.minusMonths(13)), press(TODAY), press(TODAY), press(TODAY)));

        Map<Criterion, State> states = assess(evidence);

        assertThat(states.values()).noneMatch(State::met);
        assertThat(states.get(Criterion.SHOPS_AND_CAFES).need()).isEqualTo(3);
        assertThat(states.get(Criterion.SHOPS_AND_CAFES).cafes().need()).isEqualTo(2);
        assertThat(states.get(Criterion.MEDIA).have()).as("a report older than a year counts no more").isEqualTo(3);
    }

    private static Map<Criterion, State> assess(Evidence evidence) {
        return FairtradeTown.assess(evidence, SMALL_TOWN, TODAY, Locale.GERMAN)
            .stream()
            .collect(Collectors.toMap(State::criterion, state -> state));
    }

    private static LocalActor actor(String name, ActorKind kind, FairTradeRole... roles) {
        return new LocalActor(name, name, kind, null, null, null, null, null, null, null, null, null, false,
                Instant.EPOCH, Instant.EPOCH, List.of(roles), null, null);
    }

    private static Resolution resolution(PolicyArea area) {
        return new Resolution("r", TODAY.minusYears(1), "Gemeinderat", null, LocalizedText.de("Beschluss"), null,
                List.of(area), null, null, null, null, false, Instant.EPOCH, Instant.EPOCH);
    }

    private static Body steeringGroup(String... members) {
        return new Body("b", LocalizedText.de("Steuerungsgruppe"), BodyKind.STEERING_GROUP, null,
                List.of(PolicyArea.FAIR_TRADE_TOWN), List.of(members), null, false, Instant.EPOCH, Instant.EPOCH);
    }

    private static PressMention press(LocalDate date) {
        return new PressMention("p" + date, date, "Zeitung", "Fairer Kaffee", null, List.of(PolicyArea.FAIR_TRADE_TOWN),
                false, Instant.EPOCH, Instant.EPOCH);
    }

}
