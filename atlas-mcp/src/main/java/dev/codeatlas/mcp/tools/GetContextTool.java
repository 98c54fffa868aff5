package dev.codeatlas.mcp.tools;

import dev.codeatlas.mcp.AtlasTool;
import dev.codeatlas.mcp.Schema;
import dev.codeatlas.mcp.ToolCall;
import dev.codeatlas.mcp.ToolResponse;
import dev.codeatlas.search.context.ContextAssembler;
import dev.codeatlas.search.context.ContextResult;
import java.io.IOException;
import java.util.Map;

/** get_context: an entity with its source and neighbourhood, best first, within the token budget. */
public final class GetContextTool implements AtlasTool {

    /** Tokens kept for the response envelope around the context. */
    static final int ENVELOPE = 120;

    @Override
    public String name() {
        return "get_context";
    }

    @Override
    public String description() {
        return "An entity's source, callers, callees, parent, types, siblings, docs and imports, best first, "
                + "within max_tokens; 'cut' says what was left out.";
    }

    @Override
    public Map<String, Object> inputSchema() {
        return Schema.object()
                .string("entity", "uid or name", true)
                .integer("depth", "Caller/callee hops, 1-" + ContextAssembler.MAX_DEPTH + " (default 1)")
                .integer("max_tokens", "Response budget in tokens (default 8000, max 25000)")
                .project().build();
    }

    @Override
    public ToolResponse call(ToolCall call) throws IOException {
        String ref = call.args().requiredString("entity");
        int depth = call.args().integer("depth", 1, 1, ContextAssembler.MAX_DEPTH);
        ToolResponse out = new ToolResponse();
        Entities e = new Entities(call.project());
        int id = e.resolve("entity", ref, out);
        String uid = e.graph().uid(id);
        ContextResult r = call.project().searcher().context(uid, depth, Math.max(100, call.budget() - ENVELOPE))
                .orElseThrow(() -> new dev.codeatlas.mcp.ToolError("not_found", "no entity " + uid, "find it with hybrid_search"));
        out.add(r.json());
        return out.more(r.truncated());
    }
}
