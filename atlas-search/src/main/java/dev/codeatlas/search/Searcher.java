package dev.codeatlas.search;

import dev.codeatlas.index.store.Fields;
import dev.codeatlas.index.store.LuceneGraphStore;
import dev.codeatlas.index.text.TestPaths;
import dev.codeatlas.model.GraphNode;
import dev.codeatlas.model.Label;
import dev.codeatlas.index.store.ScoredUid;
import dev.codeatlas.search.context.ContextAssembler;
import dev.codeatlas.search.embed.EmbeddingProvider;
import dev.codeatlas.search.embed.EmbeddingProviders;
import dev.codeatlas.search.embed.VectorChannel;
import dev.codeatlas.search.context.ContextResult;
import dev.codeatlas.search.graph.GraphView;
import dev.codeatlas.search.graph.GraphViewCache;
import dev.codeatlas.search.text.DocValueReader;
import dev.codeatlas.search.text.TextChannel;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;

/**
 * The read side used by the CLI and the MCP server: searches (text, vector, graph channels
 * fused), symbol lookup, and context assembly over one project's committed index. Thread-safe;
 * {@link #refresh()} moves to a newer commit.
 */
public final class Searcher implements AutoCloseable {

    /** Reciprocal-rank-fusion constant. */
    static final double K = 60;
    static final int ENTITY_DEPTH = 200;
    static final int FILE_DEPTH = 100;
    static final int SYMBOL_DEPTH = 50;
    /** The parents of this many top symbol matches join as neighbours, with this share of their score. */
    static final int NEIGHBOUR_SOURCES = 5;
    static final double NEIGHBOUR_WEIGHT = 0.3;
    /** Test code weighs this much unless the query asks about tests. */
    static final double TEST_WEIGHT = 0.5;
    /** Generated and vendored code weighs this much. */
    static final double GENERATED_WEIGHT = 0.5;
    /** Longer queries are cut (a query is a question, not a document). */
    static final int MAX_QUERY_CHARS = 1_000;
    /** Symbol lookups by prefix only for names up to this long. */
    static final int MAX_PREFIX_CHARS = 100;

    /** Vector hits fused per query. */
    static final int VECTOR_DEPTH = 100;
    /** How long a query waits for its embedding before the other channels answer alone. */
    static final Duration VECTOR_TIMEOUT = Duration.ofSeconds(5);

    private final LuceneGraphStore store;
    private final GraphViewCache graphs = new GraphViewCache();
    private final VectorChannel vectors;
    private final String vectorSetupWarning;

    private Searcher(LuceneGraphStore store, Optional<EmbeddingProvider> provider, String vectorSetupWarning) {
        this.store = store;
        this.vectors = provider.map(p -> new VectorChannel(store, p, VECTOR_TIMEOUT)).orElse(null);
        this.vectorSetupWarning = vectorSetupWarning;
    }

    /**
     * Opens the index at {@code indexDir} with the embedding provider of the environment
     * ({@code ATLAS_EMBED_*}; the in-process model by default, loaded on first use); fails with
     * a clear message when there is no index.
     */
    public static Searcher open(Path indexDir) throws IOException {
        try {
            return open(indexDir, EmbeddingProviders.fromEnvironment());
        } catch (RuntimeException e) { // a bad ATLAS_EMBED_* setting: search without vectors, and say why
            LuceneGraphStore s = openStore(indexDir);
            return new Searcher(s, Optional.empty(), "vector search off: " + e.getMessage());
        }
    }

    /** Opens the index with the given provider (empty: no vector channel). */
    public static Searcher open(Path indexDir, Optional<EmbeddingProvider> provider) throws IOException {
        return new Searcher(openStore(indexDir), provider, null);
    }

    private static LuceneGraphStore openStore(Path indexDir) throws IOException {
        return LuceneGraphStore.open(indexDir)
                .orElseThrow(() -> new IOException("no index at " + indexDir + "; run 'atlas index ROOT' first"));
    }

    /**
     * Loads the embedding model in the background (when the index has embeddings) so the first
     * hybrid search does not wait for it.
     */
    public void warmUp() {
        try {
            if (vectors != null && store.embeddingCoverage().isPresent()) {
                vectors.warmUp();
            }
        } catch (IOException e) {
            // the first search will say what is wrong
        }
    }

    /**
     * Representative queries made from the index itself, for warming a server up: about half
     * identifiers (definition names) and half phrases of 2-5 words of doc comments, shuffled
     * with {@code seed}. At most {@code n}; fewer on a tiny index.
     */
    public List<String> sampleQueries(int n, long seed) throws IOException {
        java.util.Random random = new java.util.Random(seed);
        DirectoryReader reader = store.acquire();
        try {
            List<String> names = sampleTerms(reader, Fields.NAME, n / 2 + 1, 1, random,
                    Searcher::plainIdentifier);
            List<String> words = sampleTerms(reader, dev.codeatlas.index.text.TextFields.DOC, 400, 50, random,
                    t -> t.length() >= 3 && t.length() <= 12 && t.chars().allMatch(c -> c >= 'a' && c <= 'z'));
            List<String> out = new ArrayList<>(names);
            for (int i = 0; !words.isEmpty() && out.size() < n && i < n; i++) {
                int len = 2 + random.nextInt(4);
                StringBuilder b = new StringBuilder();
                for (int k = 0; k < len; k++) {
                    b.append(k == 0 ? "" : " ").append(words.get(random.nextInt(words.size())));
                }
                out.add(b.toString());
            }
            java.util.Collections.shuffle(out, random);
            return out.size() > n ? new ArrayList<>(out.subList(0, n)) : out;
        } finally {
            store.release(reader);
        }
    }

    /** A name of 3-40 ASCII letters, digits and underscores starting with a letter (checked per term: no regex). */
    private static boolean plainIdentifier(String t) {
        if (t.length() < 3 || t.length() > 40 || !Character.isLetter(t.charAt(0))) {
            return false;
        }
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (!(c < 128 && (Character.isLetterOrDigit(c) || c == '_'))) {
                return false;
            }
        }
        return true;
    }

    /** Reservoir sample of a field's terms that occur in at least {@code minDocs} documents (first 200,000 terms looked at). */
    private static List<String> sampleTerms(DirectoryReader reader, String field, int n, int minDocs, java.util.Random random,
                                            java.util.function.Predicate<String> keep) throws IOException {
        List<String> out = new ArrayList<>();
        org.apache.lucene.index.Terms terms = org.apache.lucene.index.MultiTerms.getTerms(reader, field);
        if (terms == null || n <= 0) {
            return out;
        }
        org.apache.lucene.index.TermsEnum te = terms.iterator();
        long seen = 0;
        for (int visited = 0; te.next() != null && visited < 200_000; visited++) {
            if (te.docFreq() < minDocs) {
                continue;
            }
            String t = te.term().utf8ToString();
            if (!keep.test(t)) {
                continue;
            }
            seen++;
            if (out.size() < n) {
                out.add(t);
            } else {
                long j = (long) (random.nextDouble() * seen);
                if (j < n) {
                    out.set((int) j, t);
                }
            }
        }
        return out;
    }

    public LuceneGraphStore store() {
        return store;
    }

    /** Channel weights by query shape: {symbols, definitions, files, vectors}. */
    static double[] weights(QueryShape shape) {
        return switch (shape) {
            case IDENTIFIER -> new double[] {2.0, 1.0, 0.5, VW_IDENT};
            case PATH -> new double[] {0.5, 0.5, 2.0, 0.2};
            case NATURAL -> new double[] {0.3, 1.0, 1.0, VW_NATURAL};
        };
    }

    /** Vector weight for questions in words (measured on the dev split: 0.5 gives 0.903, 1.0 0.911, 2.0 0.889). */
    static final double VW_NATURAL = 1.0;
    /** Vector weight for identifiers: names are matched exactly by the other channels. */
    static final double VW_IDENT = 0.3;

    /** Ranked entities for a query. */
    public SearchResponse search(SearchRequest request) throws IOException {
        long t0 = System.nanoTime();
        List<String> warnings = new ArrayList<>();
        String query = request.query().strip();
        if (query.length() > MAX_QUERY_CHARS) {
            query = query.substring(0, MAX_QUERY_CHARS);
            warnings.add("query cut to its first " + MAX_QUERY_CHARS + " characters");
        }
        if (query.isEmpty()) {
            return new SearchResponse(request.query(), List.of(), false, ms(t0), List.of("empty query"));
        }
        QueryShape shape = QueryShape.of(query);
        double[] w = weights(shape);
        boolean penalizeTests = !QueryShape.mentionsTests(query);
        PathMatcher glob = request.filters().pathGlob().isEmpty() ? null
                : FileSystems.getDefault().getPathMatcher("glob:" + request.filters().pathGlob());
        List<String> terms = TextChannel.terms(query);

        DirectoryReader reader = store.acquire();
        try {
            IndexSearcher searcher = new IndexSearcher(reader);
            // ---- vectors first (the query embedding is the slow part); an empty answer says why
            List<TextChannel.Key> vectorKeys = List.of();
            boolean vectorsAnswered = false;
            if (request.mode() != SearchMode.TEXT) {
                if (vectors == null) {
                    if (request.mode() == SearchMode.VECTOR) {
                        warnings.add(vectorSetupWarning != null ? vectorSetupWarning
                                : "vector search off (ATLAS_EMBED_PROVIDER=none); answered with text search");
                    }
                } else {
                    VectorChannel.Result vr = vectors.search(query, VECTOR_DEPTH, request.filters());
                    vectorKeys = keysOf(searcher, vr.hits());
                    vectorsAnswered = !vectorKeys.isEmpty();
                    // an index built without embeddings is a choice, not a failure: hybrid stays quiet about it
                    boolean noEmbeddings = vr.warning().map(x -> x.contains("no embeddings")).orElse(false);
                    if (vr.warning().isPresent() && (request.mode() == SearchMode.VECTOR || !noEmbeddings)) {
                        warnings.add(vr.warning().get() + (vectorsAnswered || request.mode() != SearchMode.VECTOR ? ""
                                : "; answered with text search"));
                    }
                }
            }
            boolean textChannels = request.mode() != SearchMode.VECTOR || !vectorsAnswered;
            TextChannel.Hits text = textChannels
                    ? TextChannel.search(searcher, terms, request.filters(), ENTITY_DEPTH, FILE_DEPTH)
                    : new TextChannel.Hits(List.of(), List.of());
            List<TextChannel.Hit> entities = text.entities();
            boolean fileResultsAllowed = request.filters().labels().isEmpty() && request.filters().kinds().isEmpty();
            List<TextChannel.Hit> files = text.files();
            List<GraphNode> symbols = textChannels ? symbolMatches(searcher, query, shape, request.filters()) : List.of();

            // ---- fuse: per-file score from every channel, then per-entity score plus its file's
            Map<TextChannel.Key, Candidate> byKey = new HashMap<>(1024);
            Map<String, Double> fileScore = new HashMap<>(512);
            Map<String, Integer> perFileHits = new HashMap<>(512);
            for (int i = 0; i < symbols.size(); i++) {
                GraphNode n = symbols.get(i);
                double s = w[0] / (K + i + 1);
                Candidate c = byKey.computeIfAbsent(key(n.file(), n.qualifiedName()),
                        k -> new Candidate(n.file(), n.qualifiedName()));
                c.node = n;
                c.score += s;
                c.channels.add("graph");
                addFile(fileScore, perFileHits, n.file(), s);
                // neighbours: the type or file that holds a top match answers for it too, a little
                if (i < NEIGHBOUR_SOURCES && !n.parent().isEmpty() && !n.parent().contains(":pkg:")) {
                    String parentQn = dev.codeatlas.model.Uids.qualifiedName(n.parent());
                    Candidate p = byKey.computeIfAbsent(key(n.file(), parentQn), k -> new Candidate(n.file(), parentQn));
                    p.score += s * NEIGHBOUR_WEIGHT;
                    p.channels.add("graph");
                }
            }
            for (int i = 0; i < entities.size(); i++) {
                TextChannel.Hit h = entities.get(i);
                double s = w[1] / (K + i + 1);
                Candidate c = byKey.computeIfAbsent(h.key(), k -> new Candidate(h.path(), h.qname()));
                c.score += s;
                c.channels.add("text");
                addFile(fileScore, perFileHits, h.path(), s);
            }
            double wv = request.mode() == SearchMode.VECTOR ? 1.0 : w[3];
            for (int i = 0; i < vectorKeys.size(); i++) {
                TextChannel.Key k = vectorKeys.get(i);
                double s = wv / (K + i + 1);
                Candidate c = byKey.computeIfAbsent(k, x -> new Candidate(k.path(), k.qname()));
                c.score += s;
                c.channels.add("vector");
                addFile(fileScore, perFileHits, k.path(), s);
            }
            for (int i = 0; i < files.size(); i++) {
                TextChannel.Hit h = files.get(i);
                double s = w[2] / (K + i + 1);
                fileScore.merge(h.path(), s, Double::sum);
                if (fileResultsAllowed) {
                    Candidate c = byKey.computeIfAbsent(h.key(), k -> new Candidate(h.path(), h.qname()));
                    c.channels.add("text");
                }
            }
            List<Candidate> ranked = new ArrayList<>();
            Map<String, Double> pathWeight = new HashMap<>(512);
            for (Candidate c : byKey.values()) {
                if (glob != null && !glob.matches(Path.of(c.path))) {
                    continue;
                }
                double fs = fileScore.getOrDefault(c.path, 0.0);
                c.score = c.score + fs;
                c.score *= pathWeight.computeIfAbsent(c.path, path ->
                        (penalizeTests && TestPaths.isTest(path) ? TEST_WEIGHT : 1.0)
                                * (TestPaths.isGenerated(path) ? GENERATED_WEIGHT : 1.0));
                ranked.add(c);
            }
            ranked.sort(Comparator.comparingDouble((Candidate c) -> -c.score)
                    .thenComparing(c -> c.path).thenComparing(c -> c.qname));
            int limit = request.limit();
            List<SearchHit> out = new ArrayList<>(Math.min(limit, ranked.size()));
            nodesAt(searcher, ranked.subList(0, Math.min(limit, ranked.size())));
            for (Candidate c : ranked) {
                if (out.size() == limit) {
                    break;
                }
                GraphNode n = c.node != null ? c.node : nodeAt(searcher, c.path, c.qname);
                if (n == null) {
                    continue; // a text document whose node is gone (cannot happen within one commit)
                }
                out.add(new SearchHit(n, round(c.score), List.copyOf(c.channels)));
            }
            return new SearchResponse(request.query(), out, ranked.size() > out.size(), ms(t0), warnings);
        } finally {
            store.release(reader);
        }
    }

    /** (file, qualified name) of vector hits, from doc values of their node documents. */
    private static List<TextChannel.Key> keysOf(IndexSearcher searcher, List<ScoredUid> hits) throws IOException {
        List<TextChannel.Key> out = new ArrayList<>(hits.size());
        if (hits.isEmpty()) {
            return out;
        }
        int[] docs = new int[hits.size()];
        int n = 0;
        for (ScoredUid h : hits) {
            BooleanQuery q = new BooleanQuery.Builder()
                    .add(new TermQuery(new Term(Fields.UID, h.uid())), BooleanClause.Occur.FILTER)
                    .add(new TermQuery(new Term(Fields.TYPE, Fields.TYPE_NODE)), BooleanClause.Occur.FILTER).build();
            ScoreDoc[] d = TextChannel.top(searcher, q, 1).scoreDocs;
            if (d.length == 1) {
                docs[n++] = d[0].doc;
            }
        }
        docs = java.util.Arrays.copyOf(docs, n);
        String[][] keys = DocValueReader.strings(searcher.getIndexReader(), docs, Fields.FILE, Fields.QNAME);
        String[] files = keys[0];
        String[] qnames = keys[1];
        for (int i = 0; i < n; i++) {
            if (!files[i].isEmpty()) {
                out.add(key(files[i], qnames[i]));
            }
        }
        return out;
    }

    /** Weight of a file's further hits beyond its best one (0.1: measured best of 0, 0.1, 0.2, 0.5 on the dev split). */
    static final double FURTHER_HITS = 0.1;

    private static void addFile(Map<String, Double> fileScore, Map<String, Integer> perFileHits, String path, double s) {
        int n = perFileHits.merge(path, 1, Integer::sum);
        // a file's best hit counts fully, further ones a little (many weak matches must not beat one strong one)
        fileScore.merge(path, n == 1 ? s : s * FURTHER_HITS / (n - 1), Double::sum);
    }

    private static final class Candidate {
        final String path;
        final String qname;
        final Set<String> channels = new LinkedHashSet<>();
        double score;
        GraphNode node;

        Candidate(String path, String qname) {
            this.path = path;
            this.qname = qname;
        }
    }

    /**
     * The graph channel: definitions whose name is the query (or a word of it that looks like
     * an identifier), exactly, then ignoring case, then by prefix.
     */
    private List<GraphNode> symbolMatches(IndexSearcher searcher, String query, QueryShape shape, SearchFilters filters)
            throws IOException {
        List<String> names = new ArrayList<>();
        if (shape == QueryShape.IDENTIFIER) {
            String q = query.endsWith("()") ? query.substring(0, query.length() - 2) : query;
            String[] parts = QUALIFIER.split(q);
            names.add(parts[parts.length - 1]);
        } else if (shape == QueryShape.NATURAL) {
            for (String word : WHITESPACE.split(query)) {
                String wd = WORD_EDGES.matcher(word).replaceAll("");
                if (looksLikeCode(wd)) {
                    names.add(wd);
                }
            }
        }
        Map<TextChannel.Key, GraphNode> out = new LinkedHashMap<>();
        String tail = shape == QueryShape.IDENTIFIER ? qualifiedTail(query) : "";
        if (shape == QueryShape.PATH) {
            pathMatches(searcher, query, filters, out);
        }
        for (String name : names) {
            collect(searcher, new TermQuery(new Term(Fields.NAME, name)), filters, out);
            collect(searcher, new TermQuery(new Term(Fields.NAME_LC, name.toLowerCase(Locale.ROOT))), filters, out);
            if (shape == QueryShape.IDENTIFIER && name.length() >= 3 && name.length() <= MAX_PREFIX_CHARS) {
                collect(searcher, new PrefixQuery(new Term(Fields.NAME_LC, name.toLowerCase(Locale.ROOT))), filters, out);
            }
        }
        if (shape == QueryShape.PATH) {
            return new ArrayList<>(out.values());
        }
        List<GraphNode> list = new ArrayList<>(out.values());
        // qualified queries (Gson.toJson) prefer the definitions they name; then code before
        // tests, types and callables before values, shorter qualified names first
        list.sort(Comparator.comparingInt((GraphNode n) -> !tail.isEmpty() && qnameEndsWith(n.qualifiedName(), tail) ? 0 : 1)
                .thenComparingInt(n -> n.name().equals(names.isEmpty() ? "" : names.get(0)) ? 0 : 1)
                .thenComparingInt(n -> TestPaths.isTest(n.file()) ? 1 : 0)
                .thenComparingInt(n -> n.label() == Label.VALUE ? 1 : 0)
                .thenComparingInt(n -> n.qualifiedName().length()));
        return list;
    }

    private static final java.util.regex.Pattern QUALIFIER = java.util.regex.Pattern.compile("\\.|::|#|->");
    private static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("\\s+");
    private static final java.util.regex.Pattern WORD_EDGES = java.util.regex.Pattern.compile("^[^A-Za-z_$]+|[^A-Za-z0-9_$]+$");

    /** Files whose root-relative path is the query or ends with it ("/" + query). */
    private void pathMatches(IndexSearcher searcher, String query, SearchFilters filters, Map<TextChannel.Key, GraphNode> out)
            throws IOException {
        String q = query.startsWith("./") ? query.substring(2) : query;
        q = q.endsWith("/") ? q.substring(0, q.length() - 1) : q;
        if (q.isEmpty() || q.length() > MAX_PREFIX_CHARS) {
            return;
        }
        BooleanQuery.Builder files = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(Fields.FILE, q)), BooleanClause.Occur.SHOULD)
                .add(new org.apache.lucene.search.WildcardQuery(new Term(Fields.FILE, "*/" + q)), BooleanClause.Occur.SHOULD);
        BooleanQuery.Builder modules = new BooleanQuery.Builder().add(files.build(), BooleanClause.Occur.FILTER)
                .add(new TermQuery(new Term(Fields.LABEL, Label.MODULE.wireName())), BooleanClause.Occur.FILTER);
        collect(searcher, modules.build(), filters, out);
    }

    /** "Gson.toJson" for a qualified identifier query, "" for a bare name. */
    private static String qualifiedTail(String query) {
        String q = query.endsWith("()") ? query.substring(0, query.length() - 2) : query;
        String t = q.replace("::", ".").replace("#", ".").replace("->", ".");
        return t.contains(".") ? t : "";
    }

    /** camelCase, snake_case or call-like words; plain English words are left to BM25. */
    private static boolean looksLikeCode(String w) {
        if (w.length() < 3) {
            return false;
        }
        boolean lower = false;
        boolean upperAfterLower = false;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (Character.isLowerCase(c)) {
                lower = true;
            } else if (Character.isUpperCase(c) && lower) {
                upperAfterLower = true;
            }
        }
        return upperAfterLower || w.indexOf('_') > 0;
    }

    private void collect(IndexSearcher searcher, Query nameQuery, SearchFilters f, Map<TextChannel.Key, GraphNode> out)
            throws IOException {
        if (out.size() >= SYMBOL_DEPTH) {
            return;
        }
        BooleanQuery.Builder q = new BooleanQuery.Builder().add(nameQuery, BooleanClause.Occur.FILTER)
                .add(new TermQuery(new Term(Fields.TYPE, Fields.TYPE_NODE)), BooleanClause.Occur.FILTER);
        if (!f.labels().isEmpty()) {
            BooleanQuery.Builder labels = new BooleanQuery.Builder();
            f.labels().forEach(l -> labels.add(new TermQuery(new Term(Fields.LABEL, l.wireName())), BooleanClause.Occur.SHOULD));
            q.add(labels.build(), BooleanClause.Occur.FILTER);
        }
        ScoreDoc[] docs = TextChannel.top(searcher, q.build(), SYMBOL_DEPTH).scoreDocs;
        int[] ids = new int[docs.length];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = docs[i].doc;
        }
        // keys from doc values; stored fields (slow: a block decompressed each) only for new ones
        String[][] keys = DocValueReader.strings(searcher.getIndexReader(), ids, Fields.FILE, Fields.QNAME);
        String[] files = keys[0];
        String[] qnames = keys[1];
        var stored = searcher.storedFields();
        for (int i = 0; i < ids.length && out.size() < SYMBOL_DEPTH; i++) {
            if (files[i].isEmpty() || out.containsKey(key(files[i], qnames[i]))) {
                continue;
            }
            GraphNode n = LuceneGraphStore.nodeOf(stored.document(ids[i]));
            if (passes(n, f)) {
                out.put(key(files[i], qnames[i]), n);
            }
        }
    }

    private static boolean passes(GraphNode n, SearchFilters f) {
        return (f.labels().isEmpty() || f.labels().contains(n.label()))
                && (f.kinds().isEmpty() || f.kinds().contains(n.kind()))
                && (f.languages().isEmpty() || f.languages().contains(n.language()))
                && !(f.excludeTests() && TestPaths.isTest(n.file()));
    }

    /** Candidates this many times as many as wanted may match by qualified name before nodes are looked up one by one. */
    static final int NODES_AT_SLACK = 20;

    /**
     * The nodes of candidates that have none yet, with one query by qualified name for all of
     * them, the file checked from doc values and stored fields read in doc order; those not
     * found stay without (and are looked up one by one).
     */
    private static void nodesAt(IndexSearcher searcher, List<Candidate> candidates) throws IOException {
        Map<TextChannel.Key, Candidate> want = new HashMap<>();
        List<org.apache.lucene.util.BytesRef> qnames = new ArrayList<>();
        for (Candidate c : candidates) {
            if (c.node == null && want.putIfAbsent(key(c.path, c.qname), c) == null) {
                qnames.add(new org.apache.lucene.util.BytesRef(c.qname));
            }
        }
        if (want.isEmpty()) {
            return;
        }
        // qualified names and node files are indexed on node documents only
        Query q = new org.apache.lucene.search.TermInSetQuery(Fields.QNAME, qnames);
        int max = want.size() * NODES_AT_SLACK;
        ScoreDoc[] hits = TextChannel.top(searcher, q, max + 1).scoreDocs;
        if (hits.length > max) {
            return;
        }
        int[] docs = new int[hits.length];
        for (int i = 0; i < docs.length; i++) {
            docs[i] = hits[i].doc;
        }
        java.util.Arrays.sort(docs); // the first document of a key, as a search for it alone would find
        String[][] keys = DocValueReader.strings(searcher.getIndexReader(), docs, Fields.FILE, Fields.QNAME);
        var stored = searcher.storedFields();
        for (int i = 0; i < docs.length; i++) {
            Candidate c = want.remove(key(keys[0][i], keys[1][i]));
            if (c != null) {
                c.node = LuceneGraphStore.nodeOf(stored.document(docs[i]));
            }
        }
    }

    private static GraphNode nodeAt(IndexSearcher searcher, String file, String qname) throws IOException {
        BooleanQuery q = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(Fields.NODE_FILE, file)), BooleanClause.Occur.FILTER)
                .add(new TermQuery(new Term(Fields.QNAME, qname)), BooleanClause.Occur.FILTER)
                .add(new TermQuery(new Term(Fields.TYPE, Fields.TYPE_NODE)), BooleanClause.Occur.FILTER)
                .build();
        ScoreDoc[] docs = TextChannel.top(searcher, q, 1).scoreDocs;
        return docs.length == 0 ? null : LuceneGraphStore.nodeOf(searcher.storedFields().document(docs[0].doc));
    }

    /** Nodes for a reference: uid, then exact name, then case-insensitive, suffix of qualified name, fuzzy. */
    public List<NodeMatch> getNode(String ref, int limit) throws IOException {
        String r = ref == null ? "" : ref.strip();
        if (r.isEmpty()) {
            return List.of();
        }
        int max = Math.max(1, Math.min(limit, SearchRequest.MAX_LIMIT));
        DirectoryReader reader = store.acquire();
        try {
            IndexSearcher searcher = new IndexSearcher(reader);
            Map<String, NodeMatch> out = new LinkedHashMap<>();
            nodes(searcher, new TermQuery(new Term(Fields.UID, r)), max, n -> true, NodeMatch.Kind.UID, out);
            if (!out.isEmpty()) {
                return new ArrayList<>(out.values());
            }
            String bare = r.endsWith("()") ? r.substring(0, r.length() - 2) : r;
            nodes(searcher, new TermQuery(new Term(Fields.QNAME, bare)), max, n -> true, NodeMatch.Kind.EXACT, out);
            nodes(searcher, new TermQuery(new Term(Fields.NAME, bare)), max, n -> true, NodeMatch.Kind.EXACT, out);
            if (out.isEmpty()) {
                nodes(searcher, new TermQuery(new Term(Fields.NAME_LC, bare.toLowerCase(Locale.ROOT))), max, n -> true,
                        NodeMatch.Kind.CASE_INSENSITIVE, out);
            }
            if (out.isEmpty()) {
                String[] parts = bare.split("\\.|::|#|/|->");
                String last = parts[parts.length - 1];
                String tail = bare.replace("::", ".").replace("#", ".").replace("->", ".");
                if (!last.isEmpty() && parts.length > 1) {
                    nodes(searcher, new TermQuery(new Term(Fields.NAME_LC, last.toLowerCase(Locale.ROOT))), 10_000,
                            n -> qnameEndsWith(n.qualifiedName(), tail), NodeMatch.Kind.SUFFIX, out);
                }
            }
            if (out.isEmpty() && bare.length() >= 3 && bare.length() <= MAX_PREFIX_CHARS) {
                int edits = bare.length() >= 6 ? 2 : 1;
                nodes(searcher, new FuzzyQuery(new Term(Fields.NAME_LC, bare.toLowerCase(Locale.ROOT)), edits), max,
                        n -> true, NodeMatch.Kind.FUZZY, out);
            }
            List<NodeMatch> list = new ArrayList<>(out.values());
            // definitions in source before external and project-level nodes, then shorter names first
            list.sort(Comparator.comparingInt((NodeMatch m) -> m.matchKind().ordinal())
                    .thenComparingInt(m -> m.node().file().isEmpty() ? 1 : 0)
                    .thenComparingInt(m -> TestPaths.isTest(m.node().file()) ? 1 : 0)
                    .thenComparingInt(m -> m.node().qualifiedName().length())
                    .thenComparing(m -> m.node().uid()));
            return list.size() > max ? list.subList(0, max) : list;
        } finally {
            store.release(reader);
        }
    }

    private static boolean qnameEndsWith(String qname, String tail) {
        String q = qname.replace('/', '.').replace("::", ".").replace('#', '.');
        return q.equals(tail) || q.endsWith("." + tail);
    }

    private static void nodes(IndexSearcher searcher, Query q, int max, java.util.function.Predicate<GraphNode> keep,
                              NodeMatch.Kind kind, Map<String, NodeMatch> out) throws IOException {
        BooleanQuery bq = new BooleanQuery.Builder().add(q, BooleanClause.Occur.MUST)
                .add(new TermQuery(new Term(Fields.TYPE, Fields.TYPE_NODE)), BooleanClause.Occur.FILTER).build();
        ScoreDoc[] docs = searcher.search(bq, Math.max(max, 1)).scoreDocs;
        var stored = searcher.storedFields();
        for (ScoreDoc sd : docs) {
            GraphNode n = LuceneGraphStore.nodeOf(stored.document(sd.doc));
            if (keep.test(n)) {
                out.putIfAbsent(n.uid(), new NodeMatch(n, kind));
            }
        }
    }

    /** The graph of the current commit in memory (loaded on first use, reloaded after a refresh). */
    public GraphView graph() throws IOException {
        return graphs.get(store);
    }

    /**
     * An entity with its callers, callees, parent, types, siblings, docs and imports, within
     * {@code tokenBudget} cl100k tokens (0 = default 8,000; at most 25,000). Empty for an unknown uid.
     */
    public Optional<ContextResult> context(String uid, int depth, int tokenBudget) throws IOException {
        return new ContextAssembler(store, graph()).assemble(uid, depth, tokenBudget);
    }

    public Optional<GraphNode> node(String uid) throws IOException {
        return store.node(uid);
    }

    public boolean refresh() throws IOException {
        return store.refresh();
    }

    private static TextChannel.Key key(String path, String qname) {
        return new TextChannel.Key(path, qname);
    }

    private static double round(double d) {
        return Math.round(d * 1e6) / 1e6;
    }

    private static double ms(long t0) {
        return Math.round((System.nanoTime() - t0) / 10_000.0) / 100.0;
    }

    @Override
    public void close() throws IOException {
        if (vectors != null) {
            vectors.close();
        }
        store.close();
    }
}
