package dev.codeatlas.search.graph;

import dev.codeatlas.index.store.GraphStore;
import java.io.IOException;

/**
 * The graph view of a store's current commit: loaded on first use, rebuilt when the store has
 * moved to another commit (after {@link GraphStore#refresh()}), shared by all threads meanwhile.
 */
public final class GraphViewCache {

    private volatile GraphView view;

    public GraphView get(GraphStore store) throws IOException {
        long commit = store.meta().committedAt();
        GraphView v = view;
        if (v != null && v.commit() == commit) {
            return v;
        }
        synchronized (this) {
            v = view;
            if (v == null || v.commit() != commit) {
                v = GraphView.load(store);
                view = v;
            }
            return v;
        }
    }

    /** The view if one is loaded, without loading. */
    public GraphView peek() {
        return view;
    }
}
