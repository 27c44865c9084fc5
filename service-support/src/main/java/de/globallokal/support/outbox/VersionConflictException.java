package de.globallokal.support.outbox;

/**
 * A change named a version the aggregate no longer (or never) had; nothing was stored.
 */
public class VersionConflictException extends RuntimeException {

    private final transient Long currentVersion;

    public VersionConflictException(String id, long expected, Long currentVersion) {
        super(currentVersion == null ? id + " does not exist"
                : id + " has version " + currentVersion + ", not " + expected);
        this.currentVersion = currentVersion;
    }

    /** The version the aggregate has now, or null when it does not exist (any more). */
    public Long currentVersion() {
        return currentVersion;
    }

}
