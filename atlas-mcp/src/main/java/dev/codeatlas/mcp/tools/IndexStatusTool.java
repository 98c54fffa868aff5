package dev.codeatlas.mcp.tools;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.codeatlas.index.pipeline.Freshness;
import dev.codeatlas.index.store.IndexMeta;
import dev.codeatlas.mcp.AtlasTool;
import dev.codeatlas.mcp.Json;
import dev.codeatlas.mcp.OpenProject;
import dev.codeatlas.mcp.Schema;
import dev.codeatlas.mcp.ToolCall;
import dev.codeatlas.mcp.ToolResponse;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** index_status: is the index fresh, what changed since the last commit, what it holds. */
public final class IndexStatusTool implements AtlasTool {

    static final int EXAMPLES = 10;

    @Override
    public String name() {
        return "index_status";
    }

    @Override
    public String description() {
        return "Index freshness (files changed/added/deleted since the last index), counts, skipped files, last commit, schema version.";
    }

    @Override
    public Map<String, Object> inputSchema() {
        return Schema.object().project().build();
    }

    @Override
    public ToolResponse call(ToolCall call) throws IOException {
        OpenProject p = call.project();
        Freshness f = p.checkFreshness();
        IndexMeta meta = p.meta();
        ObjectNode o = Json.object();
        o.put("project", p.name()).put("root", p.root().toString()).put("fresh", f.fresh())
                .put("changed", f.changed().size()).put("added", f.added().size()).put("deleted", f.deleted().size());
        List<String> examples = new ArrayList<>(f.changed());
        examples.addAll(f.added());
        examples.addAll(f.deleted());
        ArrayNode ex = o.putArray("stale_files");
        examples.stream().sorted().limit(EXAMPLES).forEach(ex::add);
        o.put("files", p.searcher().store().files().size()).put("skipped", p.searcher().store().skipped().size())
                .put("schema_version", meta.schemaVersion())
                .put("committed_at", Instant.ofEpochMilli(meta.committedAt()).toString()).put("git_head", meta.gitHead());
        ObjectNode nodes = o.putObject("nodes");
        meta.nodeCounts().forEach(nodes::put);
        ObjectNode edges = o.putObject("edges");
        meta.edgeCounts().forEach(edges::put);
        if (!f.fresh()) {
            o.put("hint", call.workspace().options().autoRefresh() ? "the server re-indexes before answering (--refresh)"
                    : "run 'atlas index " + p.root() + "' (a delta), or start the server with --refresh");
        }
        return new ToolResponse().add(o);
    }
}
