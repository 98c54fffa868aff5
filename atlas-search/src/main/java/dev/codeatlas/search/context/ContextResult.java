package dev.codeatlas.search.context;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * An entity's context as JSON, its size in cl100k tokens (never over the budget), and what had
 * to be left out to fit ({@code cut}, one line per section that lost items).
 */
public record ContextResult(ObjectNode json, int tokens, int budget, boolean truncated, List<String> cut) {
}
