package dev.codeatlas.search.embed;

import dev.codeatlas.index.store.EmbeddingCoverage;
import dev.codeatlas.index.store.EntityVector;
import dev.codeatlas.index.store.IndexBusyException;
import dev.codeatlas.index.store.IndexMeta;
import dev.codeatlas.index.store.LuceneGraphStore;
import dev.codeatlas.index.store.LuceneGraphWriter;
import dev.codeatlas.index.store.VectorStamp;
import dev.codeatlas.model.GraphNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Brings the vectors of a committed index up to date, after the structural commit: embeds the
 * entities whose text changed (or that have no vector of the provider's model), deletes the
 * vectors of entities that are gone, and commits every {@link Options#commitEvery()} vectors so
 * that progress survives a crash and searches see partial coverage. The index lock is held only
 * while a batch is written, never while the provider works. A provider failure stops the pass
 * and is reported in the result; the structural index is never touched.
 */
public final class Embedder {

    /**
     * @param chunk       texts per provider call (progress is reported after each)
     * @param commitEvery vectors per commit
     * @param lockWait    how long to wait for the index lock before each commit
     */
    public record Options(int chunk, int commitEvery, Duration lockWait) {
        public static Options defaults() {
            return new Options(64, 2048, Duration.ofSeconds(60));
        }

        public Options withLockWait(Duration wait) {
            return new Options(chunk, commitEvery, wait);
        }
    }

    /** Progress of a pass: vectors computed so far out of those to compute. */
    public interface Progress {
        void update(long done, long total);

        Progress NONE = (done, total) -> {
        };
    }

    private record Pending(GraphNode node, String text, String hash) {
    }

    private final EmbeddingProvider provider;
    private final Options options;

    public Embedder(EmbeddingProvider provider, Options options) {
        this.provider = provider;
        this.options = options;
    }

    public EmbedResult run(Path indexDir, Progress progress) throws IOException {
        long t0 = System.nanoTime();
        String model = provider.modelId();
        IndexMeta meta;
        List<GraphNode> entities = new ArrayList<>();
        Map<String, VectorStamp> stamps;
        Optional<EmbeddingCoverage> recorded;
        try (LuceneGraphStore store = LuceneGraphStore.open(indexDir)
                .orElseThrow(() -> new IOException("no index at " + indexDir + "; run 'atlas index ROOT' first"))) {
            meta = store.meta();
            store.forEachNode(n -> {
                if (EntityText.embeddable(n)) {
                    entities.add(n);
                }
            });
            stamps = store.vectorStamps();
            recorded = store.embeddingCoverage();
        }

        // ---- what needs a (new) vector: texts are compared by hash, files read once each
        entities.sort(Comparator.comparing(GraphNode::file).thenComparingInt(GraphNode::lineStart));
        SourceLines source = new SourceLines(Path.of(meta.root()));
        List<Pending> pending = new ArrayList<>();
        Set<String> wanted = new HashSet<>();
        String file = null;
        List<String> lines = List.of();
        for (GraphNode n : entities) {
            if (!n.file().equals(file)) {
                file = n.file();
                lines = source.read(file);
            }
            wanted.add(n.uid());
            String text = EntityText.of(n, lines);
            String hash = EntityText.hash(n, text);
            VectorStamp s = stamps.get(n.uid());
            if (s == null || !s.textHash().equals(hash) || !s.model().equals(model)) {
                pending.add(new Pending(n, text, hash));
            }
        }
        List<String> stale = new ArrayList<>();
        for (String uid : stamps.keySet()) {
            if (!wanted.contains(uid)) {
                stale.add(uid);
            }
        }
        long total = entities.size();
        long reused = total - pending.size();
        pending.sort(Comparator.comparingInt((Pending p) -> EntityText.priority(p.node())));

        EmbeddingCoverage start = coverage(model, reused, total, meta);
        boolean recordedCurrent = recorded.isPresent() && recorded.get().model().equals(model)
                && recorded.get().vectors() == reused && recorded.get().entities() == total && recorded.get().isFor(meta);
        Optional<String> failure = Optional.empty();
        if (!stale.isEmpty() || (pending.isEmpty() && !recordedCurrent)) {
            failure = write(indexDir, List.of(), stale, start);
            if (failure.isPresent()) {
                return new EmbedResult(model, total, 0, reused, 0, reused, failure, (System.nanoTime() - t0) / 1_000_000);
            }
        }

        // ---- embed in chunks, commit in batches
        long done = 0;
        long committed = 0;
        List<EntityVector> buffer = new ArrayList<>();
        progress.update(0, pending.size());
        for (int from = 0; from < pending.size(); from += options.chunk()) {
            if (Thread.currentThread().isInterrupted()) {
                failure = Optional.of("interrupted");
                break;
            }
            List<Pending> chunk = pending.subList(from, Math.min(pending.size(), from + options.chunk()));
            List<float[]> vectors;
            try {
                vectors = provider.embed(chunk.stream().map(Pending::text).toList());
                if (vectors.size() != chunk.size()) {
                    throw new EmbeddingException(model + " returned " + vectors.size() + " vectors for " + chunk.size() + " texts");
                }
            } catch (EmbeddingException e) {
                failure = Optional.of(e.getMessage());
                break;
            }
            for (int i = 0; i < chunk.size(); i++) {
                GraphNode n = chunk.get(i).node();
                buffer.add(new EntityVector(n.uid(), n.label().wireName(), n.kind(), n.language(), n.file(), chunk.get(i).hash(),
                        model, vectors.get(i)));
            }
            done += chunk.size();
            if (buffer.size() >= options.commitEvery()) {
                failure = write(indexDir, buffer, List.of(), coverage(model, reused + done, total, meta));
                if (failure.isPresent()) {
                    return new EmbedResult(model, total, committed, reused, stale.size(), reused + committed, failure,
                            (System.nanoTime() - t0) / 1_000_000);
                }
                committed = done;
                buffer.clear();
            }
            progress.update(done, pending.size());
        }
        if (!buffer.isEmpty()) {
            Optional<String> last = write(indexDir, buffer, List.of(), coverage(model, reused + done, total, meta));
            if (last.isEmpty()) {
                committed = done;
            } else if (failure.isEmpty()) {
                failure = last;
            }
        }
        return new EmbedResult(model, total, committed, reused, stale.size(), reused + committed, failure,
                (System.nanoTime() - t0) / 1_000_000);
    }


    private static EmbeddingCoverage coverage(String model, long vectors, long entities, IndexMeta meta) {
        return new EmbeddingCoverage(model, vectors, entities, meta.committedAt(), System.currentTimeMillis());
    }

    /** Commits vectors and deletions; empty when done, else why not (another writer kept the lock). */
    private Optional<String> write(Path indexDir, List<EntityVector> vectors, List<String> deletions, EmbeddingCoverage coverage)
            throws IOException {
        try (LuceneGraphWriter w = LuceneGraphWriter.open(indexDir, options.lockWait())) {
            w.deleteVectors(deletions);
            for (EntityVector v : vectors) {
                w.putVector(v);
            }
            w.commitEmbeddings(coverage);
            return Optional.empty();
        } catch (IndexBusyException e) {
            return Optional.of(e.getMessage());
        }
    }
}
