package dev.codeatlas.index.store;

import dev.codeatlas.model.GraphEdge;
import dev.codeatlas.model.GraphNode;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A committed code graph, read side. Implemented by the embedded Lucene store; a server store
 * (Bolt) implements the same contract.
 */
public interface GraphStore extends AutoCloseable {

    IndexMeta meta();

    Optional<GraphNode> node(String uid) throws IOException;

    void forEachNode(Consumer<GraphNode> consumer) throws IOException;

    void forEachEdge(Consumer<GraphEdge> consumer) throws IOException;

    /** Indexed files by path. */
    Map<String, FileRecord> files() throws IOException;

    /** Files left out, with the reason. */
    List<SkippedFile> skipped() throws IOException;

    /** Re-opens on the latest commit if there is a newer one; returns true when it changed. */
    boolean refresh() throws IOException;

    @Override
    void close() throws IOException;
}
