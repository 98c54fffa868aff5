package dev.codeatlas.search.embed;

import java.util.Optional;

/**
 * What one embedding pass did.
 *
 * @param entities  entities that should have a vector
 * @param embedded  vectors computed by this pass
 * @param reused    entities whose stored vector still matched their text and model
 * @param deleted   vectors removed (their entity is gone or no longer embeddable)
 * @param vectors   entities with an up-to-date vector after the pass
 * @param failure   why the pass stopped early (provider failure, interruption); what was done is kept
 */
public record EmbedResult(String model, long entities, long embedded, long reused, long deleted, long vectors,
                          Optional<String> failure, long millis) {

    public double coverage() {
        return entities == 0 ? 1.0 : vectors / (double) entities;
    }

    /** Vectors computed per second of this pass. */
    public double perSecond() {
        return millis == 0 ? 0 : embedded * 1000.0 / millis;
    }
}
