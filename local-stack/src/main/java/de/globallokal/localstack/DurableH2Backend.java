package de.globallokal.localstack;

import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.message.MongoMessage;
import java.util.Set;

/**
 * The H2 backend, committed before a write is answered: the store's own commit runs about
 * once a second, so a SIGKILL lost the writes of the last second that the services had
 * already answered 2xx. Committing hands the changes to the file (the operating system's
 * cache); a killed process loses nothing it acknowledged. Writes that arrive while a
 * commit runs wait for the next one and share it (group commit), so under load there are
 * far fewer commits than writes; reads never wait. The drivers we use speak OP_MSG only,
 * so every command comes through here.
 */
final class DurableH2Backend extends H2Backend {

    private static final Set<String> WRITES = Set.of("insert", "update", "delete", "findandmodify", "create",
            "createindexes", "drop", "dropdatabase", "dropindexes", "renamecollection", "bulkwrite");

    private final Object lock = new Object();

    /** The last write that was answered by the backend and waits to be on file. */
    private long written;

    /** The last write known to be on file. */
    private long committed;

    private boolean committing;

    DurableH2Backend(String fileName) {
        super(fileName);
    }

    @Override
    public Document handleMessage(MongoMessage message) {
        Document answer = super.handleMessage(message);
        if (isWrite(message)) {
            awaitCommit();
        }
        return answer;
    }

    private static boolean isWrite(MongoMessage message) {
        Document command = message.getDocument();
        return !command.isEmpty() && WRITES.contains(command.keySet().iterator().next().toLowerCase());
    }

    /**
     * Waits until a commit that began after this write has ended; the first writer to
     * find no commit running runs it for everyone waiting.
     */
    private void awaitCommit() {
        long ticket;
        synchronized (lock) {
            ticket = ++written;
        }
        while (true) {
            long target;
            synchronized (lock) {
                while (committing && committed < ticket) {
                    waitForCommit();
                }
                if (committed >= ticket) {
                    return;
                }
                committing = true;
                target = written;
            }
            try {
                commit();
            }
            finally {
                synchronized (lock) {
                    committing = false;
                    committed = Math.max(committed, target);
                    lock.notifyAll();
                }
            }
        }
    }

    private void waitForCommit() {
        try {
            lock.wait();
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the commit of a write", e);
        }
    }

}
