package dev.codeatlas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.ServerParameters;
import io.modelcontextprotocol.client.transport.StdioClientTransport;
import io.modelcontextprotocol.spec.McpSchema;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** atlas mcp as a real process driven by the SDK's stdio client; atlas serve's refusals. */
class McpCliTest {

    @TempDir
    Path tmp;

    @BeforeEach
    void home() {
        System.setProperty("atlas.home", tmp.resolve("home").toString());
    }

    @AfterEach
    void clear() {
        System.clearProperty("atlas.home");
    }

    private Path indexedProject() throws Exception {
        Path root = tmp.resolve("shop");
        Files.createDirectories(root.resolve("src/shop"));
        Files.writeString(root.resolve("src/shop/Cart.java"), """
            package shop;
            public class Cart {
              private final Pricing pricing = new Pricing();
              public long total(long cents) { return pricing.withTax(cents); }
            }
            """);
        Files.writeString(root.resolve("src/shop/Pricing.java"), """
            package shop;
            public class Pricing { public long withTax(long c) { return c * 2; } }
            """);
        CliTest.Run idx = CliTest.run("", "index", root.toString(), "-q");
        assertEquals(0, idx.exit(), idx.err());
        return root;
    }

    @Test
    @SuppressWarnings("unchecked")
    void stdioSessionWithARealProcess() throws Exception {
        Path root = indexedProject();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ServerParameters params = ServerParameters.builder(java)
                .args("-cp", System.getProperty("java.class.path"), "-Datlas.home=" + tmp.resolve("home"),
                        AtlasCli.class.getName(), "mcp", "--path", root.toString())
                .build();
        StdioClientTransport transport = new StdioClientTransport(params, dev.codeatlas.mcp.AtlasMcpServer.JSON);
        StringBuilder stderr = new StringBuilder();
        transport.setStdErrorHandler(line -> stderr.append(line).append('\n'));
        McpSyncClient client = McpClient.sync(transport).requestTimeout(Duration.ofSeconds(60))
                .initializationTimeout(Duration.ofSeconds(60)).jsonSchemaValidator(dev.codeatlas.mcp.AtlasMcpServer.NO_SCHEMA_VALIDATION).build();
        try {
            long t0 = System.nanoTime();
            McpSchema.InitializeResult init = client.initialize();
            System.out.printf("atlas mcp: initialize answered %.0f ms after the process started%n", (System.nanoTime() - t0) / 1e6);
            assertEquals("code-atlas", init.serverInfo().name());
            assertEquals(13, client.listTools().tools().size());
            McpSchema.CallToolResult r = client.callTool(new McpSchema.CallToolRequest("get_node", Map.of("name", "withTax")));
            assertFalse(Boolean.TRUE.equals(r.isError()), r.toString());
            Map<String, Object> s = (Map<String, Object>) r.structuredContent();
            assertEquals("shop:shop.Pricing.withTax", ((java.util.List<Map<String, Object>>) s.get("results")).get(0).get("uid"));
            McpSchema.CallToolResult bad = client.callTool(new McpSchema.CallToolRequest("trace_path", Map.of("from", "x")));
            assertTrue(bad.isError());
        } finally {
            assertTrue(client.closeGracefully(), "the server exits when its stdin closes; stderr: " + stderr);
        }
    }

    @Test
    void helpAndRefusals() {
        CliTest.Run help = CliTest.run("", "mcp", "--help");
        assertEquals(0, help.exit());
        assertTrue(help.out().contains("--refresh"));
        CliTest.Run serveHelp = CliTest.run("", "serve", "--help");
        assertEquals(0, serveHelp.exit());
        assertTrue(serveHelp.out().contains("--allow-remote"));
        CliTest.Run missing = CliTest.run("", "mcp", "--path", tmp.resolve("nope").toString());
        assertEquals(1, missing.exit());
        assertEquals(1, missing.err().strip().lines().count(), missing.err());
        assertEquals("", missing.out(), "nothing but JSON-RPC on stdout");
        CliTest.Run remote = CliTest.run("", "serve", "--host", "0.0.0.0", "--port", "0");
        assertEquals(1, remote.exit());
        assertTrue(remote.err().contains("--allow-remote"), remote.err());
    }
}
