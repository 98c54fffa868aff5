package dev.codeatlas.index.store;

/**
 * Lucene field names of vector documents: one per embedded entity, apart from its node document
 * so that a file's nodes can be rewritten without losing vectors whose text did not change.
 */
final class VectorFields {
    /** Value of {@link Fields#TYPE} for vector documents. */
    static final String TYPE_VECTOR = "vector";
    /** Layout of vector documents; a change makes the embedder rebuild them. */
    static final int VECTOR_SCHEMA = 1;

    static final String UID = "vec_uid";
    static final String HASH = "vec_hash";
    static final String MODEL = "vec_model";
    // copies of the node's filterable fields, so a filter runs inside the kNN search
    static final String LABEL = "vec_label";
    static final String KIND = "vec_kind";
    static final String LANGUAGE = "vec_lang";
    static final String FILE = "vec_file";
    /** "1" on vectors of test code ({@link dev.codeatlas.index.text.TestPaths}). */
    static final String TEST = "vec_test";

    // commit user data of the embedding pass (carried over by structural commits)
    static final String META_PREFIX = "embed_";
    static final String META_SCHEMA = "embed_schema";
    static final String META_MODEL = "embed_model";
    static final String META_VECTORS = "embed_vectors";
    static final String META_ENTITIES = "embed_entities";
    static final String META_FOR_COMMIT = "embed_for_commit";
    static final String META_UPDATED = "embed_updated_at";

    /** Vectors of different dimensions cannot share a Lucene field: one field per dimension. */
    static String vectorField(int dimension) {
        return "vec_f" + dimension;
    }

    private VectorFields() {
    }
}
