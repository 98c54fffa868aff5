package dev.codeatlas.mcp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.codeatlas.mcp.transport.HttpServer;
import io.modelcontextprotocol.client.McpSyncClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Responses say when files changed since the index; with --refresh the server re-indexes first. */
class FreshnessTest {

    @TempDir
    Path tmp;

    private static void change(Fixture f) throws Exception {
        Files.writeString(f.root.resolve("src/shop/Pricing.java"), """
            package shop;
            public class Pricing {
              public long withTax(long c) { return round(c * 2); }
              long round(long c) { return c; }
              long discount(long c) { return withTax(c) / 2; }
            }
            """);
    }

    @Test
    @SuppressWarnings("unchecked")
    void staleAnswersSaySo() throws Exception {
        Fixture f = Fixture.create(tmp);
        try (Workspace ws = f.workspace(false);
             HttpServer server = HttpServer.start(ws, new HttpServer.Options("127.0.0.1", 0, false, Optional.empty(), List.of()));
             McpSyncClient c = Fixture.httpClient(server.port())) {
            Map<String, Object> before = Fixture.call(c, "index_status", Map.of());
            assertNull(before.get("stale"));
            change(f);
            Map<String, Object> status = ((List<Map<String, Object>>) Fixture.call(c, "index_status", Map.of()).get("results")).get(0);
            assertEquals(false, status.get("fresh"));
            assertEquals(1, ((Number) status.get("changed")).intValue());
            assertEquals(List.of("src/shop/Pricing.java"), status.get("stale_files"));
            Map<String, Object> later = Fixture.call(c, "blast_radius", Map.of("target", "shop:shop.Pricing.withTax"));
            assertEquals(true, later.get("stale"));
            assertEquals(1, ((Number) later.get("stale_files")).intValue());
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void refreshReindexesBeforeAnswering() throws Exception {
        Fixture f = Fixture.create(tmp);
        try (Workspace ws = f.workspace(true);
             HttpServer server = HttpServer.start(ws, new HttpServer.Options("127.0.0.1", 0, false, Optional.empty(), List.of()));
             McpSyncClient c = Fixture.httpClient(server.port())) {
            Map<String, Object> first = Fixture.call(c, "blast_radius", Map.of("target", "shop:shop.Pricing.withTax"));
            List<Object> uids = ((List<Map<String, Object>>) first.get("results")).stream().map(r -> r.get("uid")).toList();
            assertFalse(uids.contains("shop:shop.Pricing.discount"));
            change(f);
            Map<String, Object> after = Fixture.call(c, "blast_radius", Map.of("target", "shop:shop.Pricing.withTax"));
            List<Object> now = ((List<Map<String, Object>>) after.get("results")).stream().map(r -> r.get("uid")).toList();
            assertTrue(now.contains("shop:shop.Pricing.discount"), "the new caller is in the answer: " + now);
            assertNull(after.get("stale"), "fresh after the re-index");
        }
    }
}
