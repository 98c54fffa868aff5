package dev.codeatlas.search.embed;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The offline default: all-MiniLM-L6-v2, quantised, run in-process by ONNX Runtime from the
 * LangChain4j Maven package (model and tokenizer are inside the jar). 384 dimensions; the
 * bundled tokenizer keeps the first 128 word pieces of a text. The model loads on first use
 * (about a second); texts are embedded on all cores by daemon threads.
 */
public final class OnnxEmbeddingProvider implements EmbeddingProvider {

    public static final String MODEL_ID = "onnx:all-minilm-l6-v2-q";
    private static final int DIMENSION = 384;

    private final ExecutorService pool;
    private volatile AllMiniLmL6V2QuantizedEmbeddingModel model;

    public OnnxEmbeddingProvider() {
        AtomicInteger n = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors(), r -> {
            Thread t = new Thread(r, "atlas-embed-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public String modelId() {
        return MODEL_ID;
    }

    @Override
    public int dimension() {
        return DIMENSION;
    }

    @Override
    public List<float[]> embed(List<String> texts) throws EmbeddingException {
        if (texts.isEmpty()) {
            return List.of();
        }
        List<TextSegment> segments = new ArrayList<>(texts.size());
        for (String t : texts) {
            segments.add(TextSegment.from(t == null || t.isBlank() ? "empty" : t));
        }
        try {
            List<Embedding> out = model().embedAll(segments).content();
            List<float[]> vectors = new ArrayList<>(out.size());
            out.forEach(e -> vectors.add(e.vector()));
            return vectors;
        } catch (RuntimeException | LinkageError e) {
            throw new EmbeddingException("the in-process embedding model failed: " + rootMessage(e), e);
        }
    }

    private AllMiniLmL6V2QuantizedEmbeddingModel model() throws EmbeddingException {
        AllMiniLmL6V2QuantizedEmbeddingModel m = model;
        if (m == null) {
            synchronized (this) {
                m = model;
                if (m == null) {
                    try {
                        model = m = new AllMiniLmL6V2QuantizedEmbeddingModel(pool);
                    } catch (RuntimeException | LinkageError e) {
                        throw new EmbeddingException("the in-process embedding model could not be loaded (ONNX Runtime or its native "
                                + "library is unavailable on this platform?): " + rootMessage(e)
                                + "; set ATLAS_EMBED_PROVIDER=openai with ATLAS_EMBED_URL, or =none", e);
                    }
                }
            }
        }
        return m;
    }

    static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String m = t.getMessage();
        return (t.getClass().getSimpleName() + (m == null || m.isBlank() ? "" : ": " + m)).replaceAll("\\s+", " ");
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
