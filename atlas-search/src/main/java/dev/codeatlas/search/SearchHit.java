package dev.codeatlas.search;

import dev.codeatlas.model.GraphNode;
import java.util.List;

/** A ranked result: the entity, its fused score, and the channels that found it. */
public record SearchHit(GraphNode node, double score, List<String> channels) {
}
