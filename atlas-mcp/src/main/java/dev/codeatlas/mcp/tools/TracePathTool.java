package dev.codeatlas.mcp.tools;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.codeatlas.mcp.AtlasTool;
import dev.codeatlas.mcp.Json;
import dev.codeatlas.mcp.NodeJson;
import dev.codeatlas.mcp.Schema;
import dev.codeatlas.mcp.ToolCall;
import dev.codeatlas.mcp.ToolError;
import dev.codeatlas.mcp.ToolResponse;
import dev.codeatlas.search.graph.CallPaths;
import java.io.IOException;
import java.util.Map;

/** trace_path: call paths between two entities, shortest first, bounded in depth and count. */
public final class TracePathTool implements AtlasTool {

    @Override
    public String name() {
        return "trace_path";
    }

    @Override
    public String description() {
        return "Call paths from one entity to another over CALLS, shortest first, with confidence. "
                + "If none lead from->to, paths to->from are returned (reversed=true).";
    }

    @Override
    public Map<String, Object> inputSchema() {
        return Schema.object()
                .string("from", "Caller: uid or name", true)
                .string("to", "Callee: uid or name", true)
                .integer("max_depth", "Max hops (default 5, max " + CallPaths.MAX_DEPTH + ")")
                .integer("max_paths", "Max paths (default 3, max " + CallPaths.MAX_PATHS + ")")
                .integer("max_tokens", "Response budget in tokens (default 8000, max 25000)")
                .project().build();
    }

    @Override
    public ToolResponse call(ToolCall call) throws IOException {
        String fromRef = call.args().requiredString("from");
        String toRef = call.args().requiredString("to");
        int depth = call.args().integer("max_depth", 5, 1, CallPaths.MAX_DEPTH);
        int maxPaths = call.args().integer("max_paths", 3, 1, CallPaths.MAX_PATHS);
        ToolResponse out = new ToolResponse();
        Entities e = new Entities(call.project());
        int from = e.resolve("from", fromRef, out);
        int to = e.resolve("to", toRef, out);
        if (from == to) {
            throw ToolError.invalidArgument("from and to are the same entity (" + e.graph().uid(from) + ")", "pass two different entities");
        }
        CallPaths.Result r = CallPaths.between(e.graph(), from, to, depth, maxPaths);
        out.extra().set("from", NodeJson.brief(e.node(from)));
        out.extra().set("to", NodeJson.brief(e.node(to)));
        out.extra().put("reversed", r.reversed());
        for (CallPaths.Path p : r.paths()) {
            ObjectNode o = Json.object();
            o.put("length", p.length()).put("confidence", Math.round(p.confidence() * 1000) / 1000.0);
            ArrayNode steps = o.putArray("nodes");
            for (int id : p.nodes()) {
                steps.add(NodeJson.brief(e.node(id)));
            }
            out.add(o);
        }
        if (r.paths().isEmpty()) {
            out.warn("no call path within " + depth + " hops either way; try a larger max_depth, or blast_radius on " + toRef);
        }
        return out.more(r.truncated());
    }
}
