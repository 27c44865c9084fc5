package de.globallokal.webui.files;

import com.mongodb.client.gridfs.GridFSBucket;
import com.mongodb.client.gridfs.GridFSBuckets;
import com.mongodb.client.gridfs.model.GridFSFile;
import com.mongodb.client.gridfs.model.GridFSUploadOptions;
import com.mongodb.client.model.Filters;
import de.globallokal.core.value.Attachment;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import org.apache.tika.Tika;
import org.bson.BsonString;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps uploaded files in GridFS under a random 128-bit id. What a file is comes from its
 * first bytes: a script named {@code photo.jpg} is refused, a JPEG named
 * {@code photo.pdf} is kept as the JPEG it is.
 */
@Component
public class FileStore {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final GridFSBucket bucket;

    private final Tika detector = new Tika();

    FileStore(MongoTemplate mongo) {
        this.bucket = GridFSBuckets.create(mongo.getDb(), "files");
    }

    /** A file as it was kept: what the attachment that names it needs to say. */
    public record StoredFile(String url, String type, String name, long size) {
    }

    /** A file the store does not take, and why (a translation key). */
    public static final class RefusedException extends RuntimeException {

        private final String reason;

        RefusedException(String reason) {
            super(reason);
            this.reason = reason;
        }

        public String reason() {
            return reason;
        }

    }

    public StoredFile store(String name, byte[] content) {
        if (content.length == 0) {
            throw new RefusedException("files.refused.empty");
        }
        if (content.length > Attachment.MAX_BYTES) {
            throw new RefusedException("files.refused.size");
        }
        // the content alone decides: a name would let anything pass as a picture
        String type = detector.detect(content);
        if (!Attachment.TYPES.contains(type)) {
            throw new RefusedException("files.refused.type");
        }
        byte[] random = new byte[16];
        RANDOM.nextBytes(random);
        String id = HexFormat.of().formatHex(random);
        String safeName = safeName(name);
        bucket.uploadFromStream(new BsonString(id), safeName, new ByteArrayInputStream(content),
                new GridFSUploadOptions().metadata(new Document("type", type)));
        return new StoredFile("/dateien/" + id, type, safeName, content.length);
    }

    /**
     * A kept file with its type, name and length, open to be read as it is sent: a public
     * page's pictures are fetched by every visitor, so none is read into memory whole.
     */
    public Optional<Kept> open(String id) {
        if (!id.matches("[0-9a-f]{32}")) {
            return Optional.empty();
        }
        GridFSFile file = bucket.find(Filters.eq("_id", new BsonString(id))).first();
        if (file == null) {
            return Optional.empty();
        }
        return Optional.of(new Kept(file.getMetadata().getString("type"), file.getFilename(), file.getLength(),
                bucket.openDownloadStream(new BsonString(id))));
    }

    public record Kept(String type, String name, long length, InputStream content) {
    }

    /** A name a download header can carry: no path, no quotes, no control characters. */
    static String safeName(String name) {
        String base = name == null ? "" : name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").strip();
        if (base.isEmpty()) {
            return "datei";
        }
        return base.length() > 200 ? base.substring(base.length() - 200) : base;
    }

}
