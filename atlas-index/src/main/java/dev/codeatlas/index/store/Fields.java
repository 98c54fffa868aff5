package dev.codeatlas.index.store;

/** Lucene field names of the embedded store (schema version {@link #SCHEMA_VERSION}). */
final class Fields {
    static final int SCHEMA_VERSION = 4;

    static final String TYPE = "type";
    static final String TYPE_NODE = "node";
    static final String TYPE_EDGES = "edges";
    static final String TYPE_FILE = "file";
    static final String TYPE_SKIPPED = "skipped";
    /** A file's interface blob, in a small document of its own so deltas read it without the parse blob. */
    static final String TYPE_SYMBOLS = "symbols";
    static final String TYPE_PARSE = "parse";
    static final String PARSE_PATH = "parse_path";
    static final String SYMBOLS_PATH = "symbols_path";

    // node documents
    static final String UID = "uid";
    static final String LABEL = "label";
    static final String KIND = "kind";
    static final String NAME = "name";
    static final String NAME_LC = "name_lc";
    static final String QNAME = "qname";
    static final String FILE = "file";
    static final String LINE_START = "line_start";
    static final String LINE_END = "line_end";
    static final String SIGNATURE = "signature";
    static final String DOCSTRING = "docstring";
    static final String LANGUAGE = "language";
    static final String VISIBILITY = "visibility";
    static final String PARENT = "parent";
    /** Key for deleting a file's nodes ("" for project-wide nodes). */
    static final String NODE_FILE = "node_file";

    // edge documents: one per source file
    static final String EDGE_FILE = "edge_file";
    static final String EDGES = "edges";

    // file documents
    static final String PATH = "path";
    static final String SIZE = "size";
    static final String MTIME = "mtime";
    static final String HASH = "hash";
    static final String NODES_FP = "nodes_fp";
    static final String EDGES_FP = "edges_fp";
    static final String PARSE = "parse";
    static final String INTERFACE_HASH = "interface_hash";
    static final String SYMBOLS = "symbols";

    // skipped documents
    static final String SKIPPED_PATH = "skipped_path";
    static final String REASON = "reason";

    // commit user data
    static final String META_SCHEMA = "schema";
    static final String META_PROJECT = "project";
    static final String META_ROOT = "root";
    static final String META_COMMITTED = "committed_at";
    static final String META_GIT_HEAD = "git_head";
    static final String META_NODES = "node_counts";
    static final String META_EDGES = "edge_counts";

    private Fields() {
    }
}
