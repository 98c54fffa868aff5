package dev.codeatlas.mcp.tools;

import dev.codeatlas.mcp.OpenProject;
import dev.codeatlas.mcp.ToolError;
import dev.codeatlas.mcp.ToolResponse;
import dev.codeatlas.model.GraphNode;
import dev.codeatlas.search.NodeMatch;
import dev.codeatlas.search.graph.GraphView;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Turns what an agent calls an entity (a uid or a name) into a graph node, and node ids back into nodes. */
final class Entities {

    private final OpenProject project;
    private final GraphView graph;
    private final Map<Integer, GraphNode> cache = new HashMap<>();

    Entities(OpenProject project) throws IOException {
        this.project = project;
        this.graph = project.graph();
    }

    GraphView graph() {
        return graph;
    }

    /** A uid as is; else the best symbol match (a warning says when the name was ambiguous). */
    int resolve(String argument, String ref, ToolResponse out) throws IOException {
        int id = graph.id(ref);
        if (id >= 0) {
            return id;
        }
        List<NodeMatch> matches = project.searcher().getNode(ref, 5);
        for (NodeMatch m : matches) {
            int found = graph.id(m.node().uid());
            if (found >= 0) {
                long same = matches.stream().filter(x -> x.matchKind() == m.matchKind()).count();
                if (same > 1) {
                    out.warn(argument + " '" + ref + "' matched " + same + " entities; used " + m.node().uid() + " (pass a uid to choose)");
                }
                return found;
            }
        }
        throw new ToolError("not_found", "no entity matches " + argument + " '" + (ref.length() > 80 ? ref.substring(0, 80) + "..." : ref) + "'",
                "find it with hybrid_search or get_node, then pass its uid");
    }

    GraphNode node(int id) throws IOException {
        GraphNode n = cache.get(id);
        if (n == null) {
            Optional<GraphNode> found = project.searcher().store().node(graph.uid(id));
            n = found.orElseGet(() -> new GraphNode(graph.uid(id), graph.label(id), "", "", "", graph.file(id), 0, 0, "", "", "", "", ""));
            cache.put(id, n);
        }
        return n;
    }
}
