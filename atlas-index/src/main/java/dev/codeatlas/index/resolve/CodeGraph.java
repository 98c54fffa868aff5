package dev.codeatlas.index.resolve;

import dev.codeatlas.model.GraphEdge;
import dev.codeatlas.model.GraphNode;
import java.util.List;

/** Nodes and edges of a project, edges referring to nodes by uid. */
public record CodeGraph(List<GraphNode> nodes, List<GraphEdge> edges, ResolutionStats stats) {
}
