package dev.codeatlas.index.store;

/** Lucene field names of the embedded store (schema version {@link #SCHEMA_VERSION}). */
public final class Fields {
    public static final int SCHEMA_VERSION = 12;

    public static final String TYPE = "type";
    public static final String TYPE_NODE = "node";
    public static final String TYPE_EDGES = "edges";
    public static final String TYPE_FILE = "file";
    public static final String TYPE_SKIPPED = "skipped";
    /** A file's interface blob, in a small document of its own so deltas read it without the parse blob. */
    public static final String TYPE_SYMBOLS = "symbols";
    public static final String TYPE_PARSE = "parse";
    public static final String PARSE_PATH = "parse_path";
    public static final String SYMBOLS_PATH = "symbols_path";

    // node documents
    public static final String UID = "uid";
    public static final String LABEL = "label";
    public static final String KIND = "kind";
    public static final String NAME = "name";
    public static final String NAME_LC = "name_lc";
    public static final String QNAME = "qname";
    public static final String FILE = "file";
    public static final String LINE_START = "line_start";
    public static final String LINE_END = "line_end";
    public static final String SIGNATURE = "signature";
    public static final String DOCSTRING = "docstring";
    public static final String LANGUAGE = "language";
    public static final String VISIBILITY = "visibility";
    public static final String PARENT = "parent";
    /** Key for deleting a file's nodes ("" for project-wide nodes). */
    public static final String NODE_FILE = "node_file";

    // edge documents: one per source file
    public static final String EDGE_FILE = "edge_file";
    public static final String EDGES = "edges";

    // file documents
    public static final String PATH = "path";
    public static final String SIZE = "size";
    public static final String MTIME = "mtime";
    public static final String HASH = "hash";
    public static final String NODES_FP = "nodes_fp";
    public static final String EDGES_FP = "edges_fp";
    public static final String PARSE = "parse";
    public static final String INTERFACE_HASH = "interface_hash";
    /** A file's whole record, encoded ({@link FileRecordCodec}) in a doc-values column: every run reads them all first. */
    public static final String FILE_RECORD = "file_record";
    public static final String SYMBOLS = "symbols";

    // skipped documents
    public static final String SKIPPED_PATH = "skipped_path";
    public static final String REASON = "reason";

    // commit user data
    public static final String META_SCHEMA = "schema";
    public static final String META_PROJECT = "project";
    public static final String META_ROOT = "root";
    public static final String META_COMMITTED = "committed_at";
    public static final String META_GIT_HEAD = "git_head";
    public static final String META_NODES = "node_counts";
    public static final String META_EDGES = "edge_counts";

    private Fields() {
    }
}
