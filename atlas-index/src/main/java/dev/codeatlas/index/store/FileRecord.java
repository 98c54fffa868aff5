package dev.codeatlas.index.store;

/**
 * One indexed file: what it was when indexed, and fingerprints of what it contributed, so a
 * delta re-index rewrites only what changed.
 */
public record FileRecord(String path, String language, long size, long mtime, String hash,
                         String nodesFingerprint, String edgesFingerprint) {
}
