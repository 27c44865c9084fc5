package de.globallokal.webui.partnerships.map;

import de.globallokal.core.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * The world's country outlines (Natural Earth 1:110m, public domain, shipped as a
 * resource) as one SVG in an equirectangular projection,
 * {@code viewBox="-180 -90 360 180"} with y = −latitude. Drawn once at start and served
 * as a cacheable file, so a map page carries only its points and no session holds the
 * outlines.
 */
@RestController
public class WorldOutlines {

    public static final String PATH = "/maps/world.svg";

    private final byte[] svg;

    WorldOutlines() {
        this.svg = draw().getBytes(StandardCharsets.UTF_8);
    }

    @GetMapping(PATH)
    ResponseEntity<byte[]> svg() {
        return ResponseEntity.ok()
            .contentType(MediaType.valueOf("image/svg+xml"))
            .cacheControl(CacheControl.maxAge(Duration.ofDays(1)).cachePublic())
            .body(svg);
    }

    static String draw() {
        try (InputStream in = WorldOutlines.class.getResourceAsStream("/maps/world-110m.geojson")) {
            JsonNode world = Json.tolerant().readTree(in);
            StringBuilder out = new StringBuilder(200_000);
            out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"-180 -90 360 180\">")
                .append("<rect x=\"-180\" y=\"-90\" width=\"360\" height=\"180\" fill=\"#e8f0f4\"/>")
                .append("<g fill=\"#d5dcd5\" stroke=\"#ffffff\" stroke-width=\"0.2\">");
            for (JsonNode feature : world.get("features")) {
                JsonNode geometry = feature.get("geometry");
                out.append("<path d=\"");
                if ("Polygon".equals(geometry.get("type").asString())) {
                    polygon(geometry.get("coordinates"), out);
                }
                else {
                    geometry.get("coordinates").forEach(polygon -> polygon(polygon, out));
                }
                out.append("\"/>");
            }
            return out.append("</g></svg>").toString();
        }
        catch (IOException e) {
            throw new UncheckedIOException("the world outlines resource is unreadable", e);
        }
    }

    private static void polygon(JsonNode rings, StringBuilder out) {
        for (JsonNode ring : rings) {
            double previous = Double.NaN;
            for (int i = 0; i < ring.size(); i++) {
                JsonNode point = ring.get(i);
                double lon = point.get(0).asDouble();
                // a ring that crosses the date line would draw a stroke right across the
                // map: lift the pen there
                boolean jump = i == 0 || Math.abs(lon - previous) > 180;
                out.append(jump ? 'M' : 'L').append(format(lon)).append(' ').append(format(-point.get(1).asDouble()));
                previous = lon;
            }
            out.append('Z');
        }
    }

    static String format(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

}
