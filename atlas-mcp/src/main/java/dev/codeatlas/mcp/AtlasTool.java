package dev.codeatlas.mcp;

import java.io.IOException;
import java.util.Map;

/**
 * One MCP tool. A new tool is one class implementing this and one line in {@link Tools}.
 * Descriptions and schemas are what every agent pays for in tokens on every session: keep
 * them short ({@code ToolDefinitionBudgetTest} holds all of them under 4,000 tokens).
 */
public interface AtlasTool {

    String name();

    String description();

    /** The JSON schema of the arguments (see {@link Schema}). */
    Map<String, Object> inputSchema();

    /** Whether the tool reads a project (then it takes {@code project} and reports staleness). */
    default boolean readsProject() {
        return true;
    }

    ToolResponse call(ToolCall call) throws IOException;
}
