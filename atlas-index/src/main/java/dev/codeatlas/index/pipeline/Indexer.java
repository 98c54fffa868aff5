package dev.codeatlas.index.pipeline;

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
            LuceneGraphStore old = null;
            boolean small = !opt.full() && !previous.isEmpty() && changed.size() + deleted.size() <= Math.max(64, candidates.size() / 20);
            try (LuceneGraphWriter w = LuceneGraphWriter.open(indexDir, opt.lockWait(), small);
                 ParseSpill spill = new ParseSpill(indexDir.toAbsolutePath().getParent())) {
                if (opt.full() || previous.isEmpty()) {
                    w.clear();
                }
                // The unchanged files' interfaces stream into the symbol table from the last commit
                // on a thread of their own while the changed files are parsed.
                GraphBuilder.Interfaces table = new GraphBuilder.Interfaces(project);
                Map<String, String> languages = new java.util.concurrent.ConcurrentHashMap<>();
                if (!unchanged.isEmpty() || (!opt.full() && !previous.isEmpty())) {
                    old = LuceneGraphStore.open(indexDir).orElseThrow();
                }
                java.util.concurrent.CompletableFuture<Void> loading = java.util.concurrent.CompletableFuture.completedFuture(null);
                if (!unchanged.isEmpty()) {
                    LuceneGraphStore from = old;
                    java.util.Set<String> wanted = java.util.concurrent.ConcurrentHashMap.newKeySet();
                    unchanged.forEach(c -> wanted.add(c.rel()));
                    loading = java.util.concurrent.CompletableFuture.runAsync(() -> {
                        try {
                            loadInterfaces(from, wanted, table, languages, pool, opt.threads());
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    }, r -> {
                        Thread t = new Thread(r, "atlas-load");
                        t.setDaemon(true);
                        t.start();
                    });
                }
                progress.phase("parse");
                long tp = System.nanoTime();
                // Memory holds each file's interface only; whole parses wait in the spill file
                // until their file is resolved.
                Map<String, String> interfaces = new HashMap<>();
                // Workers parse, analyse the text, write the blobs and spill the whole parse; this
                // thread folds the interfaces into the symbol table. A bounded window of files is in
                // flight, so memory does not grow with the number of files parsed.
                java.util.ArrayDeque<Future<Object[]>> parseJobs = new java.util.ArrayDeque<>();
                int parseDepth = Math.max(4, opt.threads() * 8);
                long bytes = 0;
                int next = 0;
                for (int i = 0; i < changed.size(); i++) {
                    while (next < changed.size() && parseJobs.size() < parseDepth) {
                        Candidate c = changed.get(next++);
                        parseJobs.add(pool.submit(() -> {
                            SourceParser.WithText pt = parser.parseFileWithText(c.path(), c.rel());
                            ParsedFile f = pt.parsed();
                            w.putText(f, pt.text());
                            ParsedFile view = FileInterface.of(f);
                            byte[] json = ParsedFileJson.toUtf8(f);
                            w.putBlobs(c.rel(), json, dev.codeatlas.index.resolve.InterfaceCodec.encode(view));
                            spill.put(c.rel(), json);
                            return new Object[] {view, FileInterface.hash(view)};
                        }));
                    }
                    Object[] r = get(parseJobs.poll());
                    Candidate c = changed.get(i);
                    ParsedFile view = (ParsedFile) r[0];
                    table.add(view); // folded into the symbol table as it comes: no file's view is held
                    languages.put(c.rel(), view.language());
                    interfaces.put(c.rel(), (String) r[1]);
                    bytes += c.size();
                    if (i % 256 == 0) {
                        progress.step("parse", i, changed.size());
                    }
                }
                parseJobs = null;
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
                if (partial) {
                    oldMeta = old.meta();
                    for (Candidate c : changed) {
                        oldEdges.put(c.rel(), old.edgesOf(c.rel()));
                    }
                }
                if (!loading.isDone()) {
                    progress.phase("load");
                }
                try {
                    loading.join();
                } catch (java.util.concurrent.CompletionException e) {
                    if (e.getCause() instanceof java.io.UncheckedIOException u) {
                        throw u.getCause();
                    }
                    throw e.getCause() instanceof RuntimeException re ? re : e;
                }
                phases.put("load", ms(tl));

                // ---- resolve and store, file by file: the symbol table is built from the
                // interfaces; each file's whole parse is read back, resolved and written, and
                // dropped, so neither every file's references nor every edge is ever in memory
                progress.phase("resolve");
                long tr = System.nanoTime();
                java.util.Set<String> changedPaths = new java.util.HashSet<>();
                changed.forEach(c -> changedPaths.add(c.rel()));
                GraphBuilder builder = table.build();
                long tableMs = ms(tr);
                for (String d : deleted) {
                    w.deleteNodes(d);
                    w.deleteEdges(d);
                    w.deleteFile(d);
                }
                Map<String, Long> nodeCounts = new TreeMap<>();
                Map<String, Long> edgeCounts = new TreeMap<>();
                GraphBuilder.ProjectPart whole = builder.projectPart();
                if (partial) {
                    // only the changed files are re-resolved: the project-wide nodes (derived from
                    // interfaces, which held) stay as committed; adjust the previous edge counts
                    nodeCounts.putAll(oldMeta.nodeCounts());
                    edgeCounts.putAll(oldMeta.edgeCounts());
                    for (List<GraphEdge> prior : oldEdges.values()) {
                        prior.forEach(e -> edgeCounts.merge(e.rel().name(), -1L, Long::sum));
                    }
                }
                LuceneGraphStore store = old;
                java.util.ArrayDeque<Future<Resolved>> window = new java.util.ArrayDeque<>();
                int depth = Math.max(4, opt.threads() * 8);
                long storeNanos = 0;
                int done = 0;
                int total = partial ? changed.size() : candidates.size();
                boolean onlyChanged = partial;
                java.util.Iterator<Candidate> todo = candidates.stream()
                        .filter(c -> !onlyChanged || changedPaths.contains(c.rel())).iterator();
                while (todo.hasNext() || !window.isEmpty()) {
                    if (todo.hasNext() && window.size() < depth) {
                        Candidate c = todo.next();
                        boolean fresh = changedPaths.contains(c.rel());
                        window.add(pool.submit(() -> {
                            byte[] json = fresh ? spill.get(c.rel()) : store.parsedJson(c.rel())
                                    .orElseThrow(() -> new IOException("no cached parse for " + c.rel()));
                            GraphBuilder.FileGraph g = builder.resolve(ParsedFileReader.read(json));
                            byte[] encoded = g.edges().isEmpty() ? null : LuceneGraphWriter.encodeEdges(g.edges());
                            return new Resolved(c, g, fingerprintNodes(g.nodes()), encoded, encoded == null ? "" : sha1Hex(encoded));
                        }));
                        continue;
                    }
                    storeNanos += store(w, get(window.poll()), partial, opt, previous, interfaces, languages, hashes,
                            nodeCounts, edgeCounts, whole);
                    if (++done % 1024 == 0) {
                        progress.step("resolve", done, total);
                    }
                }
                phases.put("table", tableMs);
                phases.put("resolve", ms(tr) - tableMs - storeNanos / 1_000_000);

                // ---- store
                progress.phase("store");
                long tw = System.nanoTime();
                if (!partial) { // a partial run keeps every interface, so the project-wide part as committed
                    List<GraphNode> projectNodes = whole.nodes();
                    projectNodes.forEach(n -> nodeCounts.merge(n.label().wireName(), 1L, Long::sum));
                    w.replaceNodes("", projectNodes);
                    List<GraphEdge> projectEdges = whole.edges();
                    projectEdges.forEach(e -> edgeCounts.merge(e.rel().name(), 1L, Long::sum));
                    w.replaceEdges("", projectEdges);
                }
                edgeCounts.values().removeIf(v -> v == 0);
                long nodeTotal = nodeCounts.values().stream().mapToLong(Long::longValue).sum();
                long edgeTotal = edgeCounts.values().stream().mapToLong(Long::longValue).sum();
                w.replaceSkipped(skipped);
                w.commit(new IndexMeta(0, project, realRoot.toString(), System.currentTimeMillis(), gitHead(realRoot),
                        nodeCounts, edgeCounts));
                phases.put("store", ms(tw) + storeNanos / 1_000_000);
                phases.put("total", ms(t0));
                return new IndexSummary(project, realRoot.toString(), indexDir.toString(), opt.full() || previous.isEmpty(), true, partial,
                        candidates.size(), changed.size(), unchanged.size(), deleted.size(), skipped.size(),
                        nodeTotal, edgeTotal, bytes, phases, whole.stats(), ms(t0));
            } finally {
                if (old != null) {
                    old.close();
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** Folds the interfaces of the {@code wanted} files, as last committed, into the table. */
    private static void loadInterfaces(LuceneGraphStore from, java.util.Set<String> wanted, GraphBuilder.Interfaces table,
                                       Map<String, String> languages, ExecutorService pool, int threads) throws IOException {
        java.util.ArrayDeque<Future<ParsedFile>> loads = new java.util.ArrayDeque<>();
        int depth = Math.max(4, threads * 16);
        java.util.function.Consumer<ParsedFile> fold = view -> {
            if (wanted.remove(view.file())) { // a changed file's last interface is not wanted
                table.add(view);
                languages.putIfAbsent(view.file(), view.language());
            }
        };
        try {
            from.forEachInterface(json -> {
                loads.add(pool.submit(() -> dev.codeatlas.index.resolve.InterfaceCodec.decode(json)));
                while (loads.size() >= depth) {
                    fold.accept(getUnchecked(loads.poll()));
                }
            });
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
        while (!loads.isEmpty()) {
            fold.accept(get(loads.poll()));
        }
        if (!wanted.isEmpty()) {
            throw new IOException("the index has no cached interface for " + wanted.size() + " file(s), e.g. "
                    + wanted.iterator().next() + "; re-index with --full");
        }
    }

    /** One file resolved, its nodes fingerprinted and its edges encoded, ready to store. */
    private record Resolved(Candidate candidate, GraphBuilder.FileGraph graph, String nodesFingerprint, byte[] edges,
                            String edgesFingerprint) {
    }

    /** Writes what changed of one resolved file; returns the nanoseconds spent writing. */
    private static long store(LuceneGraphWriter w, Resolved r, boolean partial, Options opt, Map<String, FileRecord> previous,
                              Map<String, String> interfaces, Map<String, String> languages, Map<String, String> hashes,
                              Map<String, Long> nodeCounts, Map<String, Long> edgeCounts, GraphBuilder.ProjectPart whole)
            throws IOException {
        long t = System.nanoTime();
        Candidate c = r.candidate();
        String path = c.rel();
        GraphBuilder.FileGraph g = r.graph();
        FileRecord prev = previous.get(path);
        boolean rewrite = opt.full() || prev == null;
        if (rewrite || !r.nodesFingerprint().equals(prev.nodesFingerprint())) {
            w.replaceNodes(path, g.nodes());
        }
        if (rewrite || !r.edgesFingerprint().equals(prev.edgesFingerprint())) {
            w.replaceEncodedEdges(path, r.edges());
        }
        String iface = interfaces.containsKey(path) ? interfaces.get(path) : prev.interfaceHash();
        FileRecord rec = new FileRecord(path, languages.get(path), c.size(), c.mtime(), hashes.get(path), r.nodesFingerprint(),
                r.edgesFingerprint(), iface);
        if (rewrite || !rec.equals(prev)) {
            w.putFileRecord(rec);
        }
        long spent = System.nanoTime() - t;
        if (!partial) { // a partial run keeps every interface, so the node counts as committed
            g.nodes().forEach(n -> nodeCounts.merge(n.label().wireName(), 1L, Long::sum));
        }
        g.edges().forEach(e -> edgeCounts.merge(e.rel().name(), 1L, Long::sum));
        whole.add(g);
        return spent;
    }

    /** Same content, new mtime: record the mtime so the next run need not hash these files again. */
    private static void refreshTouched(Path indexDir, Options opt, List<Candidate> touched, Map<String, FileRecord> previous)
            throws IOException {
        try (LuceneGraphStore s = LuceneGraphStore.open(indexDir).orElseThrow();
             LuceneGraphWriter w = LuceneGraphWriter.open(indexDir, opt.lockWait(), true)) {
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

    private static <T> T getUnchecked(Future<T> f) {
        try {
            return get(f);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
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
