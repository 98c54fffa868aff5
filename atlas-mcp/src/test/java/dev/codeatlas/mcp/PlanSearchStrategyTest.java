package dev.codeatlas.mcp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.codeatlas.mcp.tools.PlanSearchStrategyTool;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** plan_search_strategy picks tools by the question's shape. */
class PlanSearchStrategyTest {

    private static ObjectNode plan(String question) throws Exception {
        PlanSearchStrategyTool tool = new PlanSearchStrategyTool();
        Workspace ws = new Workspace(new dev.codeatlas.index.pipeline.AtlasHome(Path.of("/nonexistent")), Optional.empty(), new Workspace.Options(false));
        ToolCall call = new ToolCall(new Args(tool.name(), Map.of("question", question), java.util.Set.of("question")), ws);
        return TokenBudget.fit(tool.call(call), 8000, 0, TokenBudget.Staleness.FRESH);
    }

    private static String first(ObjectNode plan) {
        return plan.path("results").path(0).path("tool").asText();
    }

    @Test
    void shapes() throws Exception {
        ObjectNode ident = plan("Gson.fromJson");
        assertEquals("identifier", ident.path("shape").asText());
        assertEquals("get_node", first(ident));
        assertEquals("Gson.fromJson", ident.path("results").path(0).path("arguments").path("name").asText());

        ObjectNode callers = plan("who calls parseConfig?");
        assertEquals("blast_radius", first(callers));
        assertEquals("parseConfig", callers.path("results").path(0).path("arguments").path("target").asText());

        ObjectNode path = plan("how does `Cart.total` reach `Pricing.round`");
        assertEquals("trace_path", first(path));
        assertEquals("Pricing.round", path.path("results").path(0).path("arguments").path("to").asText());

        ObjectNode file = plan("retry logic in src/net/Client.java");
        assertEquals("path", file.path("shape").asText());
        assertEquals("hybrid_search", first(file));
        assertEquals("**/src/net/Client.java", file.path("results").path(0).path("arguments").path("path").asText());
        assertEquals("retry logic", file.path("results").path(0).path("arguments").path("query").asText());

        ObjectNode words = plan("where do we retry failed http requests with backoff");
        assertEquals("natural_language", words.path("shape").asText());
        assertEquals("hybrid_search", first(words));
        assertEquals("retry failed http requests backoff", words.path("results").path(0).path("arguments").path("query").asText());
    }
}
