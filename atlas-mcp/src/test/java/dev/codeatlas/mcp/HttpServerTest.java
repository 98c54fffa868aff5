package dev.codeatlas.mcp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.codeatlas.mcp.transport.HttpServer;
import dev.codeatlas.search.context.Tokens;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.spec.McpError;
import io.modelcontextprotocol.spec.McpSchema;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real server over Streamable HTTP (Jetty on a free loopback port), driven by the SDK's MCP client. */
class HttpServerTest {

    @TempDir
    static Path tmp;
    static Fixture fixture;
    static Workspace workspace;
    static HttpServer server;
    static McpSyncClient client;

    @BeforeAll
    static void start() throws Exception {
        fixture = Fixture.create(tmp);
        workspace = fixture.workspace(false);
        server = HttpServer.start(workspace, new HttpServer.Options("127.0.0.1", 0, false, Optional.empty(), List.of()));
        client = Fixture.httpClient(server.port());
    }

    @AfterAll
    static void stop() throws Exception {
        client.close();
        server.close();
        workspace.close();
    }

    private static Map<String, Object> call(String tool, Map<String, Object> args) {
        return Fixture.call(client, tool, args);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> results(Map<String, Object> r) {
        return (List<Map<String, Object>>) r.get("results");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> error(Map<String, Object> r) {
        assertEquals(true, r.get("isError"), "expected a tool error: " + r);
        return (Map<String, Object>) r.get("error");
    }

    @Test
    void listsTheTools() {
        List<String> names = client.listTools().tools().stream().map(McpSchema.Tool::name).toList();
        assertEquals(List.of("hybrid_search", "text_search", "vector_search", "get_node", "get_context", "trace_path", "blast_radius", "schema_info",
                "index_status", "list_projects", "health_check", "get_usage_guide", "plan_search_strategy"), names);
        assertEquals("code-atlas", client.getServerInfo().name());
    }

    @Test
    void tracePathFollowsCalls() {
        Map<String, Object> r = call("trace_path", Map.of("from", "shop:shop.Cart.total", "to", "shop:shop.Pricing.round"));
        List<Map<String, Object>> paths = results(r);
        assertEquals(1, paths.size(), r.toString());
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> nodes = (List<Map<String, Object>>) paths.get(0).get("nodes");
        assertEquals(List.of("total", "withTax", "round"), nodes.stream().map(n -> n.get("name")).toList());
        assertEquals("src/shop/Cart.java", nodes.get(0).get("file"));
        assertEquals(false, r.get("reversed"));
        assertEquals(false, r.get("truncated"));
        assertTrue(((Number) r.get("query_ms")).doubleValue() >= 0);

        Map<String, Object> back = call("trace_path", Map.of("from", "shop:shop.Pricing.round", "to", "shop:shop.Cart.total"));
        assertEquals(true, back.get("reversed"));
        assertEquals("not_found", error(call("trace_path", Map.of("from", "shop:nope.Nothing", "to", "shop:shop.Cart.total"))).get("code"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void blastRadiusListsDependentsAndTestsApart() {
        Map<String, Object> r = call("blast_radius", Map.of("target", "shop:shop.Pricing.withTax"));
        List<Map<String, Object>> code = results(r);
        assertEquals("shop:shop.Cart.total", code.get(0).get("uid"));
        assertEquals(1, ((Number) code.get(0).get("depth")).intValue());
        assertEquals("CALLS", code.get(0).get("via"));
        List<Map<String, Object>> tests = (List<Map<String, Object>>) r.get("tests");
        assertEquals(List.of("shop:shop.CartTest.totalsWithTax"), tests.stream().map(t -> t.get("uid")).toList());
        assertEquals(2, ((Number) tests.get(0).get("depth")).intValue());
        assertTrue(code.stream().noneMatch(c -> c.get("uid").toString().contains("CartTest")), "tests are not among the code dependents");
    }

    @Test
    @SuppressWarnings("unchecked")
    void pagesWithACursor() {
        Map<String, Object> first = call("blast_radius", Map.of("target", "shop:shop.Util.log", "limit", 50));
        assertEquals(50, results(first).size());
        assertEquals(true, first.get("truncated"));
        assertEquals("50", first.get("cursor"));
        assertEquals(Fixture.LOG_CALLERS + 1, ((Number) first.get("total")).intValue());
        Set<Object> seen = new HashSet<>();
        results(first).forEach(x -> seen.add(x.get("uid")));
        String cursor = "50";
        int pages = 1;
        while (cursor != null) {
            Map<String, Object> next = call("blast_radius", Map.of("target", "shop:shop.Util.log", "limit", 50, "cursor", cursor));
            results(next).forEach(x -> assertTrue(seen.add(x.get("uid")), "a page repeats " + x.get("uid")));
            cursor = (String) next.get("cursor");
            pages++;
        }
        assertEquals(3, pages);
        assertEquals(Fixture.LOG_CALLERS + 1, seen.size());
        assertEquals("invalid_argument", error(call("blast_radius", Map.of("target", "shop:shop.Util.log", "cursor", "abc"))).get("code"));
    }

    @Test
    void everyAnswerFitsItsBudgetWhateverTheLimit() {
        for (int budget : new int[] {200, 1000, 3000}) {
            McpSchema.CallToolResult r = client.callTool(new McpSchema.CallToolRequest("blast_radius",
                    Map.of("target", "shop:shop.Util.log", "limit", 1_000_000, "max_tokens", budget)));
            String text = ((McpSchema.TextContent) r.content().get(0)).text();
            assertTrue(Tokens.count(text) <= budget, budget + ": " + Tokens.count(text));
            @SuppressWarnings("unchecked")
            Map<String, Object> s = (Map<String, Object>) r.structuredContent();
            assertEquals(true, s.get("truncated"));
            assertTrue(s.containsKey("cursor"), s.toString());
            assertTrue(s.get("warnings").toString().contains("capped"), "the huge limit is reported: " + s.get("warnings"));
        }
        Map<String, Object> big = call("blast_radius", Map.of("target", "shop:shop.Util.log", "limit", 500, "max_tokens", 25_000));
        assertEquals(Fixture.LOG_CALLERS + 1, results(big).size(), "everything fits in 25,000 tokens");
        assertEquals(false, big.get("truncated"));
        assertNull(big.get("cursor"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void schemaStatusProjectsHealth() {
        List<Map<String, Object>> schema = results(call("schema_info", Map.of()));
        assertTrue(schema.stream().anyMatch(e -> "Callable".equals(e.get("label")) && ((Number) e.get("count")).intValue() > Fixture.LOG_CALLERS));
        assertTrue(schema.stream().anyMatch(e -> "CALLS".equals(e.get("relationship")) && ((Number) e.get("count")).intValue() > Fixture.LOG_CALLERS));

        Map<String, Object> status = results(call("index_status", Map.of())).get(0);
        assertEquals(true, status.get("fresh"));
        assertEquals(5, ((Number) status.get("files")).intValue());
        assertEquals("shop", status.get("project"));

        List<Map<String, Object>> projects = results(call("list_projects", Map.of()));
        assertEquals(1, projects.size());
        assertEquals("shop", projects.get(0).get("name"));
        assertEquals(true, projects.get(0).get("default"));

        Map<String, Object> health = call("health_check", Map.of());
        List<Map<String, Object>> checks = results(health);
        assertEquals(true, checks.stream().filter(c -> c.get("check").equals("index")).findFirst().orElseThrow().get("ok"));
        assertEquals(true, checks.stream().filter(c -> c.get("check").equals("graph")).findFirst().orElseThrow().get("ok"));

        List<Map<String, Object>> guide = results(call("get_usage_guide", Map.of()));
        assertTrue(guide.size() >= 4);
        assertTrue(guide.stream().anyMatch(g -> g.get("text").toString().contains("blast_radius")));
    }

    @Test
    void hostileArgumentsGetClearErrorsAndTheSessionGoesOn() {
        assertEquals("invalid_argument", error(call("trace_path", Map.of("from", "shop:shop.Cart.total"))).get("code"), "missing 'to'");
        assertEquals("invalid_argument", error(call("blast_radius", Map.of("target", "x", "limit", -5))).get("code"));
        assertEquals("invalid_argument", error(call("blast_radius", Map.of("target", "x", "limit", "ten"))).get("code"));
        assertEquals("invalid_argument", error(call("blast_radius", Map.of("target", "x", "max_depth", 2.5))).get("code"));
        assertEquals("invalid_argument", error(call("blast_radius", Map.of("target", List.of("x")))).get("code"));
        assertEquals("invalid_argument", error(call("blast_radius", Map.of("target", "x", "bogus", 1))).get("code"));
        assertEquals("invalid_argument", error(call("get_node", Map.of())).get("code"));
        Map<String, Object> huge = error(call("trace_path", Map.of("from", "a".repeat(100_000), "to", "b")));
        assertEquals("invalid_argument", huge.get("code"));
        assertTrue(huge.get("error").toString().contains("100000 characters"), huge.toString());
        assertTrue(huge.get("error").toString().length() < 300, "the error does not echo the string");
        for (String path : List.of("../../etc", "/etc/passwd", "src/../../x", "..\\..\\windows", "C:/Windows")) {
            Map<String, Object> e = error(call("hybrid_search", Map.of("query", "x", "path", path)));
            assertEquals("path_outside_root", e.get("code"), path);
            assertFalse(e.toString().contains("root:"), "nothing of /etc/passwd comes back");
        }
        Map<String, Object> project = error(call("schema_info", Map.of("project", "../../etc/passwd")));
        assertEquals("unknown_project", project.get("code"));
        assertTrue(project.get("hint").toString().contains("shop"));
        McpError unknown = assertThrows(McpError.class, () -> client.callTool(new McpSchema.CallToolRequest("no_such_tool", Map.of())));
        assertTrue(unknown.getMessage().contains("Unknown tool"), unknown.getMessage());
        // still serving
        assertEquals(1, results(call("trace_path", Map.of("from", "shop:shop.Cart.total", "to", "shop:shop.Pricing.round"))).size());
    }

    @Test
    void refusesForeignOriginsAndChecksTheToken() throws Exception {
        Workspace ws = fixture.workspace(false);
        try (HttpServer secured = HttpServer.start(ws, new HttpServer.Options("127.0.0.1", 0, false, Optional.of("s3cret"),
                List.of("https://allowed.example")))) {
            String url = "http://127.0.0.1:" + secured.port() + "/mcp";
            assertEquals(401, post(url, null, null).statusCode());
            assertEquals(401, post(url, null, "Bearer wrong").statusCode());
            HttpResponse<String> foreign = post(url, "http://evil.example", "Bearer s3cret");
            assertEquals(403, foreign.statusCode());
            assertTrue(foreign.body().contains("forbidden_origin"), foreign.body());
            assertEquals(403, post(url, "null", "Bearer s3cret").statusCode());
            assertEquals(200, post(url, "http://localhost:3000", "Bearer s3cret").statusCode());
            assertEquals(200, post(url, "https://allowed.example", "Bearer s3cret").statusCode());
            assertEquals(200, post(url, null, "Bearer s3cret").statusCode());
        } finally {
            ws.close();
        }
        try (HttpServer open = HttpServer.start(workspace, new HttpServer.Options("127.0.0.1", 0, false, Optional.empty(), List.of()))) {
            assertEquals(403, post("http://127.0.0.1:" + open.port() + "/mcp", "http://evil.example", null).statusCode());
            assertEquals(200, post("http://127.0.0.1:" + open.port() + "/mcp", null, null).statusCode());
        }
        IllegalArgumentException remote = assertThrows(IllegalArgumentException.class, () ->
                HttpServer.start(workspace, new HttpServer.Options("0.0.0.0", 0, false, Optional.empty(), List.of())));
        assertTrue(remote.getMessage().contains("--allow-remote"), remote.getMessage());
    }

    private static HttpResponse<String> post(String url, String origin, String authorization) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/json").header("Accept", "application/json, text/event-stream")
                .POST(HttpRequest.BodyPublishers.ofString("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":"
                        + "{\"protocolVersion\":\"2025-03-26\",\"capabilities\":{},\"clientInfo\":{\"name\":\"t\",\"version\":\"1\"}}}"));
        if (origin != null) {
            b.header("Origin", origin);
        }
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        return HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void malformedHttpBodiesAreRefusedAndTheServerGoesOn() throws Exception {
        String url = "http://127.0.0.1:" + server.port() + "/mcp";
        for (String body : List.of("not json", "[1,2]", "{\"jsonrpc\":\"2.0\"}", "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/list\"}")) {
            HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
                    .header("Content-Type", "application/json").header("Accept", "application/json, text/event-stream")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(400, r.statusCode(), body + " -> " + r.body());
        }
        assertEquals(13, client.listTools().tools().size());
    }

    @Test
    void eightClientsInParallel() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> sessions = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                int n = i;
                sessions.add(pool.submit(() -> {
                    try (McpSyncClient c = Fixture.httpClient(server.port())) {
                        for (int k = 0; k < 20; k++) {
                            Map<String, Object> r = Fixture.call(c, "blast_radius", Map.of("target", "shop:shop.Util.log", "limit", 5 + n));
                            assertEquals(5 + n, results(r).size());
                            Map<String, Object> p = Fixture.call(c, "trace_path", Map.of("from", "shop:shop.Cart.total", "to", "shop:shop.Pricing.round"));
                            assertEquals(1, results(p).size());
                        }
                        return c.getCurrentInitializationResult().protocolVersion();
                    }
                }));
            }
            for (Future<String> f : sessions) {
                assertNotEquals(null, f.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
