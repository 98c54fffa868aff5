package dev.codeatlas.index.store;

import dev.codeatlas.model.GraphEdge;
import dev.codeatlas.model.GraphNode;
import dev.codeatlas.model.Label;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.Bits;

/**
 * The embedded store, read side: opens the latest Lucene commit of an index directory. Any
 * number of processes may read while one writes; {@link #refresh()} moves to a newer commit.
 */
public final class LuceneGraphStore implements GraphStore {

    /** Layout version of the documents this store reads. */
    public static final int SCHEMA_VERSION = Fields.SCHEMA_VERSION;

    private final Directory directory;
    private volatile DirectoryReader reader;
    private IndexMeta meta;

    private LuceneGraphStore(Directory directory, DirectoryReader reader) {
        this.directory = directory;
        this.reader = reader;
        this.meta = readMeta(reader);
    }

    /** Opens the index at {@code dir}; empty when there is no committed index there. */
    public static Optional<LuceneGraphStore> open(Path dir) throws IOException {
        if (!java.nio.file.Files.isDirectory(dir)) {
            return Optional.empty();
        }
        Directory d = FSDirectory.open(dir);
        try {
            return Optional.of(new LuceneGraphStore(d, DirectoryReader.open(d)));
        } catch (IndexNotFoundException e) {
            d.close();
            return Optional.empty();
        }
    }

    static IndexMeta readMeta(DirectoryReader reader) {
        Map<String, String> u = userData(reader);
        return new IndexMeta(Integer.parseInt(u.getOrDefault(Fields.META_SCHEMA, "0")),
                u.getOrDefault(Fields.META_PROJECT, ""), u.getOrDefault(Fields.META_ROOT, ""),
                Long.parseLong(u.getOrDefault(Fields.META_COMMITTED, "0")), u.getOrDefault(Fields.META_GIT_HEAD, ""),
                decodeCounts(u.getOrDefault(Fields.META_NODES, "")), decodeCounts(u.getOrDefault(Fields.META_EDGES, "")));
    }

    private static Map<String, String> userData(DirectoryReader reader) {
        try {
            return reader.getIndexCommit().getUserData();
        } catch (IOException e) {
            return Map.of();
        }
    }

    static String encodeCounts(Map<String, Long> counts) {
        StringBuilder b = new StringBuilder();
        counts.forEach((k, v) -> b.append(b.length() == 0 ? "" : ",").append(k).append('=').append(v));
        return b.toString();
    }

    static Map<String, Long> decodeCounts(String s) {
        Map<String, Long> out = new LinkedHashMap<>();
        if (s.isEmpty()) {
            return out;
        }
        for (String kv : s.split(",")) {
            int eq = kv.indexOf('=');
            out.put(kv.substring(0, eq), Long.parseLong(kv.substring(eq + 1)));
        }
        return out;
    }

    @Override
    public IndexMeta meta() {
        return meta;
    }

    @Override
    public Optional<GraphNode> node(String uid) throws IOException {
        DirectoryReader r = acquire();
        try {
            IndexSearcher s = new IndexSearcher(r);
            TopDocs top = s.search(new TermQuery(new Term(Fields.UID, uid)), 1);
            if (top.scoreDocs.length == 0) {
                return Optional.empty();
            }
            return Optional.of(toNode(s.storedFields().document(top.scoreDocs[0].doc)));
        } finally {
            release(r);
        }
    }

    /**
     * The current commit's reader with a reference taken, safe to use while another thread
     * refreshes; hand it back with {@link #release}.
     */
    public synchronized DirectoryReader acquire() {
        DirectoryReader r = reader;
        r.incRef();
        return r;
    }

    public void release(DirectoryReader r) throws IOException {
        r.decRef();
    }

    /** A stored node document read back into a node (for searches over node documents). */
    public static GraphNode nodeOf(Document d) {
        return toNode(d);
    }

    static GraphNode toNode(Document d) {
        return new GraphNode(d.get(Fields.UID), Label.fromWireName(d.get(Fields.LABEL)), d.get(Fields.KIND),
                d.get(Fields.NAME), d.get(Fields.QNAME), d.get(Fields.FILE),
                intField(d, Fields.LINE_START), intField(d, Fields.LINE_END), d.get(Fields.SIGNATURE),
                d.get(Fields.DOCSTRING), d.get(Fields.LANGUAGE), d.get(Fields.VISIBILITY), d.get(Fields.PARENT));
    }

    private static int intField(Document d, String f) {
        var field = d.getField(f);
        return field == null || field.numericValue() == null ? 0 : field.numericValue().intValue();
    }

    @Override
    public void forEachNode(Consumer<GraphNode> consumer) throws IOException {
        forEachDoc(Fields.TYPE_NODE, d -> consumer.accept(toNode(d)));
    }

    @Override
    public void forEachEdge(Consumer<GraphEdge> consumer) throws IOException {
        forEachDoc(Fields.TYPE_EDGES, d -> {
            BytesRef b = d.getBinaryValue(Fields.EDGES);
            if (b != null) {
                EdgeCodec.decode(b.bytes, b.offset, b.length).forEach(consumer);
            }
        });
    }

    @Override
    public Map<String, FileRecord> files() throws IOException {
        Map<String, FileRecord> out = new HashMap<>();
        forEachBinary(Fields.FILE_RECORD, b -> {
            FileRecord f = FileRecordCodec.decode(b.bytes, b.offset, b.length);
            out.put(f.path(), f);
        });
        return out;
    }

    /** The cached parse result (contract JSON) of a file, if indexed. */
    public Optional<byte[]> parsedJson(String path) throws IOException {
        IndexSearcher s = new IndexSearcher(reader);
        TopDocs top = s.search(new TermQuery(new Term(Fields.PARSE_PATH, path)), 1);
        if (top.scoreDocs.length == 0) {
            return Optional.empty();
        }
        BytesRef b = s.storedFields().document(top.scoreDocs[0].doc).getBinaryValue(Fields.PARSE);
        return b == null ? Optional.empty() : Optional.of(java.util.Arrays.copyOfRange(b.bytes, b.offset, b.offset + b.length));
    }

    /**
     * Streams every file's interface (entities, declared types, supertypes, imports), encoded
     * by {@code InterfaceCodec} and naming its file, without holding them all.
     */
    public void forEachInterface(Consumer<byte[]> consumer) throws IOException {
        forEachBinary(Fields.SYMBOLS, b -> consumer.accept(java.util.Arrays.copyOfRange(b.bytes, b.offset, b.offset + b.length)));
    }

    /** Every live document's value of a binary doc-values column (the bytes are valid only during the call). */
    private void forEachBinary(String field, Consumer<BytesRef> consumer) throws IOException {
        DirectoryReader r = acquire();
        try {
            for (LeafReaderContext leaf : r.leaves()) {
                org.apache.lucene.index.BinaryDocValues dv = org.apache.lucene.index.DocValues.getBinary(leaf.reader(), field);
                Bits live = leaf.reader().getLiveDocs();
                for (int doc = dv.nextDoc(); doc != org.apache.lucene.search.DocIdSetIterator.NO_MORE_DOCS; doc = dv.nextDoc()) {
                    if (live == null || live.get(doc)) {
                        consumer.accept(dv.binaryValue());
                    }
                }
            }
        } finally {
            release(r);
        }
    }

    /** The edges stored for a file's nodes ("" for project-wide ones). */
    public List<GraphEdge> edgesOf(String file) throws IOException {
        IndexSearcher s = new IndexSearcher(reader);
        TopDocs top = s.search(new TermQuery(new Term(Fields.EDGE_FILE, file)), 1);
        if (top.scoreDocs.length == 0) {
            return List.of();
        }
        BytesRef b = s.storedFields().document(top.scoreDocs[0].doc).getBinaryValue(Fields.EDGES);
        return b == null ? List.of() : EdgeCodec.decode(b.bytes, b.offset, b.length);
    }


    @Override
    public List<SkippedFile> skipped() throws IOException {
        List<SkippedFile> out = new ArrayList<>();
        forEachDoc(Fields.TYPE_SKIPPED, d -> out.add(new SkippedFile(d.get(Fields.SKIPPED_PATH), d.get(Fields.REASON))));
        out.sort((a, b) -> a.path().compareTo(b.path()));
        return out;
    }

    private void forEachDoc(String type, Consumer<Document> consumer) throws IOException {
        DirectoryReader reader = acquire();
        try {
            forEachDoc(reader, type, consumer);
        } finally {
            release(reader);
        }
    }

    private static void forEachDoc(DirectoryReader reader, String type, Consumer<Document> consumer) throws IOException {
        IndexSearcher searcher = new IndexSearcher(reader);
        org.apache.lucene.search.Weight w = searcher.createWeight(
                searcher.rewrite(new TermQuery(new Term(Fields.TYPE, type))), org.apache.lucene.search.ScoreMode.COMPLETE_NO_SCORES, 1);
        for (LeafReaderContext leaf : reader.leaves()) {
            org.apache.lucene.search.Scorer scorer = w.scorer(leaf);
            if (scorer == null) {
                continue;
            }
            StoredFields stored = leaf.reader().storedFields();
            Bits live = leaf.reader().getLiveDocs();
            var it = scorer.iterator();
            for (int doc = it.nextDoc(); doc != org.apache.lucene.search.DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
                if (live == null || live.get(doc)) {
                    consumer.accept(stored.document(doc));
                }
            }
        }
    }

    // ---- embeddings (see VectorFields)

    /** The coverage recorded by the last embedding pass; empty when none ran. */
    public Optional<EmbeddingCoverage> embeddingCoverage() throws IOException {
        DirectoryReader r = acquire();
        try {
            return VectorDocs.coverage(userData(r));
        } finally {
            release(r);
        }
    }

    /** What each stored vector was made from, by uid. */
    public Map<String, VectorStamp> vectorStamps() throws IOException {
        Map<String, VectorStamp> out = new HashMap<>();
        forEachDoc(VectorFields.TYPE_VECTOR, d -> out.put(d.get(VectorFields.UID),
                new VectorStamp(d.get(VectorFields.HASH), d.get(VectorFields.MODEL))));
        return out;
    }

    /** Stored vectors of a model. */
    public int vectorCount(String model) throws IOException {
        DirectoryReader r = acquire();
        try {
            return new IndexSearcher(r).count(new TermQuery(new Term(VectorFields.MODEL, model)));
        } finally {
            release(r);
        }
    }

    /**
     * The k entities whose vectors (of {@code model}, {@code target.length} dimensions) are
     * closest to {@code target} by cosine, best first, among those the filter keeps (see
     * {@link VectorQueries}). The score is the cosine similarity.
     */
    public List<ScoredUid> nearestVectors(float[] target, String model, int k, Optional<org.apache.lucene.search.Query> filter)
            throws IOException {
        org.apache.lucene.search.BooleanQuery.Builder f = new org.apache.lucene.search.BooleanQuery.Builder()
                .add(new TermQuery(new Term(VectorFields.MODEL, model)), org.apache.lucene.search.BooleanClause.Occur.FILTER);
        filter.ifPresent(q -> f.add(q, org.apache.lucene.search.BooleanClause.Occur.FILTER));
        DirectoryReader r = acquire();
        try {
            IndexSearcher s = new IndexSearcher(r);
            TopDocs top = s.search(new org.apache.lucene.search.KnnFloatVectorQuery(VectorFields.vectorField(target.length),
                    VectorDocs.unit(target), k, f.build()), k);
            StoredFields stored = s.storedFields();
            List<ScoredUid> out = new ArrayList<>(top.scoreDocs.length);
            java.util.Set<String> uidOnly = java.util.Set.of(VectorFields.UID);
            for (var sd : top.scoreDocs) {
                // DOT_PRODUCT scores are (1 + cos) / 2
                out.add(new ScoredUid(stored.document(sd.doc, uidOnly).get(VectorFields.UID), 2 * sd.score - 1));
            }
            return out;
        } finally {
            release(r);
        }
    }

    @Override
    public synchronized boolean refresh() throws IOException {
        DirectoryReader newer = DirectoryReader.openIfChanged(reader);
        if (newer == null) {
            return false;
        }
        DirectoryReader old = reader;
        reader = newer;
        old.decRef();
        meta = readMeta(reader);
        return true;
    }

    @Override
    public synchronized void close() throws IOException {
        reader.decRef();
        directory.close();
    }
}
