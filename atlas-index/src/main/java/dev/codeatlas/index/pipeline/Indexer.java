package dev.codeatlas.index.pipeline;

import dev.codeatlas.index.resolve.CodeGraph;
import dev.codeatlas.index.resolve.FileInterface;
import dev.codeatlas.index.resolve.GraphBuilder;
import dev.codeatlas.index.store.FileRecord;
import dev.codeatlas.index.store.IndexMeta;
import dev.codeatlas.index.store.LuceneGraphStore;
import dev.codeatlas.index.store.LuceneGraphWriter;
import dev.codeatlas.index.store.SkippedFile;
import dev.codeatlas.model.GraphEdge;
import dev.codeatlas.model.GraphNode;
import dev.codeatlas.model.ParsedFile;
import dev.codeatlas.parser.SourceParser;
import dev.codeatlas.parser.json.ParsedFileJson;
import dev.codeatlas.parser.json.ParsedFileReader;
import dev.codeatlas.parser.scan.SourceWalker;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Scans a root, parses what changed since the last commit (size and mtime first, content hash
 * to confirm), reuses the cached parse of everything else, resolves the whole project into a
 * graph and commits only the files whose nodes or edges changed. The graph is a function of
 * the files' content alone, so a delta run leaves exactly what a full rebuild would.
 */
public final class Indexer {

    /**
     * @param full       ignore the previous commit and rebuild
     * @param lockWait   how long to wait for another writer of the same index
     */
    public record Options(boolean full, boolean useIgnoreFiles, int threads, Duration lockWait, boolean includeGenerated) {
        public Options(boolean full, boolean useIgnoreFiles, int threads, Duration lockWait) {
            this(full, useIgnoreFiles, threads, lockWait, false);
        }

        public static Options defaults() {
            return new Options(false, true, Runtime.getRuntime().availableProcessors(), Duration.ofSeconds(30));
        }
    }

    /** Progress events for the CLI. */
    public interface Progress {
        void phase(String name);

        void step(String phase, long done, long total);

        Progress NONE = new Progress() {
            @Override
            public void phase(String name) {
            }

            @Override
            public void step(String phase, long done, long total) {
            }
        };
    }

    private record Candidate(Path path, String rel, long size, long mtime) {
    }

    private final SourceParser parser;

    public Indexer(SourceParser parser) {
        this.parser = parser;
    }

    public IndexSummary index(Path root, String project, Path indexDir, Options opt, Progress progress) throws IOException {
        long t0 = System.nanoTime();
        Map<String, Long> phases = new LinkedHashMap<>();
        Path realRoot = root.toRealPath();

        // ---- previous state
        Map<String, FileRecord> previous = new HashMap<>();
        if (!opt.full()) {
            Optional<LuceneGraphStore> old = LuceneGraphStore.open(indexDir);
            if (old.isPresent()) {
                try (LuceneGraphStore s = old.get()) {
                    if (s.meta().schemaVersion() == LuceneGraphStore.SCHEMA_VERSION && s.meta().project().equals(project)) {
                        previous.putAll(s.files());
                    }
                }
            }
        }

        // ---- scan
        progress.phase("scan");
        long ts = System.nanoTime();
        List<Candidate> candidates = new ArrayList<>();
        List<SkippedFile> skipped = new ArrayList<>();
        new SourceWalker(realRoot, opt.useIgnoreFiles(), rel -> parser.registry().forPath(rel).isPresent())
                .includeGenerated(opt.includeGenerated())
                .walk(new SourceWalker.Listener() {
                    @Override
                    public void file(Path path, String relative, long size) {
                        long mtime;
                        try {
                            mtime = Files.getLastModifiedTime(path).toMillis();
                        } catch (IOException e) {
                            skipped.add(new SkippedFile(relative, "unreadable: " + e.getClass().getSimpleName()));
                            return;
                        }
                        candidates.add(new Candidate(path, relative, size, mtime));
                    }

                    @Override
                    public void skipped(String relative, String reason) {
                        skipped.add(new SkippedFile(relative, reason));
                    }
                });
        phases.put("scan", ms(ts));

        // ---- what changed (size+mtime, then hash)
        long th = System.nanoTime();
        List<Candidate> suspects = new ArrayList<>();
        Map<String, String> hashes = new HashMap<>();
        List<Candidate> unchanged = new ArrayList<>();
        for (Candidate c : candidates) {
            FileRecord prev = previous.get(c.rel());
            if (prev != null && prev.size() == c.size() && prev.mtime() == c.mtime()) {
                unchanged.add(c);
                hashes.put(c.rel(), prev.hash());
            } else {
                suspects.add(c);
            }
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, opt.threads()), r -> {
            Thread t = new Thread(r, "atlas-index");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Candidate> changed = new ArrayList<>();
            List<Future<String>> hashJobs = new ArrayList<>();
            for (Candidate c : suspects) {
                hashJobs.add(pool.submit(() -> hash(c.path())));
            }
            for (int i = 0; i < suspects.size(); i++) {
                Candidate c = suspects.get(i);
                String h = get(hashJobs.get(i));
                hashes.put(c.rel(), h);
                FileRecord prev = previous.get(c.rel());
                if (prev != null && prev.hash().equals(h)) {
                    unchanged.add(c); // touched, same content
                } else {
                    changed.add(c);
                }
            }
            List<String> deleted = new ArrayList<>();
            java.util.Set<String> present = new java.util.HashSet<>();
            for (Candidate c : candidates) {
                present.add(c.rel());
            }
            for (String p : previous.keySet()) {
                if (!present.contains(p)) {
                    deleted.add(p);
                }
            }
            phases.put("hash", ms(th));
            if (!opt.full() && !previous.isEmpty() && changed.isEmpty() && deleted.isEmpty()) {
                List<Candidate> touched = new ArrayList<>();
                for (Candidate c : suspects) {
                    touched.add(c);
                }
                if (!touched.isEmpty()) {
                    refreshTouched(indexDir, opt, touched, previous);
                }
                phases.put("total", ms(t0));
                return new IndexSummary(project, realRoot.toString(), indexDir.toString(), false, !touched.isEmpty(), false, candidates.size(),
                        0, unchanged.size(), 0, skipped.size(), -1, -1, 0, phases, null, ms(t0));
            }

            // ---- one writer for the whole run: blobs are written as files are parsed and nothing
            // is visible to readers before the commit at the end
            try (LuceneGraphWriter w = LuceneGraphWriter.open(indexDir, opt.lockWait())) {
                if (opt.full() || previous.isEmpty()) {
                    w.clear();
                }
                progress.phase("parse");
                long tp = System.nanoTime();
                Map<String, ParsedFile> parsed = new TreeMap<>();
                Map<String, String> interfaces = new HashMap<>();
                Map<String, String> languages = new HashMap<>();
                List<Future<Object[]>> parseJobs = new ArrayList<>();
                for (Candidate c : changed) {
                    parseJobs.add(pool.submit(() -> {
                        SourceParser.WithText pt = parser.parseFileWithText(c.path(), c.rel());
                        ParsedFile f = pt.parsed();
                        w.putText(f, pt.text()); // analysed here, on the parse workers
                        ParsedFile view = FileInterface.of(f);
                        return new Object[] {f, ParsedFileJson.toUtf8(f), ParsedFileJson.toUtf8(view), FileInterface.hash(view)};
                    }));
                }
                long bytes = 0;
                for (int i = 0; i < changed.size(); i++) {
                    Object[] r = get(parseJobs.get(i));
                    parseJobs.set(i, null);
                    Candidate c = changed.get(i);
                    ParsedFile f = (ParsedFile) r[0];
                    parsed.put(c.rel(), f);
                    languages.put(c.rel(), f.language());
                    interfaces.put(c.rel(), (String) r[3]);
                    w.putBlobs(c.rel(), (byte[]) r[1], (byte[]) r[2]);
                    bytes += c.size();
                    if (i % 256 == 0) {
                        progress.step("parse", i, changed.size());
                    }
                }
                phases.put("parse", ms(tp));

                // Only this run's files need re-resolving when none was added or removed and every
                // changed file kept its interface: nothing another file resolves against moved.
                boolean partial = !opt.full() && !previous.isEmpty() && deleted.isEmpty();
                for (Candidate c : changed) {
                    FileRecord prev = previous.get(c.rel());
                    partial &= prev != null && interfaces.get(c.rel()).equals(prev.interfaceHash());
                }
                long tl = System.nanoTime();
                Map<String, List<GraphEdge>> oldEdges = new HashMap<>();
                IndexMeta oldMeta = null;
                if (!unchanged.isEmpty() || partial) {
                    progress.phase("load");
                    Map<String, byte[]> cached;
                    try (LuceneGraphStore s = LuceneGraphStore.open(indexDir).orElseThrow()) {
                        cached = partial ? s.allSymbolsJson() : s.allParsedJson();
                        if (partial) {
                            oldMeta = s.meta();
                            for (Candidate c : changed) {
                                oldEdges.put(c.rel(), s.edgesOf(c.rel()));
                            }
                        }
                    }
                    List<Future<ParsedFile>> loads = new ArrayList<>();
                    for (Candidate c : unchanged) {
                        byte[] b = cached.remove(c.rel());
                        loads.add(pool.submit(() -> ParsedFileReader.read(b)));
                    }
                    cached = null;
                    for (int i = 0; i < unchanged.size(); i++) {
                        parsed.put(unchanged.get(i).rel(), get(loads.get(i)));
                        loads.set(i, null);
                    }
                }
                phases.put("load", ms(tl));

                // ---- resolve
                progress.phase("resolve");
                long tr = System.nanoTime();
                java.util.Set<String> changedPaths = new java.util.HashSet<>();
                changed.forEach(c -> changedPaths.add(c.rel()));
                boolean incremental = partial;
                for (Map.Entry<String, ParsedFile> e : parsed.entrySet()) {
                    languages.putIfAbsent(e.getKey(), e.getValue().language());
                }
                CodeGraph graph = GraphBuilder.build(project, new ArrayList<>(parsed.values()),
                        path -> !incremental || changedPaths.contains(path));
                parsed.clear(); // the graph is all that is needed from here on
                Map<String, List<GraphNode>> nodesByFile = new HashMap<>();
                Map<String, String> fileOfUid = new HashMap<>();
                for (GraphNode n : graph.nodes()) {
                    nodesByFile.computeIfAbsent(n.file(), k -> new ArrayList<>()).add(n);
                    fileOfUid.put(n.uid(), n.file());
                }
                Map<String, List<GraphEdge>> edgesByFile = new HashMap<>();
                for (GraphEdge e : graph.edges()) {
                    edgesByFile.computeIfAbsent(fileOfUid.getOrDefault(e.from(), ""), k -> new ArrayList<>()).add(e);
                }
                fileOfUid = null;
                phases.put("resolve", ms(tr));

                // ---- store
                progress.phase("store");
                long tw = System.nanoTime();
                for (String d : deleted) {
                    w.deleteNodes(d);
                    w.deleteEdges(d);
                    w.deleteFile(d);
                }
                Map<String, Long> nodeCounts = new TreeMap<>();
                Map<String, Long> edgeCounts = new TreeMap<>();
                if (partial) {
                    // only the changed files were re-resolved: the project-wide nodes (derived from
                    // interfaces, which held) stay as committed; adjust the previous edge counts
                    nodeCounts.putAll(oldMeta.nodeCounts());
                    edgeCounts.putAll(oldMeta.edgeCounts());
                    for (List<GraphEdge> old : oldEdges.values()) {
                        old.forEach(e -> edgeCounts.merge(e.rel().name(), -1L, Long::sum));
                    }
                    for (Candidate c : changed) {
                        edgesByFile.getOrDefault(c.rel(), List.of()).forEach(e -> edgeCounts.merge(e.rel().name(), 1L, Long::sum));
                    }
                    edgeCounts.values().removeIf(v -> v == 0);
                } else {
                    graph.nodes().forEach(n -> nodeCounts.merge(n.label().wireName(), 1L, Long::sum));
                    graph.edges().forEach(e -> edgeCounts.merge(e.rel().name(), 1L, Long::sum));
                    // project-wide nodes and edges (project, packages, external symbols)
                    w.replaceNodes("", nodesByFile.getOrDefault("", List.of()));
                    w.replaceEdges("", edgesByFile.getOrDefault("", List.of()));
                }
                long nodeTotal = graph.nodes().size();
                long edgeTotal = graph.edges().size();
                var stats = graph.stats();
                graph = null;
                int i = 0;
                for (Candidate c : candidates) {
                    String path = c.rel();
                    if (partial && !changedPaths.contains(path)) {
                        continue;
                    }
                    List<GraphNode> fileNodes = nodesByFile.getOrDefault(path, List.of());
                    List<GraphEdge> fileEdges = edgesByFile.getOrDefault(path, List.of());
                    String nfp = fingerprintNodes(fileNodes);
                    byte[] encoded = fileEdges.isEmpty() ? null : LuceneGraphWriter.encodeEdges(fileEdges);
                    String efp = encoded == null ? "" : sha1Hex(encoded);
                    FileRecord prev = previous.get(path);
                    boolean rewrite = opt.full() || prev == null;
                    if (rewrite || !nfp.equals(prev.nodesFingerprint())) {
                        w.replaceNodes(path, fileNodes);
                    }
                    if (rewrite || !efp.equals(prev.edgesFingerprint())) {
                        w.replaceEncodedEdges(path, encoded);
                    }
                    String iface = interfaces.containsKey(path) ? interfaces.get(path) : prev.interfaceHash();
                    FileRecord rec = new FileRecord(path, languages.get(path), c.size(), c.mtime(), hashes.get(path), nfp, efp, iface);
                    if (rewrite || !rec.equals(prev)) {
                        w.putFileRecord(rec);
                    }
                    nodesByFile.remove(path);
                    edgesByFile.remove(path);
                    if (++i % 1024 == 0) {
                        progress.step("store", i, candidates.size());
                    }
                }
                w.replaceSkipped(skipped);
                w.commit(new IndexMeta(0, project, realRoot.toString(), System.currentTimeMillis(), gitHead(realRoot),
                        nodeCounts, edgeCounts));
                phases.put("store", ms(tw));
                phases.put("total", ms(t0));
                return new IndexSummary(project, realRoot.toString(), indexDir.toString(), opt.full() || previous.isEmpty(), true, partial,
                        candidates.size(), changed.size(), unchanged.size(), deleted.size(), skipped.size(),
                        nodeTotal, edgeTotal, bytes, phases, stats, ms(t0));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** Same content, new mtime: record the mtime so the next run need not hash these files again. */
    private static void refreshTouched(Path indexDir, Options opt, List<Candidate> touched, Map<String, FileRecord> previous)
            throws IOException {
        try (LuceneGraphStore s = LuceneGraphStore.open(indexDir).orElseThrow();
             LuceneGraphWriter w = LuceneGraphWriter.open(indexDir, opt.lockWait())) {
            for (Candidate c : touched) {
                FileRecord p = previous.get(c.rel());
                w.putFileRecord(new FileRecord(p.path(), p.language(), c.size(), c.mtime(), p.hash(), p.nodesFingerprint(),
                        p.edgesFingerprint(), p.interfaceHash()));
            }
            IndexMeta m = s.meta();
            w.commit(new IndexMeta(0, m.project(), m.root(), System.currentTimeMillis(), m.gitHead(), m.nodeCounts(), m.edgeCounts()));
        }
    }

    static String fingerprintNodes(List<GraphNode> nodes) {
        MessageDigest d = sha1();
        for (GraphNode n : nodes) {
            d.update(n.toString().getBytes(StandardCharsets.UTF_8));
        }
        return HexFormat.of().formatHex(d.digest());
    }

    static String sha1Hex(byte[] bytes) {
        return HexFormat.of().formatHex(sha1().digest(bytes));
    }

    static String hash(Path p) throws IOException {
        MessageDigest d = sha1();
        byte[] buf = new byte[64 * 1024];
        try (InputStream in = Files.newInputStream(p)) {
            int n;
            while ((n = in.read(buf)) > 0) {
                d.update(buf, 0, n);
            }
        }
        return HexFormat.of().formatHex(d.digest());
    }

    private static MessageDigest sha1() {
        try {
            return MessageDigest.getInstance("SHA-1");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** HEAD commit of the git repository at root, "" when there is none. */
    static String gitHead(Path root) {
        try {
            Path git = root.resolve(".git");
            if (!Files.isDirectory(git)) {
                return "";
            }
            String head = Files.readString(git.resolve("HEAD")).strip();
            if (!head.startsWith("ref: ")) {
                return head;
            }
            String ref = head.substring(5);
            Path loose = git.resolve(ref);
            if (Files.isRegularFile(loose)) {
                return Files.readString(loose).strip();
            }
            Path packed = git.resolve("packed-refs");
            if (Files.isRegularFile(packed)) {
                for (String line : Files.readAllLines(packed)) {
                    if (line.endsWith(" " + ref)) {
                        return line.substring(0, line.indexOf(' '));
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            return "";
        }
        return "";
    }

    private static long ms(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }

    private static <T> T get(Future<T> f) throws IOException {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IOException(e.getCause());
        }
    }
}
