package dev.codeatlas.search;

import dev.codeatlas.index.store.LuceneGraphStore;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The read side used by the CLI and the MCP server: searches (text, vector, graph channels
 * fused), symbol lookup, and context assembly over one project's committed index. Thread-safe;
 * {@link #refresh()} moves to a newer commit.
 */
public final class Searcher implements AutoCloseable {

    private final LuceneGraphStore store;

    private Searcher(LuceneGraphStore store) {
        this.store = store;
    }

    /** Opens the index at {@code indexDir}; fails with a clear message when there is none. */
    public static Searcher open(Path indexDir) throws IOException {
        LuceneGraphStore s = LuceneGraphStore.open(indexDir)
                .orElseThrow(() -> new IOException("no index at " + indexDir + "; run 'atlas index ROOT' first"));
        return new Searcher(s);
    }

    public LuceneGraphStore store() {
        return store;
    }

    /** Ranked entities for a query. Scaffold: the channels land in the following commits. */
    public SearchResponse search(SearchRequest request) throws IOException {
        throw new UnsupportedOperationException("search is not implemented yet");
    }

    /** Nodes for a reference: uid, then exact name, then case-insensitive, suffix of qualified name, fuzzy. */
    public List<NodeMatch> getNode(String ref, int limit) throws IOException {
        throw new UnsupportedOperationException("get_node is not implemented yet");
    }

    public boolean refresh() throws IOException {
        return store.refresh();
    }

    @Override
    public void close() throws IOException {
        store.close();
    }
}
