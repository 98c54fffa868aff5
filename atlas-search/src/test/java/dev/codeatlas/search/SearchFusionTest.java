package dev.codeatlas.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import dev.codeatlas.index.pipeline.Indexer;
import dev.codeatlas.parser.SourceParser;
import dev.codeatlas.search.embed.Embedder;
import dev.codeatlas.search.embed.EmbeddingProvider;
import dev.codeatlas.search.embed.OpenAiCompatibleProvider;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hybrid search with a real vector channel: an OpenAI-compatible embeddings server on
 * loopback (hashed bag of words, so similar words give similar vectors), the real HTTP
 * provider, the real Embedder and Lucene HNSW. Then the server goes away mid-life: searches
 * keep answering from the other channels, with a warning.
 */
class SearchFusionTest {

    static final int DIM = 64;
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path tmp;
    static HttpServer server;
    static Path indexDir;
    static Path plainIndexDir;
    static OpenAiCompatibleProvider.Config config;

    @BeforeAll
    static void build() throws Exception {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/v1/embeddings", ex -> {
            JsonNode req = JSON.readTree(ex.getRequestBody());
            ObjectNode resp = JSON.createObjectNode();
            ArrayNode data = resp.putArray("data");
            JsonNode input = req.get("input");
            for (int i = 0; i < input.size(); i++) {
                ArrayNode v = data.addObject().put("index", i).putArray("embedding");
                for (float f : bagOfWords(input.get(i).asText())) {
                    v.add(f);
                }
            }
            byte[] body = JSON.writeValueAsBytes(resp);
            ex.getResponseHeaders().add("Content-Type", "application/json");
            ex.sendResponseHeaders(200, body.length);
            ex.getResponseBody().write(body);
            ex.close();
        });
        server.start();
        config = OpenAiCompatibleProvider.Config.of("http://127.0.0.1:" + server.getAddress().getPort(), "bow")
                .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(5));

        Path root = tmp.resolve("src");
        Files.createDirectories(root.resolve("lib"));
        Files.writeString(root.resolve("lib/mail.py"), """
                def deliver(message, recipient):
                    \"\"\"Send an electronic letter to a recipient over SMTP.\"\"\"
                    return message

                def archive(message):
                    \"\"\"Store the letter in the archive folder.\"\"\"
                    return message
                """);
        Files.writeString(root.resolve("lib/maths.py"), """
                def mean(values):
                    \"\"\"Average of numbers.\"\"\"
                    return sum(values) / len(values)
                """);
        Indexer indexer = new Indexer(new SourceParser());
        indexDir = tmp.resolve("index");
        indexer.index(root, "fusion", indexDir, new Indexer.Options(false, true, 2, Duration.ofSeconds(5)), Indexer.Progress.NONE);
        try (EmbeddingProvider p = new OpenAiCompatibleProvider(config)) {
            new Embedder(p, Embedder.Options.defaults()).run(indexDir, Embedder.Progress.NONE);
        }
        plainIndexDir = tmp.resolve("plain");
        indexer.index(root, "plain", plainIndexDir, new Indexer.Options(false, true, 2, Duration.ofSeconds(5)), Indexer.Progress.NONE);
    }

    @AfterAll
    static void stop() {
        server.stop(0);
    }

    /** Words hashed into DIM buckets, normalised: texts sharing words are close. */
    static float[] bagOfWords(String text) {
        float[] v = new float[DIM];
        for (String w : text.toLowerCase(Locale.ROOT).split("[^a-z]+")) {
            if (w.length() > 2) {
                v[Math.floorMod(w.hashCode(), DIM)] += 1;
            }
        }
        v[0] += 0.01f;
        double n = 0;
        for (float f : v) {
            n += f * f;
        }
        for (int i = 0; i < DIM; i++) {
            v[i] /= (float) Math.sqrt(n);
        }
        return v;
    }

    static SearchResponse search(Path index, EmbeddingProvider p, String q, SearchMode mode) throws IOException {
        try (Searcher s = Searcher.open(index, Optional.ofNullable(p))) {
            return s.search(new SearchRequest(q, mode, 10, SearchFilters.NONE));
        }
    }

    @Test
    void hybridFusesTheVectorChannel() throws IOException {
        try (EmbeddingProvider p = new OpenAiCompatibleProvider(config)) {
            SearchResponse r = search(indexDir, p, "electronic letter recipient", SearchMode.HYBRID);
            assertTrue(r.warnings().isEmpty(), r.warnings().toString());
            assertEquals("deliver", r.results().get(0).node().name());
            assertTrue(r.results().get(0).channels().contains("vector"), r.results().get(0).channels().toString());

            SearchResponse text = search(indexDir, p, "electronic letter recipient", SearchMode.TEXT);
            assertTrue(text.results().stream().noneMatch(h -> h.channels().contains("vector")));

            SearchResponse vec = search(indexDir, p, "electronic letter recipient", SearchMode.VECTOR);
            assertFalse(vec.results().isEmpty());
            assertTrue(vec.results().stream().allMatch(h -> h.channels().equals(List.of("vector"))), vec.results().toString());
        }
    }

    @Test
    void aFailingProviderLeavesTheOtherChannelsAnswering() throws IOException {
        // same model id, nobody listening: the query embedding fails
        OpenAiCompatibleProvider.Config dead = OpenAiCompatibleProvider.Config.of("http://127.0.0.1:" + freePort(), "bow")
                .withTimeouts(Duration.ofMillis(500), Duration.ofSeconds(1));
        try (EmbeddingProvider p = new OpenAiCompatibleProvider(dead)) {
            SearchResponse r = search(indexDir, p, "electronic letter recipient", SearchMode.HYBRID);
            assertEquals("deliver", r.results().get(0).node().name());
            assertTrue(r.results().stream().noneMatch(h -> h.channels().contains("vector")));
            assertFalse(r.warnings().isEmpty(), "a warning says the vector channel failed");
            assertTrue(r.warnings().get(0).startsWith("vector search"), r.warnings().toString());
            SearchResponse v = search(indexDir, p, "archive folder", SearchMode.VECTOR);
            assertEquals("archive", v.results().get(0).node().name(), "vector mode falls back to text");
            assertTrue(v.warnings().get(0).contains("answered with text search"), v.warnings().toString());
        }
    }

    @Test
    void anIndexWithoutEmbeddingsIsQuietInHybridAndSaysSoInVectorMode() throws IOException {
        try (EmbeddingProvider p = new OpenAiCompatibleProvider(config)) {
            SearchResponse r = search(plainIndexDir, p, "average of numbers", SearchMode.HYBRID);
            assertEquals("mean", r.results().get(0).node().name());
            assertTrue(r.warnings().isEmpty(), r.warnings().toString());
            SearchResponse v = search(plainIndexDir, p, "average of numbers", SearchMode.VECTOR);
            assertEquals("mean", v.results().get(0).node().name());
            assertTrue(v.warnings().get(0).contains("no embeddings"), v.warnings().toString());
        }
    }

    static int freePort() throws IOException {
        try (var s = new java.net.ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }
}
