package dev.codeatlas.mcp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.codeatlas.search.context.Tokens;
import io.modelcontextprotocol.server.McpServerFeatures;
import io.modelcontextprotocol.spec.McpSchema;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** All tool definitions together, as tools/list sends them, stay within 4,000 cl100k tokens. */
class ToolDefinitionBudgetTest {

    static final int BUDGET = 4_000;

    @Test
    void toolDefinitionsFitTheBudget() throws Exception {
        Workspace ws = new Workspace(new dev.codeatlas.index.pipeline.AtlasHome(Path.of("/nonexistent")), Optional.empty(), new Workspace.Options(false));
        List<McpSchema.Tool> tools = AtlasMcpServer.specifications(ws).stream().map(McpServerFeatures.SyncToolSpecification::tool).toList();
        String json = AtlasMcpServer.JSON.writeValueAsString(new McpSchema.ListToolsResult(tools, null));
        int tokens = Tokens.count(json);
        System.out.println("tool definitions: " + tools.size() + " tools, " + tokens + " cl100k tokens, " + json.length() + " chars");
        assertTrue(tokens <= BUDGET, tokens + " tokens");
        assertEquals(Tools.all().size(), tools.size());
        for (McpSchema.Tool t : tools) {
            assertTrue(t.description().length() <= 200, t.name() + " has a long description");
            assertEquals(true, t.annotations().readOnlyHint(), t.name());
        }
    }
}
