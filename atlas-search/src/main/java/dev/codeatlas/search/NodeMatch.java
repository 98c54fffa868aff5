package dev.codeatlas.search;

import dev.codeatlas.model.GraphNode;

/** A node found by reference, and how the reference matched it. */
public record NodeMatch(GraphNode node, Kind matchKind) {

    /** Best first: the order in which get_node tries them. */
    public enum Kind { UID, EXACT, CASE_INSENSITIVE, SUFFIX, FUZZY }
}
