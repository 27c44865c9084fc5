package de.globallokal.webui.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.globallokal.core.value.Attachment;
import de.globallokal.testkit.IntegrationTest;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The file store takes pictures and PDFs by what they are, not by their names, and serves
 * them so that a browser runs nothing in them.
 */
@IntegrationTest
class FileStoreTests {

    @Autowired
    FileStore files;

    @Autowired
    TestRestTemplate http;

    @Test
    void aPictureIsKeptByItsContentAndServedWithSafeHeadersToAnyone() throws IOException {
        byte[] jpeg = jpeg();

        // a JPEG named like a PDF is kept as the JPEG it is
        FileStore.StoredFile kept = files.store("../../feld.pdf", jpeg);
        ResponseEntity<byte[]> served = http.getForEntity(kept.url(), byte[].class);

        assertThat(kept.type()).isEqualTo("image/jpeg");
        assertThat(kept.name()).isEqualTo("feld.pdf");
        assertThat(kept.url()).matches(Attachment.ADDRESS);
        assertThat(served.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(served.getBody()).isEqualTo(jpeg);
        assertThat(served.getHeaders().getContentType()).hasToString("image/jpeg");
        assertThat(served.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(served.getHeaders().getFirst("Content-Security-Policy")).contains("default-src 'none'", "sandbox");
        assertThat(served.getHeaders().getFirst("Content-Disposition")).startsWith("inline");
        assertThat(served.getHeaders().getFirst("Set-Cookie")).isNull();
    }

    @Test
    void aPdfIsOfferedAsADownload() {
        byte[] pdf = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF".getBytes(StandardCharsets.US_ASCII);

        FileStore.StoredFile kept = files.store("bericht.pdf", pdf);
        ResponseEntity<byte[]> served = http.getForEntity(kept.url(), byte[].class);

        assertThat(kept.type()).isEqualTo("application/pdf");
        assertThat(served.getHeaders().getFirst("Content-Disposition")).startsWith("attachment")
            .contains("bericht.pdf");
    }

    @Test
    void aScriptNamedLikeAPictureAnEmptyAndAnOversizedFileAreRefused() {
        byte[] script = "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"
            .getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> files.store("foto.jpg", script)).isInstanceOf(FileStore.RefusedException.class)
            .hasMessage("files.refused.type");
        assertThatThrownBy(() -> files.store("leer.png", new byte[0])).hasMessage("files.refused.empty");
        assertThatThrownBy(() -> files.store("gross.pdf", new byte[(int) Attachment.MAX_BYTES + 1]))
            .hasMessage("files.refused.size");
    }

    @Test
    void anAddressThatNamesNoFileIsNotFound() {
        assertThat(http.getForEntity("/dateien/0123456789abcdef0123456789abcdef", byte[].class).getStatusCode())
            .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(http.getForEntity("/dateien/not-an-id", byte[].class).getStatusCode())
            .isEqualTo(HttpStatus.NOT_FOUND);
    }

    static byte[] jpeg() throws IOException {
        BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
        image.setRGB(3, 4, 0x3366cc);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(image, "jpeg", bytes);
        return bytes.toByteArray();
    }

}
