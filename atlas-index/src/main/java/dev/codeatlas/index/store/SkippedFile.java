package dev.codeatlas.index.store;

/** A file left out of the index and why. */
public record SkippedFile(String path, String reason) {
}
