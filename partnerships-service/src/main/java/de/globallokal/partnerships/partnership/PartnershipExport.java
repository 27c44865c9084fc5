package de.globallokal.partnerships.partnership;

import de.globallokal.core.partnership.Partnership;
import de.globallokal.support.export.SpreadsheetCsv;
import de.globallokal.support.outbox.AggregateCollection;
import de.globallokal.support.outbox.AggregateCollection.Stored;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** All partnerships at once, as CSV for spreadsheets and as JSON for other systems. */
@RestController
@RequestMapping("/api/partnerships")
class PartnershipExport {

    static final String[] COLUMNS = { "id", "slug", "partner_name", "partner_local_name", "country", "region", "lat",
            "lon", "kind", "since", "status", "sdgs", "description_de", "description_en", "description_fr", "version",
            "modified" };

    private static final int ALL = 10_000;

    private final AggregateCollection<Partnership> partnerships;

    PartnershipExport(AggregateCollection<Partnership> partnerships) {
        this.partnerships = partnerships;
    }

    @GetMapping("/export.csv")
    ResponseEntity<StreamingResponseBody> csv() {
        List<Stored<Partnership>> all = partnerships.page("slug", 0, ALL);
        StreamingResponseBody body = out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            try (SpreadsheetCsv csv = SpreadsheetCsv.open(writer, COLUMNS)) {
                for (Stored<Partnership> stored : all) {
                    csv.row(row(stored));
                }
            }
        };
        return ResponseEntity.ok()
            .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
            .header(HttpHeaders.CONTENT_DISPOSITION,
                    ContentDisposition.attachment().filename("partnerschaften.csv").build().toString())
            .body(body);
    }

    @GetMapping("/export.json")
    ResponseEntity<List<Stored<Partnership>>> json() {
        return ResponseEntity.ok()
            .header(HttpHeaders.CONTENT_DISPOSITION,
                    ContentDisposition.attachment().filename("partnerschaften.json").build().toString())
            .body(partnerships.page("slug", 0, ALL));
    }

    private static List<Object> row(Stored<Partnership> stored) {
        Partnership p = stored.state();
        var partner = p.partner();
        var location = partner.location();
        var text = p.description();
        return Arrays.asList(p.id(), p.slug(), partner.name(), partner.localName(), partner.country(), partner.region(),
                location == null ? null : location.lat(), location == null ? null : location.lon(), p.kind(), p.since(),
                p.status(), p.sdgs().stream().map(String::valueOf).collect(Collectors.joining(";")),
                text == null ? null : text.de(), text == null ? null : text.en(), text == null ? null : text.fr(),
                stored.version(), p.modified());
    }

}
