package dev.codeatlas.mcp.tools;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.codeatlas.mcp.AtlasTool;
import dev.codeatlas.mcp.Json;
import dev.codeatlas.mcp.OpenProject;
import dev.codeatlas.mcp.Schema;
import dev.codeatlas.mcp.ToolCall;
import dev.codeatlas.mcp.ToolError;
import dev.codeatlas.mcp.ToolResponse;
import dev.codeatlas.search.SearchRequest;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.util.Map;
import java.util.Optional;

/** health_check: whether the server can answer, check by check. */
public final class HealthCheckTool implements AtlasTool {

    @Override
    public String name() {
        return "health_check";
    }

    @Override
    public String description() {
        return "Server health: project index readable, graph loaded, search answering, memory, uptime.";
    }

    @Override
    public Map<String, Object> inputSchema() {
        return Schema.object().project().build();
    }

    @Override
    public boolean readsProject() {
        return false;
    }

    @Override
    public ToolResponse call(ToolCall call) throws IOException {
        ToolResponse out = new ToolResponse();
        boolean ok = true;
        OpenProject p = null;
        try {
            p = call.project();
            out.add(check("index", true, p.name() + ": " + p.meta().nodeCounts().values().stream().mapToLong(Long::longValue).sum() + " nodes"));
        } catch (ToolError e) {
            ok = false;
            out.add(check("index", false, e.getMessage() + "; " + e.hint()));
        }
        if (p != null) {
            OpenProject project = p;
            try {
                int nodes = project.read(x -> x.graph().nodeCount());
                out.add(check("graph", true, nodes + " nodes in memory"));
            } catch (IOException | RuntimeException e) {
                ok = false;
                out.add(check("graph", false, String.valueOf(e.getMessage())));
            }
            try {
                project.read(x -> x.searcher().search(SearchRequest.of("main", 1)));
                out.add(check("search", true, "answering"));
            } catch (UnsupportedOperationException e) {
                ok = false;
                out.add(check("search", false, "not available: " + e.getMessage()));
            } catch (IOException | RuntimeException e) {
                ok = false;
                out.add(check("search", false, String.valueOf(e.getMessage())));
            }
            out.add(check("fresh", !project.staleness().stale(), project.staleness().stale()
                    ? project.staleness().changed() + " files changed since the last index" : "no change seen"));
        }
        Runtime rt = Runtime.getRuntime();
        out.extra().put("status", ok ? "ok" : "degraded");
        out.extra().put("heap_mb", (rt.totalMemory() - rt.freeMemory()) >> 20).put("max_heap_mb", rt.maxMemory() >> 20);
        out.extra().put("uptime_s", ManagementFactory.getRuntimeMXBean().getUptime() / 1000);
        out.extra().put("version", Optional.ofNullable(HealthCheckTool.class.getPackage().getImplementationVersion()).orElse("dev"));
        return out;
    }

    private static ObjectNode check(String name, boolean ok, String detail) {
        return Json.object().put("check", name).put("ok", ok).put("detail", detail);
    }
}
