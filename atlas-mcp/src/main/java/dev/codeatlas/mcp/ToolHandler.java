package dev.codeatlas.mcp;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.modelcontextprotocol.spec.McpSchema;
import java.io.IOException;
import java.util.Map;
import java.util.Set;

/**
 * Runs one tool call: checks the arguments, re-indexes first when asked to (--refresh), runs
 * the tool under the project's read lock, fits the answer to its budget, and turns every
 * failure into a tool error {@code {error, code, hint}} so the session goes on.
 */
final class ToolHandler {

    private final AtlasTool tool;
    private final Set<String> known;
    private final Workspace workspace;

    @SuppressWarnings("unchecked")
    ToolHandler(AtlasTool tool, Workspace workspace) {
        this.tool = tool;
        this.known = Set.copyOf(((Map<String, Object>) tool.inputSchema().get("properties")).keySet());
        this.workspace = workspace;
    }

    McpSchema.CallToolResult handle(McpSchema.CallToolRequest request) {
        long t0 = System.nanoTime();
        try {
            Args args = new Args(tool.name(), request.arguments(), known);
            ToolCall call = new ToolCall(args, workspace);
            int budget = call.budget();
            ToolResponse response;
            TokenBudget.Staleness staleness = TokenBudget.Staleness.FRESH;
            if (tool.readsProject()) {
                OpenProject project = call.project();
                String refreshWarning = workspace.options().autoRefresh() ? project.refreshIfStale() : null;
                response = project.read(p -> tool.call(call));
                if (refreshWarning != null) {
                    response.warn(refreshWarning);
                }
                staleness = project.staleness();
            } else {
                response = tool.call(call);
            }
            args.warnings().forEach(response::warn);
            TokenBudget.Fitted out = TokenBudget.fitted(response, budget, (System.nanoTime() - t0) / 1e6, staleness);
            return McpSchema.CallToolResult.builder().addTextContent(out.text()).structuredContent(out.json()).isError(false).build();
        } catch (ToolError e) {
            return error(e.code(), e.getMessage(), e.hint());
        } catch (UnsupportedOperationException e) {
            return error("not_available", tool.name() + " cannot answer yet: " + e.getMessage(),
                    "use get_usage_guide for the tools that answer now");
        } catch (IOException e) {
            return error("index_error", "reading the index failed: " + e.getMessage(), "check index_status; re-index if it persists");
        } catch (RuntimeException e) {
            return error("internal_error", tool.name() + " failed: " + e, "report this with the arguments that caused it");
        }
    }

    static McpSchema.CallToolResult error(String code, String message, String hint) {
        ObjectNode o = Json.object().put("error", message).put("code", code).put("hint", hint);
        return result(o, true);
    }

    private static McpSchema.CallToolResult result(ObjectNode o, boolean isError) {
        return McpSchema.CallToolResult.builder().addTextContent(Json.write(o)).structuredContent(o).isError(isError).build();
    }
}
