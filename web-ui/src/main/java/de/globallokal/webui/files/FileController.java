package de.globallokal.webui.files;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves kept files to anyone who has their address, without a session. Pictures show
 * inline, documents download; in either case the browser is told the type is final, and
 * the file may run nothing and load nothing.
 */
@RestController
class FileController {

    private final FileStore files;

    FileController(FileStore files) {
        this.files = files;
    }

    @GetMapping("/dateien/{id}")
    ResponseEntity<InputStreamResource> file(@PathVariable String id) {
        return files.open(id).map(kept -> {
            boolean picture = kept.type().startsWith("image/");
            ContentDisposition disposition = (picture ? ContentDisposition.inline() : ContentDisposition.attachment())
                .filename(kept.name(), StandardCharsets.UTF_8)
                .build();
            return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(kept.type()))
                .contentLength(kept.length())
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "default-src 'none'; sandbox")
                .header("Cross-Origin-Resource-Policy", "same-origin")
                // an address names one content for good: a new file gets a new address
                .cacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable())
                .eTag("\"" + id + "\"")
                .body(new InputStreamResource(kept.content()));
        }).orElse(ResponseEntity.notFound().build());
    }

}
