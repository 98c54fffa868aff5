package dev.codeatlas.search.graph;

import dev.codeatlas.index.text.TestPaths;
import dev.codeatlas.index.store.GraphStore;
import dev.codeatlas.model.GraphEdge;
import dev.codeatlas.model.GraphNode;
import dev.codeatlas.model.Label;
import dev.codeatlas.model.RelType;
import java.io.IOException;
import java.util.Arrays;
import java.util.BitSet;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The committed graph in compact arrays: nodes get int ids, edges are kept twice in CSR form
 * (outgoing and incoming), each with its relationship type and confidence. Immutable once
 * built, so any number of threads may traverse it; {@link GraphViewCache} rebuilds it when the
 * store moves to a new commit. Traversals live in {@link CallPaths} and {@link BlastRadius}.
 */
public final class GraphView {

    private static final RelType[] RELS = RelType.values();
    private static final Label[] LABELS = Label.values();

    private final String[] uids;
    private final String[] files;
    private final byte[] labels;
    private final BitSet test;
    private final Map<String, Integer> ids;
    private final Csr out;
    private final Csr in;
    private final long commit;
    private volatile double[] centrality;

    /** One direction of the adjacency: the edges of node {@code n} are {@code start[n] .. start[n+1]-1}. */
    record Csr(int[] start, int[] other, byte[] rel, float[] confidence) {
    }

    private GraphView(String[] uids, String[] files, byte[] labels, BitSet test, Map<String, Integer> ids,
                      Csr out, Csr in, long commit) {
        this.uids = uids;
        this.files = files;
        this.labels = labels;
        this.test = test;
        this.ids = ids;
        this.out = out;
        this.in = in;
        this.commit = commit;
    }

    /** Loads every node and edge of the store's current commit. */
    public static GraphView load(GraphStore store) throws IOException {
        long commit = store.meta().committedAt();
        Builder b = new Builder();
        store.forEachNode(b::node);
        store.forEachEdge(b::edge);
        return b.build(commit);
    }

    /** A view of the given nodes and edges (tests, tools that build small graphs). */
    public static GraphView of(List<GraphNode> nodes, List<GraphEdge> edges) {
        Builder b = new Builder();
        nodes.forEach(b::node);
        edges.forEach(b::edge);
        return b.build(0);
    }

    /** The commit (epoch milliseconds) this view was loaded from. */
    public long commit() {
        return commit;
    }

    public int nodeCount() {
        return uids.length;
    }

    public int edgeCount() {
        return out.other().length;
    }

    /** The id of a uid, or -1. */
    public int id(String uid) {
        Integer id = ids.get(uid);
        return id == null ? -1 : id;
    }

    public String uid(int id) {
        return uids[id];
    }

    public String file(int id) {
        return files[id];
    }

    public Label label(int id) {
        return LABELS[labels[id]];
    }

    /** Test code: in a test file, the subject of a TESTS edge's source, or a caller marked from_test. */
    public boolean isTest(int id) {
        return test.get(id);
    }

    /** Neighbours of {@code id} over the given relationship types, outgoing (what it uses) or incoming (what uses it). */
    public void forEachNeighbour(int id, boolean outgoing, Set<RelType> rels, EdgeVisitor visitor) {
        Csr c = outgoing ? out : in;
        for (int e = c.start()[id]; e < c.start()[id + 1]; e++) {
            RelType r = RELS[c.rel()[e]];
            if (rels.contains(r)) {
                visitor.edge(c.other()[e], r, c.confidence()[e]);
            }
        }
    }

    /** Number of edges of {@code id} in one direction over the given types. */
    public int degree(int id, boolean outgoing, Set<RelType> rels) {
        int[] n = {0};
        forEachNeighbour(id, outgoing, rels, (other, rel, conf) -> n[0]++);
        return n[0];
    }

    @FunctionalInterface
    public interface EdgeVisitor {
        void edge(int other, RelType rel, double confidence);
    }

    /**
     * PageRank over CALLS and IMPORTS (a callee or an imported module gains rank from its
     * users), scaled so the most central node has 1.0. Computed once per view, on first use.
     */
    public double centrality(int id) {
        double[] c = centrality;
        if (c == null) {
            synchronized (this) {
                c = centrality;
                if (c == null) {
                    c = PageRank.compute(this, EnumSet.of(RelType.CALLS, RelType.IMPORTS));
                    centrality = c;
                }
            }
        }
        return c[id];
    }

    Csr out() {
        return out;
    }

    /** Collects nodes and edges, then lays them out as CSR arrays. */
    private static final class Builder {
        private final Map<String, Integer> ids = new HashMap<>();
        private final Map<String, String> fileNames = new HashMap<>();
        private String[] uids = new String[1024];
        private String[] files = new String[1024];
        private byte[] labels = new byte[1024];
        private final BitSet test = new BitSet();
        private int n;
        private int[] src = new int[4096];
        private int[] dst = new int[4096];
        private byte[] rel = new byte[4096];
        private float[] conf = new float[4096];
        private int m;

        void node(GraphNode node) {
            if (ids.containsKey(node.uid())) {
                return;
            }
            if (n == uids.length) {
                int cap = n * 2;
                uids = Arrays.copyOf(uids, cap);
                files = Arrays.copyOf(files, cap);
                labels = Arrays.copyOf(labels, cap);
            }
            ids.put(node.uid(), n);
            uids[n] = node.uid();
            files[n] = fileNames.computeIfAbsent(node.file(), f -> f);
            labels[n] = (byte) node.label().ordinal();
            if (!node.file().isEmpty() && TestPaths.isTest(node.file())) {
                test.set(n);
            }
            n++;
        }

        void edge(GraphEdge e) {
            Integer s = ids.get(e.from());
            Integer t = ids.get(e.to());
            if (s == null || t == null) {
                return; // an edge to a node outside this commit: nothing to traverse to
            }
            if (e.rel() == RelType.TESTS || (e.rel() == RelType.CALLS && e.fromTest())) {
                test.set(s);
            }
            if (m == src.length) {
                int cap = m * 2;
                src = Arrays.copyOf(src, cap);
                dst = Arrays.copyOf(dst, cap);
                rel = Arrays.copyOf(rel, cap);
                conf = Arrays.copyOf(conf, cap);
            }
            src[m] = s;
            dst[m] = t;
            rel[m] = (byte) e.rel().ordinal();
            conf[m] = (float) Math.max(0, Math.min(1, e.confidence()));
            m++;
        }

        GraphView build(long commit) {
            Csr out = csr(src, dst);
            Csr in = csr(dst, src);
            return new GraphView(Arrays.copyOf(uids, n), Arrays.copyOf(files, n), Arrays.copyOf(labels, n), test,
                    ids, out, in, commit);
        }

        /** Counting sort of the edges by {@code key}. */
        private Csr csr(int[] key, int[] other) {
            int[] start = new int[n + 1];
            for (int i = 0; i < m; i++) {
                start[key[i] + 1]++;
            }
            for (int i = 0; i < n; i++) {
                start[i + 1] += start[i];
            }
            int[] fill = Arrays.copyOf(start, n);
            int[] o = new int[m];
            byte[] r = new byte[m];
            float[] c = new float[m];
            for (int i = 0; i < m; i++) {
                int at = fill[key[i]]++;
                o[at] = other[i];
                r[at] = rel[i];
                c[at] = conf[i];
            }
            return new Csr(start, o, r, c);
        }
    }
}
