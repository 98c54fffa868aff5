package dev.codeatlas.search.graph;

import dev.codeatlas.model.RelType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Call paths between two entities: every simple path over CALLS of at most {@code maxDepth}
 * hops, shortest first, at most {@code maxPaths}. A reverse breadth-first pass from the target
 * gives each node its distance to it, so the enumeration never walks a branch that cannot
 * arrive in time; a step budget bounds the work on dense graphs.
 */
public final class CallPaths {

    public static final int MAX_DEPTH = 10;
    public static final int MAX_PATHS = 20;
    static final int STEP_BUDGET = 200_000;
    private static final Set<RelType> CALLS = EnumSet.of(RelType.CALLS);

    /** A path of node ids from the start to the end; confidence is the product along it. */
    public record Path(int[] nodes, double confidence) {
        public int length() {
            return nodes.length - 1;
        }
    }

    /**
     * @param truncated  more paths may exist (path or step limit reached)
     * @param reversed   no path led from {@code from} to {@code to}; these lead from {@code to} to {@code from}
     */
    public record Result(List<Path> paths, boolean truncated, boolean reversed) {
    }

    private CallPaths() {
    }

    /** Paths from {@code from} to {@code to}; when there are none, the paths the other way round. */
    public static Result between(GraphView g, int from, int to, int maxDepth, int maxPaths) {
        Result forward = find(g, from, to, maxDepth, maxPaths);
        if (!forward.paths().isEmpty()) {
            return forward;
        }
        Result back = find(g, to, from, maxDepth, maxPaths);
        return back.paths().isEmpty() ? forward : new Result(back.paths(), back.truncated(), true);
    }

    static Result find(GraphView g, int from, int to, int maxDepth, int maxPaths) {
        int depthLimit = Math.max(1, Math.min(maxDepth, MAX_DEPTH));
        int pathLimit = Math.max(1, Math.min(maxPaths, MAX_PATHS));
        int[] dist = distancesTo(g, to, depthLimit);
        List<Path> paths = new ArrayList<>();
        if (from == to || dist[from] > depthLimit) {
            return new Result(paths, false, false);
        }
        Search s = new Search(g, to, dist, pathLimit);
        for (int length = dist[from]; length <= depthLimit && !s.stopped(); length++) {
            s.walk(from, 0, length, new int[length + 1], 1.0);
        }
        return new Result(s.paths, s.stopped(), false);
    }

    /** Hops from each node to {@code target} over CALLS, up to {@code limit}; beyond it Integer.MAX_VALUE. */
    private static int[] distancesTo(GraphView g, int target, int limit) {
        int[] dist = new int[g.nodeCount()];
        Arrays.fill(dist, Integer.MAX_VALUE);
        dist[target] = 0;
        int[] queue = new int[g.nodeCount()];
        int head = 0;
        int tail = 0;
        queue[tail++] = target;
        while (head < tail) {
            int v = queue[head++];
            if (dist[v] >= limit) {
                continue;
            }
            int d = dist[v] + 1;
            int[] q = queue;
            int[] t = {tail};
            g.forEachNeighbour(v, false, CALLS, (caller, rel, conf) -> {
                if (dist[caller] == Integer.MAX_VALUE) {
                    dist[caller] = d;
                    q[t[0]++] = caller;
                }
            });
            tail = t[0];
        }
        return dist;
    }

    /** Depth-first enumeration of paths of one exact length, pruned by the distances. */
    private static final class Search {
        final GraphView g;
        final int target;
        final int[] dist;
        final int pathLimit;
        final BitSet onPath = new BitSet();
        final List<Path> paths = new ArrayList<>();
        int steps;

        Search(GraphView g, int target, int[] dist, int pathLimit) {
            this.g = g;
            this.target = target;
            this.dist = dist;
            this.pathLimit = pathLimit;
        }

        boolean stopped() {
            return paths.size() >= pathLimit || steps >= STEP_BUDGET;
        }

        void walk(int v, int depth, int length, int[] path, double confidence) {
            path[depth] = v;
            if (v == target) {
                if (depth == length) {
                    paths.add(new Path(path.clone(), confidence));
                }
                return;
            }
            onPath.set(v);
            g.forEachNeighbour(v, true, CALLS, (callee, rel, conf) -> {
                if (stopped() || onPath.get(callee) || dist[callee] == Integer.MAX_VALUE || depth + 1 + dist[callee] > length) {
                    return;
                }
                steps++;
                walk(callee, depth + 1, length, path, confidence * conf);
            });
            onPath.clear(v);
        }
    }
}
