package dev.codeatlas.index.store;

/**
 * One indexed file: what it was when indexed, and fingerprints of what it contributed, so a
 * delta re-index rewrites only what changed. {@code interfaceHash} covers what other files can
 * observe of this one (definitions, declared types, supertypes, imports): while it holds, a
 * change re-resolves only this file's own references.
 */
public record FileRecord(String path, String language, long size, long mtime, String hash,
                         String nodesFingerprint, String edgesFingerprint, String interfaceHash) {
}
