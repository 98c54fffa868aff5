package dev.codeatlas.search.embed;

import java.util.List;

/**
 * Turns texts into vectors. Implementations: the in-process ONNX model (offline default) and an
 * OpenAI-compatible HTTP endpoint. Vectors are L2-normalised, all of {@link #dimension()}.
 */
public interface EmbeddingProvider extends AutoCloseable {

    /** Identifies model and provider; stored with each vector so a model change re-embeds. */
    String modelId();

    int dimension();

    /** One vector per text, in order. Throws {@link EmbeddingException} when the provider fails. */
    List<float[]> embed(List<String> texts) throws EmbeddingException;

    @Override
    default void close() {
    }
}
