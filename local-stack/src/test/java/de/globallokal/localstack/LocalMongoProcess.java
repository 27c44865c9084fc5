package de.globallokal.localstack;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/** LocalMongo alone in a process of its own, for a test to kill: file, port. */
public final class LocalMongoProcess {

    private LocalMongoProcess() {
    }

    public static void main(String[] args) throws Exception {
        LocalMongo mongo = new LocalMongo(Path.of(args[0]), Integer.parseInt(args[1]));
        mongo.start();
        System.out.println("READY");
        System.out.flush();
        new CountDownLatch(1).await();
    }

}
