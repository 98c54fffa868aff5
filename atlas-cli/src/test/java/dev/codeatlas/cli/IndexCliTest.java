package dev.codeatlas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** atlas index / status / export against a temporary ATLAS_HOME. */
class IndexCliTest {

    private static final ObjectMapper JSON = new ObjectMapper();

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

    private Path project() throws Exception {
        Path root = tmp.resolve("shop");
        Files.createDirectories(root.resolve("src/shop"));
        Files.writeString(root.resolve("src/shop/Cart.java"), """
            package shop;
            /** A cart. */
            public class Cart {
              private final Pricing pricing = new Pricing();
              public long total(long cents) { return pricing.withTax(cents); }
            }
            """);
        Files.writeString(root.resolve("src/shop/Pricing.java"), """
            package shop;
            public class Pricing { public long withTax(long c) { return c * 2; } }
            """);
        Files.writeString(root.resolve(".env"), "SECRET=1");
        return root;
    }

    @Test
    void indexStatusExport() throws Exception {
        Path root = project();
        CliTest.Run idx = CliTest.run("", "index", root.toString(), "--json", "-q");
        assertEquals(0, idx.exit(), idx.err());
        JsonNode summary = JSON.readTree(idx.out());
        assertEquals("shop", summary.get("project").asText());
        assertEquals(2, summary.get("files").asInt());
        assertTrue(summary.get("changed").asBoolean());
        // pricing.withTax(..) and new Pricing() (implicit constructor: the class)
        assertEquals(2, summary.get("calls_resolved").get("java").get("resolved").asInt(), idx.out());

        CliTest.Run st = CliTest.run("", "status", "--path", root.toString(), "--json");
        assertEquals(0, st.exit(), st.err());
        JsonNode s = JSON.readTree(st.out());
        assertTrue(s.get("fresh").asBoolean());
        assertEquals(dev.codeatlas.index.store.LuceneGraphStore.SCHEMA_VERSION, s.get("schema_version").asInt());
        assertEquals(2, s.get("nodes").get("TypeDef").asInt());
        assertEquals(2, s.get("edges").get("CALLS").asInt());
        assertEquals(".env", s.get("skipped").get(0).get("path").asText());

        CliTest.Run ex = CliTest.run("", "export", "--path", root.toString());
        assertEquals(0, ex.exit(), ex.err());
        List<String> lines = ex.out().lines().toList();
        boolean sawCall = false;
        for (String line : lines) {
            JsonNode o = JSON.readTree(line);
            assertTrue(o.get("type").asText().equals("node") || o.get("type").asText().equals("edge"));
            if (o.get("type").asText().equals("edge") && o.get("rel").asText().equals("CALLS")
                    && o.get("from").asText().equals("shop:shop.Cart.total")) {
                assertEquals("shop:shop.Cart.total", o.get("from").asText());
                assertEquals("shop:shop.Pricing.withTax", o.get("to").asText());
                assertTrue(o.get("props").get("confidence").asDouble() > 0.9);
                sawCall = true;
            }
            if (o.get("type").asText().equals("node") && o.get("name").asText().equals("Cart")) {
                assertEquals("src/shop/Cart.java", o.get("file").asText());
                assertEquals(3, o.get("line_start").asInt());
            }
        }
        assertTrue(sawCall);

        Files.writeString(root.resolve("src/shop/Pricing.java"), "package shop;\npublic class Pricing { }\n");
        CliTest.Run stale = CliTest.run("", "status", "--path", root.toString(), "--json");
        JsonNode st2 = JSON.readTree(stale.out());
        assertFalse(st2.get("fresh").asBoolean());
        assertEquals(1, st2.get("stale").get("changed").asInt());

        CliTest.Run delta = CliTest.run("", "index", root.toString(), "--json", "-q");
        JsonNode d = JSON.readTree(delta.out());
        assertEquals(1, d.get("parsed").asInt());
        assertEquals(1, d.get("calls_resolved").get("java").get("resolved").asInt(), "withTax is gone");
        CliTest.Run none = CliTest.run("", "index", root.toString(), "--json", "-q");
        assertFalse(JSON.readTree(none.out()).get("changed").asBoolean());
    }

    @Test
    void missingIndexIsAUserError() throws Exception {
        Path root = project();
        CliTest.Run st = CliTest.run("", "status", "--path", root.toString());
        assertEquals(1, st.exit());
        assertTrue(st.err().contains("run 'atlas index"), st.err());
        CliTest.Run bad = CliTest.run("", "index", tmp.resolve("nope").toString());
        assertEquals(1, bad.exit());
        CliTest.Run badName = CliTest.run("", "index", root.toString(), "--project", "../evil");
        assertEquals(1, badName.exit());
        CliTest.Run search = CliTest.run("", "search", "total", "--path", root.toString());
        assertEquals(1, search.exit());
        assertTrue(search.err().contains("run 'atlas index"), search.err());
        for (String cmd : List.of("index", "status", "export", "search")) {
            assertEquals(0, CliTest.run("", cmd, "--help").exit());
        }
    }

    @Test
    void searchSingleAndBatch() throws Exception {
        Path root = project();
        assertEquals(0, CliTest.run("", "index", root.toString(), "-q").exit());
        CliTest.Run one = CliTest.run("", "search", "withTax", "--path", root.toString(), "--json");
        assertEquals(0, one.exit(), one.err());
        JsonNode r = JSON.readTree(one.out());
        assertEquals("withTax", r.get("query").asText());
        JsonNode first = r.get("results").get(0);
        assertEquals("shop:shop.Pricing.withTax", first.get("uid").asText());
        assertEquals("src/shop/Pricing.java", first.get("file").asText());
        assertEquals(2, first.get("line_start").asInt());
        for (String f : List.of("name", "qualified_name", "label", "kind", "line_end", "score")) {
            assertTrue(first.has(f), f);
        }
        assertTrue(r.has("count") && r.has("truncated") && r.has("query_ms"));

        CliTest.Run human = CliTest.run("", "search", "cart total", "--path", root.toString());
        assertEquals(0, human.exit(), human.err());
        assertTrue(human.out().contains("src/shop/Cart.java:"), human.out());

        Path queries = tmp.resolve("q.txt");
        Files.writeString(queries, "withTax\nA cart\n\nPricing\n");
        CliTest.Run batch = CliTest.run("", "search", "--queries", queries.toString(), "--path", root.toString(), "--limit", "30", "--json");
        assertEquals(0, batch.exit(), batch.err());
        String[] lines = batch.out().strip().split("\n");
        assertEquals(4, lines.length, batch.out());
        assertEquals("withTax", JSON.readTree(lines[0]).get("query").asText());
        assertEquals("A cart", JSON.readTree(lines[1]).get("query").asText());
        assertEquals(0, JSON.readTree(lines[2]).get("count").asInt());
        assertEquals("shop.Pricing", JSON.readTree(lines[3]).get("results").get(0).get("qualified_name").asText());

        assertEquals(1, CliTest.run("", "search", "x", "--path", root.toString(), "--limit", "0").exit());
        assertEquals(1, CliTest.run("", "search", "x", "--path", root.toString(), "--mode", "psychic").exit());
        assertEquals(1, CliTest.run("", "search", "--path", root.toString()).exit());
        assertEquals(1, CliTest.run("", "search", "--queries", tmp.resolve("none.txt").toString(), "--path", root.toString()).exit());
    }
}
