package de.globallokal.webui.procurement;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The thresholds of the Fairtrade-Town campaign as this site applies them
 * ({@code globallokal.fair-trade-town.*}). The defaults follow the campaign's published
 * rules as we read them; a city checks them against the campaign's current table and
 * overrides what differs, without a release.
 *
 * @param population the city's inhabitants, which scale the shops and cafés asked for
 * @param bands shops and cafés asked for up to a population, smallest band first
 * @param inhabitantsPerShop above the last band: one shop for so many inhabitants
 * @param inhabitantsPerCafe above the last band: one café or restaurant for so many
 * @param steeringGroupMembers the least members of the steering group
 * @param pressMentionsPerYear the least reports in local media within a year
 */
@ConfigurationProperties("globallokal.fair-trade-town")
public record FairtradeTownProperties(Integer population, List<Band> bands, Integer inhabitantsPerShop,
        Integer inhabitantsPerCafe, Integer steeringGroupMembers, Integer pressMentionsPerYear) {

    public record Band(int upTo, int shops, int cafes) {
    }

    public FairtradeTownProperties {
        bands = bands == null || bands.isEmpty() ? List.of(new Band(2_500, 1, 1), new Band(5_000, 2, 1),
                new Band(10_000, 3, 2), new Band(25_000, 4, 2), new Band(50_000, 6, 3), new Band(100_000, 8, 4))
                : List.copyOf(bands);
        inhabitantsPerShop = inhabitantsPerShop == null ? 7_000 : inhabitantsPerShop;
        inhabitantsPerCafe = inhabitantsPerCafe == null ? 14_000 : inhabitantsPerCafe;
        steeringGroupMembers = steeringGroupMembers == null ? 3 : steeringGroupMembers;
        pressMentionsPerYear = pressMentionsPerYear == null ? 4 : pressMentionsPerYear;
    }

    /** Shops asked for; null while the population is not configured. */
    public Integer shops() {
        return population == null ? null
                : bands.stream()
                    .filter(band -> population <= band.upTo())
                    .findFirst()
                    .map(Band::shops)
                    .orElseGet(() -> ceil(population, inhabitantsPerShop));
    }

    /** Cafés and restaurants asked for; null while the population is not configured. */
    public Integer cafes() {
        return population == null ? null
                : bands.stream()
                    .filter(band -> population <= band.upTo())
                    .findFirst()
                    .map(Band::cafes)
                    .orElseGet(() -> ceil(population, inhabitantsPerCafe));
    }

    private static int ceil(int population, int per) {
        return (population + per - 1) / per;
    }

}
