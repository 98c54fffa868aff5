package dev.codeatlas.index.store;

import dev.codeatlas.index.text.CodeAnalyzer;
import dev.codeatlas.index.text.SearchText;
import dev.codeatlas.index.text.TestPaths;
import dev.codeatlas.index.text.TextFields;
import dev.codeatlas.model.GraphEdge;
import dev.codeatlas.model.GraphNode;
import dev.codeatlas.model.ParsedFile;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.BytesRef;

/**
 * The one writer of an index directory. Changes become visible, all together, at
 * {@link #commit}: a crash before it leaves the previous commit as it was. A second writer on
 * the same directory waits up to the given time, then fails with {@link IndexBusyException}.
 */
public final class LuceneGraphWriter implements AutoCloseable {

    private final Directory directory;
    private final IndexWriter writer;
    /** Set by {@link #clear}: the vectors are gone, so their coverage must not be carried over. */
    private boolean cleared;

    private final boolean deferMerges;

    private LuceneGraphWriter(Directory directory, IndexWriter writer, boolean deferMerges) {
        this.directory = directory;
        this.writer = writer;
        this.deferMerges = deferMerges;
    }

    public static LuceneGraphWriter open(Path dir, Duration lockWait) throws IOException {
        return open(dir, lockWait, false);
    }

    /** Segments a small run may leave behind before its commit merges them. */
    static final int DEFERRED_SEGMENTS = 24;

    /**
     * @param small a run that changes little (a delta): no merge starts while it works, which
     *              would take a core from it and be aborted when it closes; its commit merges
     *              only once {@value #DEFERRED_SEGMENTS} segments have piled up
     */
    public static LuceneGraphWriter open(Path dir, Duration lockWait, boolean small) throws IOException {
        java.nio.file.Files.createDirectories(dir);
        // Reads through the file channel, not memory maps: merging a multi-gigabyte index would
        // otherwise count every mapped page it touches in the indexer's resident memory.
        Directory d = new org.apache.lucene.store.NIOFSDirectory(dir);
        long deadline = System.nanoTime() + lockWait.toNanos();
        while (true) {
            try {
                IndexWriterConfig cfg = new IndexWriterConfig(analyzer())
                        .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                        .setRAMBufferSizeMB(128)
                        .setCommitOnClose(false);
                if (small) {
                    cfg.setMergePolicy(org.apache.lucene.index.NoMergePolicy.INSTANCE);
                }
                return new LuceneGraphWriter(d, new IndexWriter(d, cfg), small);
            } catch (LockObtainFailedException e) {
                if (System.nanoTime() > deadline) {
                    d.close();
                    throw new IndexBusyException(dir);
                }
                try {
                    Thread.sleep(200);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    d.close();
                    throw new IndexBusyException(dir);
                }
            }
        }
    }

    /** Keywords everywhere but the analysed search-text fields. */
    private static org.apache.lucene.analysis.Analyzer analyzer() {
        CodeAnalyzer code = new CodeAnalyzer();
        Map<String, org.apache.lucene.analysis.Analyzer> perField = new HashMap<>();
        for (String f : List.of(TextFields.NAME, TextFields.QNAME_TEXT, TextFields.SIGNATURE, TextFields.DOC,
                TextFields.BODY, TextFields.PATH_TEXT)) {
            perField.put(f, code);
        }
        return new PerFieldAnalyzerWrapper(new KeywordAnalyzer(), perField);
    }

    /**
     * A file's search-text documents (one per definition, one for the file), replacing the
     * previous ones. Thread-safe: called from the parse workers so analysis runs on all cores.
     */
    public void putText(ParsedFile f, String text) throws IOException {
        writer.deleteDocuments(new Term(TextFields.PATH, f.file()));
        if (text == null) {
            return;
        }
        boolean test = TestPaths.isTest(f.file());
        String pathText = SearchText.pathText(f.file());
        List<Document> docs = new java.util.ArrayList<>();
        for (SearchText.Chunk c : SearchText.chunks(f, text)) {
            Document d = textDoc(f, test, c.qname(), c.label(), c.kind());
            d.add(searchText(TextFields.NAME, c.name()));
            d.add(searchText(TextFields.QNAME_TEXT, c.qname()));
            if (!c.signature().isEmpty()) {
                d.add(searchText(TextFields.SIGNATURE, c.signature()));
            }
            if (!c.doc().isEmpty()) {
                d.add(searchText(TextFields.DOC, c.doc()));
            }
            d.add(searchText(TextFields.BODY, c.body()));
            d.add(searchText(TextFields.PATH_TEXT, pathText));
            docs.add(d);
        }
        Document file = textDoc(f, test, f.file(), dev.codeatlas.model.Label.MODULE.wireName(), "file");
        String fileName = f.file().substring(f.file().lastIndexOf('/') + 1);
        int dot = fileName.indexOf('.');
        file.add(searchText(TextFields.NAME, dot > 0 ? fileName.substring(0, dot) : fileName));
        file.add(searchText(TextFields.PATH_TEXT, pathText));
        file.add(searchText(TextFields.BODY, SearchText.fileText(text)));
        docs.add(file);
        writer.addDocuments(docs);
    }

    /** Analysed, with term frequencies and norms for BM25, without positions (no phrase queries run on them). */
    private static final FieldType SEARCH_TEXT = searchTextType();

    private static FieldType searchTextType() {
        FieldType t = new FieldType();
        t.setTokenized(true);
        t.setIndexOptions(org.apache.lucene.index.IndexOptions.DOCS_AND_FREQS);
        t.setStored(false);
        t.freeze();
        return t;
    }

    private static Field searchText(String name, String value) {
        return new Field(name, value, SEARCH_TEXT);
    }

    private static Document textDoc(ParsedFile f, boolean test, String qname, String label, String kind) {
        Document d = new Document();
        d.add(new StringField(Fields.TYPE, TextFields.TYPE_VALUE, Field.Store.NO));
        // keywords to filter and delete by; path and qualified name also as doc values, read for
        // every hit (cheaper than stored fields, which decompress a block per document)
        d.add(new StringField(TextFields.PATH, f.file(), Field.Store.NO));
        d.add(new SortedDocValuesField(TextFields.PATH, new BytesRef(f.file())));
        d.add(new StringField(TextFields.QNAME, qname, Field.Store.NO));
        d.add(new SortedDocValuesField(TextFields.QNAME, new BytesRef(capped(qname))));
        d.add(new StringField(TextFields.LABEL, label, Field.Store.NO));
        d.add(new StringField(TextFields.KIND, kind, Field.Store.NO));
        d.add(new StringField(TextFields.LANGUAGE, f.language(), Field.Store.NO));
        if (test) {
            d.add(new StringField(TextFields.TEST, "1", Field.Store.NO));
        }
        return d;
    }

    /** Doc values hold at most 32 KiB a value; names longer than 4 KiB are cut (they match nothing then). */
    private static String capped(String s) {
        return s.length() > 4096 ? s.substring(0, 4096) : s;
    }

    /** Removes everything (a full rebuild), embeddings included. */
    public void clear() throws IOException {
        writer.deleteAll();
        cleared = true;
    }

    public void replaceNodes(String file, List<GraphNode> nodes) throws IOException {
        writer.deleteDocuments(new Term(Fields.NODE_FILE, file));
        for (GraphNode n : nodes) {
            writer.addDocument(nodeDoc(n, file));
        }
    }

    public void deleteNodes(String file) throws IOException {
        writer.deleteDocuments(new Term(Fields.NODE_FILE, file));
    }

    public void replaceEdges(String file, List<GraphEdge> edges) throws IOException {
        replaceEncodedEdges(file, edges.isEmpty() ? null : encodeEdges(edges));
    }

    /** The stored form of a file's edges (also what its fingerprint is taken of). */
    public static byte[] encodeEdges(List<GraphEdge> edges) {
        return EdgeCodec.encode(edges);
    }

    public void replaceEncodedEdges(String file, byte[] encoded) throws IOException {
        writer.deleteDocuments(new Term(Fields.EDGE_FILE, file));
        if (encoded == null) {
            return;
        }
        Document d = new Document();
        d.add(new StringField(Fields.TYPE, Fields.TYPE_EDGES, Field.Store.NO));
        d.add(new StringField(Fields.EDGE_FILE, file, Field.Store.YES));
        d.add(new StoredField(Fields.EDGES, encoded));
        writer.addDocument(d);
    }

    public void deleteEdges(String file) throws IOException {
        writer.deleteDocuments(new Term(Fields.EDGE_FILE, file));
    }

    /** The small per-file record (what changed detection and deltas compare). */
    public void putFileRecord(FileRecord r) throws IOException {
        Document d = new Document();
        d.add(new StringField(Fields.TYPE, Fields.TYPE_FILE, Field.Store.NO));
        d.add(new StringField(Fields.PATH, r.path(), Field.Store.NO));
        d.add(new org.apache.lucene.document.BinaryDocValuesField(Fields.FILE_RECORD, new BytesRef(FileRecordCodec.encode(r))));
        writer.updateDocument(new Term(Fields.PATH, r.path()), d);
    }

    /** A file's parse result and its interface, each in a document of its own. */
    public void putBlobs(String path, byte[] parseJson, byte[] interfaceBytes) throws IOException {
        Document parse = new Document();
        parse.add(new StringField(Fields.TYPE, Fields.TYPE_PARSE, Field.Store.NO));
        parse.add(new StringField(Fields.PARSE_PATH, path, Field.Store.YES));
        parse.add(new StoredField(Fields.PARSE, parseJson));
        writer.updateDocument(new Term(Fields.PARSE_PATH, path), parse);
        Document sym = new Document();
        sym.add(new StringField(Fields.TYPE, Fields.TYPE_SYMBOLS, Field.Store.NO));
        sym.add(new StringField(Fields.SYMBOLS_PATH, path, Field.Store.NO));
        // a doc-values column, not a stored field: a delta reads every file's interface, and
        // stored fields would decompress the blocks they share with the (much larger) parses
        sym.add(new org.apache.lucene.document.BinaryDocValuesField(Fields.SYMBOLS, new BytesRef(interfaceBytes)));
        writer.updateDocument(new Term(Fields.SYMBOLS_PATH, path), sym);
    }

    public void deleteFile(String path) throws IOException {
        writer.deleteDocuments(new Term(Fields.PATH, path));
        writer.deleteDocuments(new Term(Fields.PARSE_PATH, path));
        writer.deleteDocuments(new Term(Fields.SYMBOLS_PATH, path));
        writer.deleteDocuments(new Term(TextFields.PATH, path));
    }

    public void replaceSkipped(List<SkippedFile> skipped) throws IOException {
        writer.deleteDocuments(new Term(Fields.TYPE, Fields.TYPE_SKIPPED));
        for (SkippedFile s : skipped) {
            Document d = new Document();
            d.add(new StringField(Fields.TYPE, Fields.TYPE_SKIPPED, Field.Store.NO));
            d.add(new StoredField(Fields.SKIPPED_PATH, s.path()));
            d.add(new StoredField(Fields.REASON, s.reason()));
            writer.addDocument(d);
        }
    }

    /** Makes every change since the last commit visible at once, with the index metadata. */
    public void commit(IndexMeta meta) throws IOException {
        Map<String, String> data = new HashMap<>();
        data.put(Fields.META_SCHEMA, String.valueOf(Fields.SCHEMA_VERSION));
        data.put(Fields.META_PROJECT, meta.project());
        data.put(Fields.META_ROOT, meta.root());
        data.put(Fields.META_COMMITTED, String.valueOf(meta.committedAt()));
        data.put(Fields.META_GIT_HEAD, meta.gitHead());
        data.put(Fields.META_NODES, LuceneGraphStore.encodeCounts(meta.nodeCounts()));
        data.put(Fields.META_EDGES, LuceneGraphStore.encodeCounts(meta.edgeCounts()));
        if (!cleared) {
            VectorDocs.carryOver(writer.getLiveCommitData(), data);
        }
        writer.setLiveCommitData(data.entrySet());
        writer.commit();
        if (deferMerges && org.apache.lucene.index.SegmentInfos.readLatestCommit(directory).size() > DEFERRED_SEGMENTS) {
            writer.getConfig().setMergePolicy(new org.apache.lucene.index.TieredMergePolicy());
            mergeNow();
        }
    }

    /** Runs the merges the merge policy wants, waits for them and commits the result. */
    private void mergeNow() throws IOException {
        writer.maybeMerge();
        if (writer.getConfig().getMergeScheduler() instanceof org.apache.lucene.index.ConcurrentMergeScheduler cms) {
            cms.sync();
        }
        if (writer.hasUncommittedChanges()) {
            writer.commit();
        }
    }

    // ---- embeddings: documents of their own, keyed by uid (see VectorFields)

    /** Adds or replaces the vector of an entity. */
    public void putVector(EntityVector v) throws IOException {
        writer.updateDocument(new Term(VectorFields.UID, v.uid()), VectorDocs.toDocument(v));
    }

    public void deleteVectors(java.util.Collection<String> uids) throws IOException {
        for (String uid : uids) {
            writer.deleteDocuments(new Term(VectorFields.UID, uid));
        }
    }

    /**
     * Commits vector changes with the embedding coverage; the structural metadata of the last
     * commit is kept as it was.
     */
    public void commitEmbeddings(EmbeddingCoverage coverage) throws IOException {
        Map<String, String> data = new HashMap<>();
        Iterable<Map.Entry<String, String>> live = writer.getLiveCommitData();
        if (live != null) {
            live.forEach(e -> data.put(e.getKey(), e.getValue()));
        }
        VectorDocs.putCoverage(coverage, data);
        writer.setLiveCommitData(data.entrySet());
        writer.commit();
        // Each batch adds a small segment with its own HNSW graph, and a kNN search visits every
        // graph; closing this short-lived writer would abort merges, so they finish here.
        mergeNow();
    }

    /** Discards uncommitted changes. */
    public void rollback() throws IOException {
        writer.rollback();
    }

    private static Document nodeDoc(GraphNode n, String file) {
        Document d = new Document();
        d.add(new StringField(Fields.TYPE, Fields.TYPE_NODE, Field.Store.NO));
        d.add(new StringField(Fields.NODE_FILE, file, Field.Store.NO));
        d.add(new StringField(Fields.UID, n.uid(), Field.Store.YES));
        d.add(new StringField(Fields.LABEL, n.label().wireName(), Field.Store.YES));
        d.add(new StoredField(Fields.KIND, n.kind()));
        d.add(new StringField(Fields.NAME, n.name(), Field.Store.YES));
        d.add(new StringField(Fields.NAME_LC, n.name().toLowerCase(java.util.Locale.ROOT), Field.Store.NO));
        d.add(new StringField(Fields.QNAME, n.qualifiedName(), Field.Store.YES));
        d.add(new SortedDocValuesField(Fields.QNAME, new BytesRef(capped(n.qualifiedName()))));
        d.add(new StringField(Fields.FILE, n.file(), Field.Store.YES));
        d.add(new SortedDocValuesField(Fields.FILE, new BytesRef(n.file())));
        d.add(new StoredField(Fields.LINE_START, n.lineStart()));
        d.add(new StoredField(Fields.LINE_END, n.lineEnd()));
        if (!n.signature().isEmpty()) {
            d.add(new StoredField(Fields.SIGNATURE, n.signature()));
        }
        if (!n.docstring().isEmpty()) {
            d.add(new StoredField(Fields.DOCSTRING, n.docstring()));
        }
        d.add(new StoredField(Fields.LANGUAGE, n.language()));
        d.add(new StoredField(Fields.VISIBILITY, n.visibility()));
        d.add(new StoredField(Fields.PARENT, n.parent()));
        return d;
    }

    @Override
    public void close() throws IOException {
        try {
            if (writer.isOpen()) {
                writer.rollback();
            }
        } finally {
            directory.close();
        }
    }
}
