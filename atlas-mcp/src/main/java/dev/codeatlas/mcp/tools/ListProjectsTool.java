package dev.codeatlas.mcp.tools;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.codeatlas.index.pipeline.AtlasHome;
import dev.codeatlas.mcp.AtlasTool;
import dev.codeatlas.mcp.Json;
import dev.codeatlas.mcp.OpenProject;
import dev.codeatlas.mcp.Schema;
import dev.codeatlas.mcp.ToolCall;
import dev.codeatlas.mcp.ToolResponse;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;

/** list_projects: the indexed projects this server can answer for. */
public final class ListProjectsTool implements AtlasTool {

    static final int MAX = 200;

    @Override
    public String name() {
        return "list_projects";
    }

    @Override
    public String description() {
        return "Indexed projects this server can answer for; pass a name as 'project' to other tools.";
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
    public ToolResponse call(ToolCall call) throws IOException {
        ToolResponse out = new ToolResponse();
        Optional<AtlasHome.Project> def = call.workspace().defaultProject();
        var all = call.workspace().registered();
        for (AtlasHome.Project p : all.subList(0, Math.min(MAX, all.size()))) {
            ObjectNode o = Json.object().put("name", p.name()).put("root", p.root().toString());
            boolean isDefault = def.isPresent() && def.get().indexDir().equals(p.indexDir());
            if (isDefault || all.size() == 1) {
                o.put("default", true);
            }
            for (OpenProject op : call.workspace().opened()) {
                if (op.project().indexDir().equals(p.indexDir())) {
                    o.put("files", op.searcher().store().meta().nodeCounts().getOrDefault("Module", 0L));
                }
            }
            out.add(o);
        }
        return out.more(all.size() > MAX);
    }
}
