package dev.codeatlas.mcp;

import dev.codeatlas.index.pipeline.AtlasHome;
import dev.codeatlas.index.pipeline.Indexer;
import dev.codeatlas.parser.SourceParser;
import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;
import io.modelcontextprotocol.spec.McpSchema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * A small real project indexed by the real Indexer into a temporary ATLAS_HOME: a shop with a
 * cart, pricing, a test, and a utility called from 120 places (for budgets and paging).
 */
final class Fixture {

    static final int LOG_CALLERS = 120;

    final Path root;
    final AtlasHome home;
    final AtlasHome.Project project;

    private Fixture(Path root, AtlasHome home, AtlasHome.Project project) {
        this.root = root;
        this.home = home;
        this.project = project;
    }

    static Fixture create(Path tmp) throws IOException {
        Path root = tmp.resolve("shop");
        Files.createDirectories(root.resolve("src/shop"));
        Files.createDirectories(root.resolve("src/test/java/shop"));
        Files.writeString(root.resolve("src/shop/Cart.java"), """
            package shop;
            /** A shopping cart: holds lines and totals them with tax. */
            public class Cart {
              private final Pricing pricing = new Pricing();
              /** Total of the cart in cents, tax included. */
              public long total(long cents) { Util.log("total"); return pricing.withTax(cents); }
            }
            """);
        Files.writeString(root.resolve("src/shop/Pricing.java"), """
            package shop;
            public class Pricing {
              public long withTax(long c) { return round(c * 2); }
              long round(long c) { return c; }
            }
            """);
        StringBuilder many = new StringBuilder("package shop;\n/** Callers of the log. */\npublic class Reports {\n");
        for (int i = 0; i < LOG_CALLERS; i++) {
            many.append("  /** Report number ").append(i).append(": writes a line about the state of the shop to the log, with details. */\n")
                    .append("  public void report").append(i).append("(String detail) { Util.log(\"r").append(i).append("\"); }\n");
        }
        Files.writeString(root.resolve("src/shop/Reports.java"), many.append("}\n").toString());
        Files.writeString(root.resolve("src/shop/Util.java"), """
            package shop;
            public final class Util {
              /** Writes a line to the log. */
              public static void log(String s) { System.err.println(s); }
            }
            """);
        Files.writeString(root.resolve("src/test/java/shop/CartTest.java"), """
            package shop;
            public class CartTest {
              void totalsWithTax() { new Cart().total(100); }
            }
            """);
        AtlasHome home = new AtlasHome(tmp.resolve("home"));
        Path real = root.toRealPath();
        Path dir = home.defaultIndexDir(real, "shop");
        AtlasHome.Project p = new AtlasHome.Project("shop", real, dir);
        new Indexer(new SourceParser()).index(real, "shop", dir, Indexer.Options.defaults(), Indexer.Progress.NONE);
        home.register(p);
        return new Fixture(real, home, p);
    }

    Workspace workspace(boolean refresh) {
        return new Workspace(home, Optional.of(project), new Workspace.Options(refresh));
    }

    static McpSyncClient httpClient(int port) {
        var transport = HttpClientStreamableHttpTransport.builder("http://127.0.0.1:" + port).endpoint("/mcp")
                .jsonMapper(AtlasMcpServer.JSON).build();
        McpSyncClient c = McpClient.sync(transport).requestTimeout(Duration.ofSeconds(30))
                .jsonSchemaValidator(AtlasMcpServer.NO_SCHEMA_VALIDATION).build();
        c.initialize();
        return c;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> call(McpSyncClient c, String tool, Map<String, Object> args) {
        McpSchema.CallToolResult r = c.callTool(new McpSchema.CallToolRequest(tool, args));
        Map<String, Object> structured = (Map<String, Object>) r.structuredContent();
        if (Boolean.TRUE.equals(r.isError())) {
            return Map.of("isError", true, "error", structured);
        }
        return structured;
    }
}
