package dev.codeatlas.mcp.tools;

import dev.codeatlas.mcp.AtlasTool;
import dev.codeatlas.mcp.Json;
import dev.codeatlas.mcp.Schema;
import dev.codeatlas.mcp.ToolCall;
import dev.codeatlas.mcp.ToolResponse;
import java.util.LinkedHashMap;
import java.util.Map;

/** get_usage_guide: how to use these tools well, in a few short sections. */
public final class UsageGuideTool implements AtlasTool {

    static final Map<String, String> SECTIONS = new LinkedHashMap<>();

    static {
        SECTIONS.put("start", "Unsure which tool fits a question? Call plan_search_strategy with the question. "
                + "index_status says whether the index is fresh; list_projects names the projects (pass 'project' to any tool).");
        SECTIONS.put("find", "Known name (fromJson, Gson.fromJson, parse_config): get_node. Words or a description "
                + "('retry with backoff'): hybrid_search. Exact rare terms: text_search. Behaviour in plain words: vector_search. "
                + "Narrow with labels (Callable, TypeDef), languages, path (a glob such as src/**/*.java) and exclude_tests.");
        SECTIONS.put("relations", "Who depends on X, what breaks if X changes, which tests to run: blast_radius {target}. "
                + "How does A reach B: trace_path {from, to}. Both take names or uids; pass a uid when a name is ambiguous.");
        SECTIONS.put("results", "Every answer is JSON {results, count, truncated, query_ms}. truncated=true means more exist: "
                + "pass the returned cursor to get the next page, or narrow the query. stale=true means files changed since "
                + "the index was built; line numbers may be off for those files. Answers stay within max_tokens (default 8000): "
                + "long fields go first, then results.");
        SECTIONS.put("uids", "uid = PROJECT:QUALIFIED_NAME, stable across re-indexing; file paths are relative to the project root. "
                + "schema_info lists node labels and relationship types.");
        SECTIONS.put("errors", "Errors are {error, code, hint}: follow the hint (e.g. not_found -> search first, then pass the uid).");
    }

    @Override
    public String name() {
        return "get_usage_guide";
    }

    @Override
    public String description() {
        return "How to use these tools well: which tool for which question, paging, staleness, errors. Short.";
    }

    @Override
    public Map<String, Object> inputSchema() {
        return Schema.object().build();
    }

    @Override
    public boolean readsProject() {
        return false;
    }

    @Override
    public ToolResponse call(ToolCall call) {
        ToolResponse out = new ToolResponse();
        SECTIONS.forEach((topic, text) -> out.add(Json.object().put("topic", topic).put("text", text)));
        return out;
    }
}
