package dev.codeatlas.mcp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.codeatlas.mcp.transport.HttpServer;
import dev.codeatlas.search.context.Tokens;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.spec.McpSchema;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The search-backed tools (hybrid/text/vector_search, get_node, names in trace_path) through the real server. */
class SearchToolsTest {

    @TempDir
    static Path tmp;
    static Workspace workspace;
    static HttpServer server;
    static McpSyncClient client;

    @BeforeAll
    static void start() throws Exception {
        workspace = Fixture.create(tmp).workspace(false);
        server = HttpServer.start(workspace, new HttpServer.Options("127.0.0.1", 0, false, Optional.empty(), List.of()));
        client = Fixture.httpClient(server.port());
    }

    @AfterAll
    static void stop() throws Exception {
        client.close();
        server.close();
        workspace.close();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> results(Map<String, Object> r) {
        assertFalse(Boolean.TRUE.equals(r.get("isError")), r.toString());
        return (List<Map<String, Object>>) r.get("results");
    }

    @Test
    void hybridSearchReturnsTheContractShape() {
        List<Map<String, Object>> hits = results(Fixture.call(client, "hybrid_search", Map.of("query", "cart total with tax", "limit", 5)));
        assertFalse(hits.isEmpty());
        assertTrue(hits.stream().anyMatch(h -> "shop:shop.Cart.total".equals(h.get("uid"))), hits.toString());
        Map<String, Object> first = hits.get(0);
        for (String key : List.of("uid", "name", "qualified_name", "label", "kind", "file", "line_start", "line_end", "score")) {
            assertTrue(first.containsKey(key), key + " in " + first);
        }
    }

    @Test
    void pathFilterKeepsToItsFiles() {
        List<Map<String, Object>> hits = results(Fixture.call(client, "text_search", Map.of("query", "withTax round", "path", "src/shop/Pricing.java")));
        assertFalse(hits.isEmpty());
        assertTrue(hits.stream().allMatch(h -> "src/shop/Pricing.java".equals(h.get("file"))), hits.toString());
    }

    @Test
    @SuppressWarnings("unchecked")
    void searchAnswersStayWithinTheBudgetAndPage() {
        McpSchema.CallToolResult r = client.callTool(new McpSchema.CallToolRequest("hybrid_search",
                Map.of("query", "report log line shop", "limit", 100, "max_tokens", 400)));
        String text = ((McpSchema.TextContent) r.content().get(0)).text();
        assertTrue(Tokens.count(text) <= 400, "tokens " + Tokens.count(text));
        Map<String, Object> s = (Map<String, Object>) r.structuredContent();
        assertEquals(true, s.get("truncated"), s.toString());
        String cursor = (String) s.get("cursor");
        int count = ((Number) s.get("count")).intValue();
        assertEquals(Integer.toString(count), cursor);
        assertTrue(((List<Map<String, Object>>) s.get("results")).stream().noneMatch(h -> h.containsKey("docstring")), "docstrings go first");
        List<Map<String, Object>> next = results(Fixture.call(client, "hybrid_search",
                Map.of("query", "report log line shop", "limit", 100, "max_tokens", 400, "cursor", cursor)));
        assertFalse(next.isEmpty());
        List<Object> firstUids = ((List<Map<String, Object>>) s.get("results")).stream().map(h -> h.get("uid")).toList();
        assertTrue(next.stream().noneMatch(h -> firstUids.contains(h.get("uid"))), "the next page starts after the first");
    }

    @Test
    void getNodeByNameAndUid() {
        List<Map<String, Object>> byName = results(Fixture.call(client, "get_node", Map.of("name", "withTax")));
        assertEquals("shop:shop.Pricing.withTax", byName.get(0).get("uid"));
        assertEquals("exact", byName.get(0).get("match"));
        assertEquals("src/shop/Pricing.java", byName.get(0).get("file"));
        List<Map<String, Object>> byUid = results(Fixture.call(client, "get_node", Map.of("uid", "shop:shop.Cart.total")));
        assertEquals("total", byUid.get(0).get("name"));
        assertTrue(byUid.get(0).get("docstring").toString().startsWith("Total of the cart"));
        Map<String, Object> none = Fixture.call(client, "get_node", Map.of("name", "zzNoSuchThingzz"));
        assertEquals(0, results(none).size());
    }

    @Test
    @SuppressWarnings("unchecked")
    void tracePathResolvesNames() {
        Map<String, Object> r = Fixture.call(client, "trace_path", Map.of("from", "Cart.total", "to", "round"));
        assertEquals(1, results(r).size(), r.toString());
        Map<String, Object> missing = Fixture.call(client, "trace_path", Map.of("from", "zzNoSuchThingzz", "to", "round"));
        assertEquals("not_found", ((Map<String, Object>) missing.get("error")).get("code"));
    }

    @Test
    void vectorSearchAnswersOrSaysWhyNot() {
        Map<String, Object> r = Fixture.call(client, "vector_search", Map.of("query", "compute the price with tax"));
        if (Boolean.TRUE.equals(r.get("isError"))) {
            assertTrue(r.get("error").toString().contains("hint"), r.toString());
        } else {
            assertTrue(r.containsKey("results"));
        }
        assertEquals(1, results(Fixture.call(client, "get_node", Map.of("name", "withTax"))).size(), "the session goes on");
    }

    @Test
    @SuppressWarnings("unchecked")
    void getContextGivesSourceAndNeighboursWithinBudget() {
        List<Map<String, Object>> r = results(Fixture.call(client, "get_context", Map.of("entity", "Pricing.withTax")));
        assertEquals(1, r.size());
        Map<String, Object> ctx = r.get(0);
        Map<String, Object> entity = (Map<String, Object>) ctx.get("entity");
        assertEquals("withTax", entity.get("name"));
        assertTrue(String.valueOf(entity.get("source")).contains("withTax"), entity.toString());
        List<Map<String, Object>> callers = (List<Map<String, Object>>) ctx.get("callers");
        assertTrue(callers.stream().anyMatch(c -> "shop:shop.Cart.total".equals(c.get("uid"))), ctx.toString());
        for (int budget : new int[] {200, 300, 1000}) {
            McpSchema.CallToolResult small = client.callTool(new McpSchema.CallToolRequest("get_context",
                    Map.of("entity", "shop:shop.Pricing.withTax", "depth", 3, "max_tokens", budget)));
            String text = ((McpSchema.TextContent) small.content().get(0)).text();
            assertTrue(Tokens.count(text) <= budget, budget + ": " + Tokens.count(text));
        }
        Map<String, Object> missing = Fixture.call(client, "get_context", Map.of("entity", "no_such_entity_anywhere_zz"));
        assertEquals(true, missing.get("isError"), missing.toString());
    }
}
