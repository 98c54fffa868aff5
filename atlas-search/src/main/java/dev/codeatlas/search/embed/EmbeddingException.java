package dev.codeatlas.search.embed;

/** The embedding provider could not answer (unreachable, timed out, bad response). */
public class EmbeddingException extends Exception {
    public EmbeddingException(String message) {
        super(message);
    }

    public EmbeddingException(String message, Throwable cause) {
        super(message, cause);
    }
}
