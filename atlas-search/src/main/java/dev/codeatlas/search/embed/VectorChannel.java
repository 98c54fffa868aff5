package dev.codeatlas.search.embed;

import dev.codeatlas.index.store.EmbeddingCoverage;
import dev.codeatlas.index.store.LuceneGraphStore;
import dev.codeatlas.index.store.ScoredUid;
import dev.codeatlas.index.store.VectorQueries;
import dev.codeatlas.model.Label;
import dev.codeatlas.search.SearchFilters;
import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.lucene.search.Query;

/**
 * The vector channel of search: embeds the query with the provider (kept loaded, recent queries
 * cached) and returns the nearest entities by cosine. Never throws: when the index has no
 * vectors of the provider's model, or the provider fails or is slower than the timeout, the
 * result is empty and says why in {@link Result#warning()}, so the other channels still answer.
 * Thread-safe.
 */
public final class VectorChannel implements AutoCloseable {

    /** Nearest entities, best first (score = cosine similarity), and a warning when the channel could not fully answer. */
    public record Result(List<ScoredUid> hits, Optional<String> warning, double millis) {
    }

    private static final int CACHE = 256;

    private final LuceneGraphStore store;
    private final EmbeddingProvider provider;
    private final Duration timeout;
    private final ExecutorService queryPool;
    private final Map<String, float[]> cache = new LinkedHashMap<>(CACHE, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
            return size() > CACHE;
        }
    };

    /**
     * @param timeout how long a query may wait for its embedding (the first one also loads an
     *                in-process model: call {@link #warmUp()} early)
     */
    public VectorChannel(LuceneGraphStore store, EmbeddingProvider provider, Duration timeout) {
        this.store = store;
        this.provider = provider;
        this.timeout = timeout;
        this.queryPool = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "atlas-query-embed");
            t.setDaemon(true);
            return t;
        });
    }

    /** Embeds a throw-away query in the background, so the first real one does not pay for loading the model. */
    public void warmUp() {
        queryPool.submit(() -> {
            try {
                return provider.embed(List.of("warm up"));
            } catch (EmbeddingException e) {
                return List.of();
            }
        });
    }

    public Result search(String query, int k, SearchFilters filters) {
        return search(query, k, filterOf(filters));
    }

    /**
     * @param filter a restriction over vector documents, from {@link VectorQueries#filter} or
     *               {@link #filterOf(SearchFilters)}
     */
    public Result search(String query, int k, Optional<Query> filter) {
        long t0 = System.nanoTime();
        if (query == null || query.isBlank() || k < 1) {
            return new Result(List.of(), Optional.empty(), 0);
        }
        String model = provider.modelId();
        Optional<EmbeddingCoverage> coverage;
        try {
            coverage = store.embeddingCoverage();
        } catch (IOException e) {
            return done(t0, List.of(), "vector search failed: " + OnnxEmbeddingProvider.rootMessage(e));
        }
        if (coverage.isEmpty()) {
            return done(t0, List.of(), "vector search unavailable: this index has no embeddings yet (run 'atlas index' without --no-embed)");
        }
        if (!coverage.get().model().equals(model)) {
            return done(t0, List.of(), "vector search unavailable: the index's vectors were made by " + coverage.get().model()
                    + " but the configured provider is " + model + " (run 'atlas index' to re-embed)");
        }
        float[] vector;
        try {
            vector = embedQuery(query.strip());
        } catch (TimeoutException e) {
            return done(t0, List.of(), "vector search skipped: the query embedding took longer than " + timeout.toMillis() + " ms");
        } catch (EmbeddingException e) {
            return done(t0, List.of(), "vector search unavailable: " + e.getMessage());
        }
        try {
            List<ScoredUid> hits = store.nearestVectors(vector, model, k, filter);
            String partial = coverage.get().complete() ? null : String.format(Locale.ROOT,
                    "vector search covers %.0f%% of entities so far (run 'atlas index' to complete it)", 100 * coverage.get().ratio());
            return done(t0, hits, partial);
        } catch (Exception e) {
            return done(t0, List.of(), "vector search failed: " + OnnxEmbeddingProvider.rootMessage(e));
        }
    }

    /** The vector-document filter for search filters. */
    public static Optional<Query> filterOf(SearchFilters f) {
        return VectorQueries.filter(f.labels().stream().map(Label::wireName).toList(), f.kinds(), f.languages(), f.pathGlob(),
                f.excludeTests());
    }

    private float[] embedQuery(String query) throws TimeoutException, EmbeddingException {
        synchronized (cache) {
            float[] v = cache.get(query);
            if (v != null) {
                return v;
            }
        }
        Future<float[]> f = queryPool.submit(() -> {
            float[] v = provider.embed(List.of(queryText(query))).get(0);
            synchronized (cache) {
                cache.put(query, v);
            }
            return v;
        });
        try {
            return f.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EmbeddingException("interrupted");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof EmbeddingException ee) {
                throw ee;
            }
            throw new EmbeddingException(OnnxEmbeddingProvider.rootMessage(e.getCause()), e.getCause());
        }
    }

    /** Identifiers in a query are also given in words, as entity names are in their texts. */
    static String queryText(String query) {
        String words = EntityText.words(query);
        return words.equalsIgnoreCase(query) ? query : query + " (" + words + ")";
    }

    private static Result done(long t0, List<ScoredUid> hits, String warning) {
        return new Result(hits, Optional.ofNullable(warning), (System.nanoTime() - t0) / 1e6);
    }

    @Override
    public void close() {
        queryPool.shutdownNow();
    }
}
