package dev.codeatlas.mcp.tools;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.codeatlas.mcp.AtlasTool;
import dev.codeatlas.mcp.NodeJson;
import dev.codeatlas.mcp.Schema;
import dev.codeatlas.mcp.ToolCall;
import dev.codeatlas.mcp.ToolError;
import dev.codeatlas.mcp.ToolResponse;
import dev.codeatlas.search.NodeMatch;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** get_node: an entity by uid or name (exact, then case-insensitive, qualified-name suffix, fuzzy). */
public final class GetNodeTool implements AtlasTool {

    static final int DEFAULT_LIMIT = 5;
    static final int MAX_LIMIT = 50;

    @Override
    public String name() {
        return "get_node";
    }

    @Override
    public String description() {
        return "Look up an entity by uid or by name (simple or qualified, e.g. Gson.fromJson): its kind, file, lines, signature, doc.";
    }

    @Override
    public Map<String, Object> inputSchema() {
        return Schema.object()
                .string("name", "Name or qualified name", false)
                .string("uid", "Exact uid (instead of name)", false)
                .bounds(DEFAULT_LIMIT, MAX_LIMIT).project().build();
    }

    @Override
    public ToolResponse call(ToolCall call) throws IOException {
        var name = call.args().string("name", 1_000);
        var uid = call.args().string("uid", 1_000);
        if (name.isEmpty() && uid.isEmpty()) {
            throw ToolError.invalidArgument("get_node needs 'name' or 'uid'", "call get_node with {\"name\": \"fromJson\"}");
        }
        int limit = call.limit(DEFAULT_LIMIT, MAX_LIMIT);
        String ref = uid.orElseGet(name::get);
        List<NodeMatch> matches = call.project().searcher().getNode(ref, limit + 1);
        ToolResponse out = new ToolResponse();
        for (int i = 0; i < Math.min(limit, matches.size()); i++) {
            NodeMatch m = matches.get(i);
            ObjectNode o = NodeJson.of(m.node());
            if (!m.node().parent().isEmpty()) {
                o.put("parent", m.node().parent());
            }
            o.put("match", m.matchKind().name().toLowerCase(Locale.ROOT));
            out.add(o);
        }
        if (matches.isEmpty()) {
            out.warn("nothing named '" + (ref.length() > 80 ? ref.substring(0, 80) + "..." : ref) + "'; try hybrid_search");
        }
        return out.more(matches.size() > limit);
    }
}
