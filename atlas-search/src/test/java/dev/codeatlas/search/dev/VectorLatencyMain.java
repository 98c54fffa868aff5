package dev.codeatlas.search.dev;

import dev.codeatlas.index.store.LuceneGraphStore;
import dev.codeatlas.search.embed.EmbeddingProvider;
import dev.codeatlas.search.embed.EmbeddingProviders;
import dev.codeatlas.search.embed.VectorChannel;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Developer tool: latency of the vector channel on an index, warm (query embedding + kNN, and
 * kNN alone with a cached query). Usage: VectorLatencyMain INDEX_DIR [ROUNDS]
 */
public final class VectorLatencyMain {

    private static final List<String> QUERIES = List.of("parse a date string", "read bytes from a socket with a timeout",
            "compare two strings ignoring case", "thread pool that runs scheduled tasks", "compute a hash code of an array",
            "convert a number to hexadecimal", "lock for concurrent readers and writers", "copy a file to another directory",
            "zip compression stream", "format a decimal number with grouping", "sort a list with a comparator",
            "load a class by name", "encode a string as UTF-8 bytes", "random number generator seed", "weak reference cache");

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        try (EmbeddingProvider provider = EmbeddingProviders.fromEnvironment().orElseThrow();
             LuceneGraphStore store = LuceneGraphStore.open(Path.of(args[0])).orElseThrow();
             VectorChannel ch = new VectorChannel(store, provider, Duration.ofSeconds(30))) {
            ch.search("warm up", 10, Optional.empty());
            List<Double> cold = new ArrayList<>();
            for (String q : QUERIES) {
                cold.add(ch.search(q, 30, Optional.empty()).millis());
            }
            List<Double> cached = new ArrayList<>();
            for (int r = 0; r < rounds; r++) {
                for (String q : QUERIES) {
                    cached.add(ch.search(q, 30, Optional.empty()).millis());
                }
            }
            System.out.printf(Locale.ROOT, "embed+kNN: p50 %.1f ms, p95 %.1f ms; kNN (query cached): p50 %.2f ms, p95 %.2f ms; %d vectors%n",
                    pct(cold, 50), pct(cold, 95), pct(cached, 50), pct(cached, 95), store.vectorCount(provider.modelId()));
            System.out.println(ch.search(QUERIES.get(0), 5, Optional.empty()).hits());
        }
    }

    private static double pct(List<Double> xs, int p) {
        List<Double> s = new ArrayList<>(xs);
        s.sort(null);
        return s.get(Math.min(s.size() - 1, (int) Math.ceil(p / 100.0 * s.size()) - 1));
    }
}
