package dev.codeatlas.model;

import java.util.Objects;

/**
 * A relationship between two nodes, by uid. For CALLS: {@code confidence} 0..1, the resolution
 * {@code strategy} that found it, the first call {@code line}, the number of call sites and
 * whether the caller is test code. Other relationships use confidence 1 and strategy "".
 */
public record GraphEdge(
        RelType rel,
        String from,
        String to,
        double confidence,
        String strategy,
        int line,
        int siteCount,
        boolean fromTest) {

    public GraphEdge {
        Objects.requireNonNull(rel, "rel");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        strategy = Objects.requireNonNullElse(strategy, "");
    }

    public static GraphEdge structural(RelType rel, String from, String to) {
        return new GraphEdge(rel, from, to, 1.0, "", 0, 0, false);
    }
}
