package dev.codeatlas.search;

import java.util.List;

/**
 * The answer to a search. {@code truncated} is true when more results matched than were
 * returned; {@code warnings} say when a channel could not answer (the others still did).
 */
public record SearchResponse(String query, List<SearchHit> results, boolean truncated, double queryMs,
                             List<String> warnings) {
}
