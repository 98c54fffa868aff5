package dev.codeatlas.mcp;

import dev.codeatlas.mcp.tools.BlastRadiusTool;
import dev.codeatlas.mcp.tools.GetContextTool;
import dev.codeatlas.mcp.tools.GetNodeTool;
import dev.codeatlas.mcp.tools.HealthCheckTool;
import dev.codeatlas.mcp.tools.IndexStatusTool;
import dev.codeatlas.mcp.tools.ListProjectsTool;
import dev.codeatlas.mcp.tools.PlanSearchStrategyTool;
import dev.codeatlas.mcp.tools.SchemaInfoTool;
import dev.codeatlas.mcp.tools.SearchTool;
import dev.codeatlas.mcp.tools.TracePathTool;
import dev.codeatlas.mcp.tools.UsageGuideTool;
import java.util.List;

/** The tools the server offers, in the order tools/list shows them. One line per tool. */
public final class Tools {

    private Tools() {
    }

    public static List<AtlasTool> all() {
        return List.of(
                SearchTool.hybrid(),
                SearchTool.text(),
                SearchTool.vector(),
                new GetNodeTool(),
                new GetContextTool(),
                new TracePathTool(),
                new BlastRadiusTool(),
                new SchemaInfoTool(),
                new IndexStatusTool(),
                new ListProjectsTool(),
                new HealthCheckTool(),
                new UsageGuideTool(),
                new PlanSearchStrategyTool());
    }
}
