package dev.codeatlas.search.graph;

import dev.codeatlas.model.Label;
import dev.codeatlas.model.RelType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * What depends on an entity, transitively: callers, subtypes, overriders, importers and type
 * users, each with the depth it was reached at and a confidence (the product of edge
 * confidences along its most certain path). A type or a file stands for its members too.
 * Test code is listed apart: it tells what to re-run, not what breaks.
 */
public final class BlastRadius {

    public static final Set<RelType> DEPENDS = EnumSet.of(RelType.CALLS, RelType.INHERITS, RelType.IMPLEMENTS,
            RelType.OVERRIDES, RelType.IMPORTS, RelType.USES_TYPE);
    public static final int MAX_DEPTH = 10;
    private static final Set<RelType> MEMBERS = EnumSet.of(RelType.CONTAINS, RelType.DEFINES);

    /**
     * @param id         the dependent
     * @param depth      hops from the entity (1 = direct)
     * @param confidence product of edge confidences along the most certain path
     * @param via        the relationship by which it depends on {@code through}
     * @param through    the node it depends on, one step closer to the entity
     */
    public record Impact(int id, int depth, double confidence, RelType via, int through) {
    }

    /**
     * @param impacted   non-test dependents, nearest and surest first, at most the limit
     * @param tests      test code that depends on the entity, same order, at most the limit
     * @param codeTotal  non-test dependents found
     * @param testTotal  test dependents found
     */
    public record Result(List<Impact> impacted, List<Impact> tests, int codeTotal, int testTotal) {
        public int total() {
            return codeTotal + testTotal;
        }

        /** Some were left out by the limit. */
        public boolean truncated() {
            return impacted.size() < codeTotal || tests.size() < testTotal;
        }
    }

    private BlastRadius() {
    }

    public static Result of(GraphView g, int entity, int maxDepth, double minConfidence, int limit) {
        int depthLimit = Math.max(1, Math.min(maxDepth, MAX_DEPTH));
        int n = g.nodeCount();
        double[] best = new double[n];
        int[] depth = new int[n];
        int[] through = new int[n];
        byte[] via = new byte[n];
        boolean[] seed = new boolean[n];
        boolean[] done = new boolean[n];
        Arrays.fill(through, -1);
        PriorityQueue<double[]> queue = new PriorityQueue<>(Comparator.comparingDouble((double[] e) -> -e[0]));
        for (int s : seeds(g, entity)) {
            seed[s] = true;
            best[s] = 1.0;
            queue.add(new double[] {1.0, s});
        }
        List<Integer> found = new ArrayList<>();
        while (!queue.isEmpty()) {
            double[] top = queue.poll();
            int v = (int) top[1];
            if (done[v] || top[0] < best[v]) {
                continue;
            }
            done[v] = true;
            if (!seed[v]) {
                found.add(v);
            }
            if (depth[v] >= depthLimit) {
                continue;
            }
            double conf = best[v];
            int d = depth[v] + 1;
            g.forEachNeighbour(v, false, DEPENDS, (user, rel, c) -> {
                double reach = conf * c;
                if (done[user] || seed[user] || reach < minConfidence || reach <= best[user]) {
                    return;
                }
                best[user] = reach;
                depth[user] = d;
                through[user] = v;
                via[user] = (byte) rel.ordinal();
                queue.add(new double[] {reach, user});
            });
        }
        found.sort(Comparator.<Integer>comparingInt(v -> depth[v]).thenComparingDouble(v -> -best[v]).thenComparing(g::uid));
        List<Impact> code = new ArrayList<>();
        List<Impact> tests = new ArrayList<>();
        int codeTotal = 0;
        int testTotal = 0;
        for (int v : found) {
            boolean isTest = g.isTest(v);
            List<Impact> into = isTest ? tests : code;
            if (isTest) {
                testTotal++;
            } else {
                codeTotal++;
            }
            if (into.size() < limit) {
                into.add(new Impact(v, depth[v], best[v], RelType.values()[via[v]], through[v]));
            }
        }
        return new Result(code, tests, codeTotal, testTotal);
    }

    /** The entity and, for a type or a file, its members (nested types' members too). */
    private static List<Integer> seeds(GraphView g, int entity) {
        List<Integer> out = new ArrayList<>();
        java.util.BitSet in = new java.util.BitSet();
        out.add(entity);
        in.set(entity);
        Label l = g.label(entity);
        if (l != Label.TYPE_DEF && l != Label.MODULE) {
            return out;
        }
        for (int i = 0; i < out.size() && out.size() < 10_000; i++) {
            g.forEachNeighbour(out.get(i), true, MEMBERS, (member, rel, c) -> {
                if (!in.get(member)) {
                    in.set(member);
                    out.add(member);
                }
            });
        }
        return out;
    }
}
