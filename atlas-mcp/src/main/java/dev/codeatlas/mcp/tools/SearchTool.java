package dev.codeatlas.mcp.tools;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.codeatlas.mcp.AtlasTool;
import dev.codeatlas.mcp.NodeJson;
import dev.codeatlas.mcp.Schema;
import dev.codeatlas.mcp.ToolCall;
import dev.codeatlas.mcp.ToolError;
import dev.codeatlas.mcp.ToolResponse;
import dev.codeatlas.model.Label;
import dev.codeatlas.search.SearchFilters;
import dev.codeatlas.search.SearchHit;
import dev.codeatlas.search.SearchMode;
import dev.codeatlas.search.SearchRequest;
import dev.codeatlas.search.SearchResponse;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** hybrid_search, text_search and vector_search: one search with filters, paged by cursor. */
public final class SearchTool implements AtlasTool {

    static final int DEFAULT_LIMIT = 10;
    static final int MAX_LIMIT = 100;

    private final String name;
    private final SearchMode mode;
    private final String description;

    private SearchTool(String name, SearchMode mode, String description) {
        this.name = name;
        this.mode = mode;
        this.description = description;
    }

    public static SearchTool hybrid() {
        return new SearchTool("hybrid_search", SearchMode.HYBRID,
                "Find code entities by words or identifiers: BM25 + embeddings + symbol graph, fused. The default search.");
    }

    public static SearchTool text() {
        return new SearchTool("text_search", SearchMode.TEXT,
                "Keyword search (BM25) over names, qualified names, signatures, docs and bodies. Exact terms, rare identifiers.");
    }

    public static SearchTool vector() {
        return new SearchTool("vector_search", SearchMode.VECTOR,
                "Semantic search by meaning (embeddings) for natural-language descriptions of behaviour.");
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public Map<String, Object> inputSchema() {
        return Schema.object()
                .string("query", "What to find", true)
                .strings("labels", "Keep only these labels, e.g. Callable, TypeDef")
                .strings("languages", "Keep only these languages, e.g. java")
                .string("path", "Glob over root-relative file paths, e.g. src/**/*.java", false)
                .bool("exclude_tests", "Leave out test code")
                .bounds(DEFAULT_LIMIT, MAX_LIMIT).cursor().project().build();
    }

    @Override
    public ToolResponse call(ToolCall call) throws IOException {
        String query = call.args().requiredString("query");
        int limit = call.limit(DEFAULT_LIMIT, MAX_LIMIT);
        int offset = call.offset();
        SearchFilters filters = new SearchFilters(labels(call.args().strings("labels", 10)), Set.of(),
                Set.copyOf(call.args().strings("languages", 20)), call.args().relativePath("path").orElse(""),
                call.args().bool("exclude_tests", false));
        ToolResponse out = new ToolResponse().pagedFrom(offset);
        int want = Math.min(offset + limit, SearchRequest.MAX_LIMIT);
        if (offset >= want) {
            return out.warn("no results past " + SearchRequest.MAX_LIMIT + "; refine the query instead");
        }
        SearchResponse r = call.project().searcher().search(new SearchRequest(query, mode, want, filters));
        List<SearchHit> hits = r.results();
        for (int i = offset; i < hits.size(); i++) {
            SearchHit h = hits.get(i);
            ObjectNode o = NodeJson.of(h.node());
            o.put("score", Math.round(h.score() * 10_000) / 10_000.0);
            out.add(o);
        }
        r.warnings().forEach(out::warn);
        return out.more(r.truncated() && want < SearchRequest.MAX_LIMIT);
    }

    private static Set<Label> labels(List<String> names) {
        Set<Label> out = new HashSet<>();
        for (String n : names) {
            try {
                out.add(Label.fromWireName(n));
            } catch (IllegalArgumentException e) {
                throw ToolError.invalidArgument("unknown label '" + n + "'", "labels: Callable, TypeDef, Value, Module, Package, DocSection, DocFile");
            }
        }
        return out;
    }
}
