package de.globallokal.webui.partnerships.map;

import static org.assertj.core.api.Assertions.assertThat;

import de.globallokal.core.partnership.PartnerMunicipality;
import de.globallokal.core.partnership.Partnership;
import de.globallokal.core.partnership.PartnershipKind;
import de.globallokal.core.partnership.PartnershipStatus;
import de.globallokal.core.value.GeoPoint;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The outlines are drawn from the shipped Natural Earth data; the points land where the
 * cities are.
 */
class PartnerMapTests {

    @Test
    void everyCountryBecomesOnePathInTheEquirectangularFrame() {
        String svg = WorldOutlines.draw();

        assertThat(svg).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"-180 -90 360 180\">");
        assertThat(svg.split("<path ", -1)).hasSize(177 + 1);
    }

    @Test
    void partnerCitiesArePointsWithTheirNameAndALineFromHome() {
        Partnership montbeliard = new Partnership("p1", "montbeliard",
                new PartnerMunicipality("Montbéliard & <Co>", null, "FR", null, new GeoPoint(47.51, 6.8), null),
                PartnershipKind.TOWN_TWINNING, 1950, PartnershipStatus.ACTIVE, null, null, List.of(), List.of(),
                List.of(), List.of(), null, null, null, null);

        String svg = PartnerMap.of(List.of(montbeliard), "Karte", "Heimat", new GeoPoint(48.9, 9.19))
            .getElement()
            .getProperty("innerHTML", "");

        assertThat(svg).contains("cx=\"6.80\" cy=\"-47.51\"")
            .contains("<title>Montbéliard &amp; &lt;Co&gt;</title>")
            .contains("x1=\"9.19\" y1=\"-48.90\" x2=\"6.80\" y2=\"-47.51\"")
            .contains("aria-label=\"Karte\"");
    }

}
