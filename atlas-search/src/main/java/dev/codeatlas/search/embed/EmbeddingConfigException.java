package dev.codeatlas.search.embed;

/** The embedding configuration (ATLAS_EMBED_* variables) is invalid; the message says what to set. */
public class EmbeddingConfigException extends IllegalArgumentException {
    public EmbeddingConfigException(String message) {
        super(message);
    }
}
