package dev.codeatlas.index.store;

/** An entity found by a search channel, with the channel's score (higher is closer). */
public record ScoredUid(String uid, float score) {
}
