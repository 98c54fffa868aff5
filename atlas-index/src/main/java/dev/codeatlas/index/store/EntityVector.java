package dev.codeatlas.index.store;

import java.util.Objects;

/**
 * An entity's embedding as stored: the vector, the model that made it, a hash of the text it was
 * made from (a changed text means a stale vector), and copies of the node fields a search may
 * filter on.
 */
public record EntityVector(String uid, String label, String kind, String language, String file, String textHash,
                           String model, float[] vector) {

    public EntityVector {
        Objects.requireNonNull(uid, "uid");
        Objects.requireNonNull(textHash, "textHash");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(vector, "vector");
        label = Objects.requireNonNullElse(label, "");
        kind = Objects.requireNonNullElse(kind, "");
        language = Objects.requireNonNullElse(language, "");
        file = Objects.requireNonNullElse(file, "");
        if (vector.length == 0) {
            throw new IllegalArgumentException("empty vector for " + uid);
        }
    }
}
