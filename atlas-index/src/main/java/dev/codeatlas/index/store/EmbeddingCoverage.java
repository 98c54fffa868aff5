package dev.codeatlas.index.store;

/**
 * How far the embedding pass got, as recorded with the commit that stored its vectors.
 *
 * @param model       model id of the vectors
 * @param vectors     entities with an up-to-date vector of that model
 * @param entities    entities that should have one
 * @param forCommit   {@link IndexMeta#committedAt()} of the structural commit these counts are about
 * @param updatedAt   epoch milliseconds of the embedding commit
 */
public record EmbeddingCoverage(String model, long vectors, long entities, long forCommit, long updatedAt) {

    /** Fraction of entities with a vector, 1 when there is nothing to embed. */
    public double ratio() {
        return entities == 0 ? 1.0 : Math.min(1.0, vectors / (double) entities);
    }

    /** Whether these counts describe the given structural commit (not an earlier one). */
    public boolean isFor(IndexMeta meta) {
        return forCommit == meta.committedAt();
    }

    public boolean complete() {
        return vectors >= entities;
    }
}
