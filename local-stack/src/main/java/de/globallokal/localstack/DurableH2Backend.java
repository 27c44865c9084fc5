package de.globallokal.localstack;

import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.message.MongoMessage;

/**
 * The H2 backend, committed before every answer: the store's own commit runs about once a
 * second, so a SIGKILL lost the writes of the last second that the services had already
 * answered 2xx. Committing hands the changes to the file (the operating system's cache);
 * a killed process loses nothing it acknowledged. A commit without changes costs nothing.
 * The drivers we use speak OP_MSG only, so every command comes through here.
 */
final class DurableH2Backend extends H2Backend {

    DurableH2Backend(String fileName) {
        super(fileName);
    }

    @Override
    public Document handleMessage(MongoMessage message) {
        Document answer = super.handleMessage(message);
        commit();
        return answer;
    }

}
