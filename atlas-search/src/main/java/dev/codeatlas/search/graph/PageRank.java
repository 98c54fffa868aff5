package dev.codeatlas.search.graph;

import dev.codeatlas.model.RelType;
import java.util.Set;

/** Power-iteration PageRank over a subset of relationship types, with dangling mass spread evenly. */
final class PageRank {

    static final double DAMPING = 0.85;
    static final int MAX_ITERATIONS = 50;
    static final double TOLERANCE = 1e-9;

    private PageRank() {
    }

    /** Scores by node id, scaled so the maximum is 1 (all zero for an empty graph). */
    static double[] compute(GraphView g, Set<RelType> rels) {
        int n = g.nodeCount();
        double[] rank = new double[n];
        if (n == 0) {
            return rank;
        }
        GraphView.Csr out = g.out();
        boolean[] keep = new boolean[RelType.values().length];
        for (RelType r : rels) {
            keep[r.ordinal()] = true;
        }
        int[] outDegree = new int[n];
        for (int v = 0; v < n; v++) {
            for (int e = out.start()[v]; e < out.start()[v + 1]; e++) {
                if (keep[out.rel()[e]]) {
                    outDegree[v]++;
                }
            }
        }
        java.util.Arrays.fill(rank, 1.0 / n);
        double[] next = new double[n];
        for (int it = 0; it < MAX_ITERATIONS; it++) {
            double dangling = 0;
            for (int v = 0; v < n; v++) {
                if (outDegree[v] == 0) {
                    dangling += rank[v];
                }
            }
            double base = (1 - DAMPING) / n + DAMPING * dangling / n;
            java.util.Arrays.fill(next, base);
            for (int v = 0; v < n; v++) {
                if (outDegree[v] == 0) {
                    continue;
                }
                double share = DAMPING * rank[v] / outDegree[v];
                for (int e = out.start()[v]; e < out.start()[v + 1]; e++) {
                    if (keep[out.rel()[e]]) {
                        next[out.other()[e]] += share;
                    }
                }
            }
            double delta = 0;
            for (int v = 0; v < n; v++) {
                delta += Math.abs(next[v] - rank[v]);
            }
            double[] t = rank;
            rank = next;
            next = t;
            if (delta < TOLERANCE) {
                break;
            }
        }
        double max = 0;
        for (double r : rank) {
            max = Math.max(max, r);
        }
        for (int v = 0; v < n; v++) {
            rank[v] /= max;
        }
        return rank;
    }
}
