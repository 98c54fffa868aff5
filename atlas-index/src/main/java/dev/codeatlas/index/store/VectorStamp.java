package dev.codeatlas.index.store;

/** What a stored vector was made from: the hash of the entity's text and the model. */
public record VectorStamp(String textHash, String model) {
}
