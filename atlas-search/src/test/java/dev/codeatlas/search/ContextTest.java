package dev.codeatlas.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.codeatlas.index.pipeline.Indexer;
import dev.codeatlas.parser.SourceParser;
import dev.codeatlas.search.context.ContextResult;
import dev.codeatlas.search.context.Tokens;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** get_context on a real index: the right neighbours, in budget, saying what was cut. */
class ContextTest {

    @TempDir
    static Path tmp;
    static Path indexDir;

    @BeforeAll
    static void build() throws IOException {
        Path root = tmp.resolve("src");
        Path pkg = root.resolve("shop");
        Files.createDirectories(pkg);
        Files.writeString(pkg.resolve("Pricing.java"), """
                package shop;

                /** Prices with tax. */
                public class Pricing {
                    /** Adds the tax to a price in cents. */
                    public long withTax(long cents) {
                        return cents + tax(cents);
                    }

                    long tax(long cents) {
                        return cents / 5;
                    }
                }
                """);
        StringBuilder many = new StringBuilder("package shop;\n\npublic class Callers {\n");
        for (int i = 0; i < 120; i++) {
            many.append("    /** Caller number ").append(i).append(" with a longish description to take some tokens. */\n")
                    .append("    public long caller").append(i).append("(Pricing p, long amountInCents) { return p.withTax(amountInCents); }\n");
        }
        many.append("}\n");
        Files.writeString(pkg.resolve("Callers.java"), many.toString());
        Files.writeString(root.resolve("README.md"), "# Pricing\n\nUse `withTax` to add the tax.\n");
        indexDir = tmp.resolve("index");
        new Indexer(new SourceParser()).index(root, "shop", indexDir,
                new Indexer.Options(false, true, 2, Duration.ofSeconds(5)), Indexer.Progress.NONE);
    }

    @Test
    void neighboursAndSource() throws IOException {
        try (Searcher s = Searcher.open(indexDir)) {
            ContextResult r = s.context("shop:shop.Pricing.withTax", 1, 8000).orElseThrow();
            JsonNode j = r.json();
            assertEquals("withTax", j.get("entity").get("name").asText());
            assertTrue(j.get("entity").get("source").asText().contains("return cents + tax(cents);"));
            assertEquals("shop:shop.Pricing.tax", j.get("callees").get(0).get("uid").asText());
            assertEquals("shop:shop.Pricing", j.get("parent").get(0).get("uid").asText());
            assertTrue(j.get("callers").size() > 10);
            assertTrue(r.tokens() <= 8000);
            assertEquals(r.tokens(), Tokens.count(j.toString()));
        }
    }

    @Test
    void budgetIsNeverExceededAndCutsAreReported() throws IOException {
        try (Searcher s = Searcher.open(indexDir)) {
            for (int budget : new int[] {1, 60, 200, 500, 1500, 8000, 25_000, 1_000_000}) {
                ContextResult r = s.context("shop:shop.Pricing.withTax", 3, budget).orElseThrow();
                int limit = Tokens.clampBudget(budget);
                int actual = Tokens.count(r.json().toString());
                assertTrue(actual <= limit, "budget " + budget + ": " + actual + " tokens");
                assertEquals(actual, r.tokens());
                if (budget == 500) {
                    assertTrue(r.truncated());
                    List<String> cut = new ArrayList<>(r.cut());
                    assertTrue(cut.stream().anyMatch(c -> c.startsWith("callers: ")), cut.toString());
                }
            }
        }
    }

    @Test
    void unknownUidIsEmpty() throws IOException {
        try (Searcher s = Searcher.open(indexDir)) {
            assertFalse(s.context("shop:no.such.Thing", 1, 8000).isPresent());
            assertFalse(s.context("../../etc/passwd", 1, 8000).isPresent());
        }
    }

}
