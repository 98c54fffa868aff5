package dev.codeatlas.mcp.tools;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.codeatlas.mcp.AtlasTool;
import dev.codeatlas.mcp.NodeJson;
import dev.codeatlas.mcp.Schema;
import dev.codeatlas.mcp.ToolCall;
import dev.codeatlas.mcp.ToolResponse;
import dev.codeatlas.search.graph.BlastRadius;
import java.io.IOException;
import java.util.Map;

/** blast_radius: what depends on an entity, transitively, with confidence; tests apart. */
public final class BlastRadiusTool implements AtlasTool {

    static final int DEFAULT_LIMIT = 30;
    static final int MAX_LIMIT = 500;
    static final int MAX_TESTS = 25;

    @Override
    public String name() {
        return "blast_radius";
    }

    @Override
    public String description() {
        return "What depends on an entity (callers, subtypes, overriders, importers, type users), transitively, nearest first, "
                + "with depth and confidence. Affected tests are listed apart.";
    }

    @Override
    public Map<String, Object> inputSchema() {
        return Schema.object()
                .string("target", "Entity: uid or name", true)
                .integer("max_depth", "Max hops (default 3, max " + BlastRadius.MAX_DEPTH + ")")
                .number("min_confidence", "Drop dependents below this confidence (0-1, default 0)")
                .bounds(DEFAULT_LIMIT, MAX_LIMIT).cursor().project().build();
    }

    @Override
    public ToolResponse call(ToolCall call) throws IOException {
        String ref = call.args().requiredString("target");
        int depth = call.args().integer("max_depth", 3, 1, BlastRadius.MAX_DEPTH);
        double minConfidence = call.args().number("min_confidence", 0, 0, 1);
        int limit = call.limit(DEFAULT_LIMIT, MAX_LIMIT);
        int offset = call.offset();
        ToolResponse out = new ToolResponse().pagedFrom(offset);
        Entities e = new Entities(call.project());
        int target = e.resolve("target", ref, out);
        BlastRadius.Result r = BlastRadius.of(e.graph(), target, depth, minConfidence, offset + limit);
        out.extra().set("entity", NodeJson.brief(e.node(target)));
        out.extra().put("total", r.codeTotal());
        for (int i = offset; i < r.impacted().size(); i++) {
            out.add(impact(e, r.impacted().get(i)));
        }
        ArrayNode tests = out.extra().putArray("tests");
        for (int i = 0; i < Math.min(MAX_TESTS, r.tests().size()); i++) {
            tests.add(impact(e, r.tests().get(i)));
        }
        out.extra().put("tests_total", r.testTotal());
        return out.more(r.codeTotal() > offset + limit);
    }

    private static ObjectNode impact(Entities e, BlastRadius.Impact i) throws IOException {
        ObjectNode o = NodeJson.brief(e.node(i.id()));
        o.put("depth", i.depth()).put("confidence", Math.round(i.confidence() * 1000) / 1000.0)
                .put("via", i.via().name()).put("through", e.graph().uid(i.through()));
        return o;
    }
}
