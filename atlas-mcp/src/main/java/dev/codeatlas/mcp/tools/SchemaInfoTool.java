package dev.codeatlas.mcp.tools;

import dev.codeatlas.index.store.IndexMeta;
import dev.codeatlas.mcp.AtlasTool;
import dev.codeatlas.mcp.Json;
import dev.codeatlas.mcp.Schema;
import dev.codeatlas.mcp.ToolCall;
import dev.codeatlas.mcp.ToolResponse;
import dev.codeatlas.model.Label;
import dev.codeatlas.model.RelType;
import java.io.IOException;
import java.util.Map;

/** schema_info: node labels and relationship types of the graph, with their counts in this project. */
public final class SchemaInfoTool implements AtlasTool {

    @Override
    public String name() {
        return "schema_info";
    }

    @Override
    public String description() {
        return "The graph's node labels and relationship types with counts, uid format and edge properties.";
    }

    @Override
    public Map<String, Object> inputSchema() {
        return Schema.object().project().build();
    }

    @Override
    public ToolResponse call(ToolCall call) throws IOException {
        IndexMeta meta = call.project().meta();
        ToolResponse out = new ToolResponse();
        for (Label l : Label.values()) {
            out.add(Json.object().put("label", l.wireName()).put("count", meta.nodeCounts().getOrDefault(l.wireName(), 0L)));
        }
        for (RelType r : RelType.values()) {
            out.add(Json.object().put("relationship", r.name()).put("count", meta.edgeCounts().getOrDefault(r.name(), 0L)));
        }
        out.extra().put("uid_format", "PROJECT:QUALIFIED_NAME (files: PROJECT:PATH; packages: PROJECT:pkg:NAME)");
        out.extra().put("calls_props", "confidence 0-1, strategy, line, site_count, from_test");
        out.extra().put("project", call.project().name());
        return out;
    }
}
