package dev.codeatlas.search.embed;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Against a real HTTP server on loopback that speaks the OpenAI embeddings format. */
class OpenAiCompatibleProviderTest {

    /** What the server does with the next request; when none is queued it answers properly. */
    interface Behaviour {
        void handle(HttpExchange ex, JsonNode request) throws IOException;
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private HttpServer server;
    private final ConcurrentLinkedDeque<Behaviour> script = new ConcurrentLinkedDeque<>();
    private final List<JsonNode> requests = Collections.synchronizedList(new ArrayList<>());
    private final List<String> authHeaders = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger calls = new AtomicInteger();

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/v1/embeddings", ex -> {
            calls.incrementAndGet();
            JsonNode req = JSON.readTree(ex.getRequestBody());
            requests.add(req);
            authHeaders.add(String.valueOf(ex.getRequestHeaders().getFirst("Authorization")));
            Behaviour b = script.poll();
            if (b == null) {
                answer(ex, req);
            } else {
                b.handle(ex, req);
            }
            ex.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** A proper answer: a 3-d vector per text derived from its length, items in reverse order. */
    static void answer(HttpExchange ex, JsonNode req) throws IOException {
        var root = JSON.createObjectNode().put("object", "list");
        var data = root.putArray("data");
        JsonNode input = req.path("input");
        for (int i = input.size() - 1; i >= 0; i--) {
            var item = data.addObject().put("object", "embedding").put("index", i);
            item.putArray("embedding").add(input.get(i).asText().length()).add(3.0).add(0.0);
        }
        root.put("model", req.path("model").asText());
        send(ex, 200, root.toString());
    }

    static void send(HttpExchange ex, int status, String body) throws IOException {
        byte[] b = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", "application/json");
        ex.sendResponseHeaders(status, b.length == 0 ? -1 : b.length);
        if (b.length > 0) {
            ex.getResponseBody().write(b);
        }
    }

    private OpenAiCompatibleProvider provider(int batch, Duration timeout, int retries) {
        return new OpenAiCompatibleProvider(OpenAiCompatibleProvider.Config.of(base() + "/v1", "test-model").withBatchSize(batch)
                .withTimeouts(Duration.ofSeconds(2), timeout).withRetries(retries, Duration.ofMillis(20)));
    }

    @Test
    void batchesKeepOrderAndNormalise() throws Exception {
        var p = provider(2, Duration.ofSeconds(5), 0);
        List<float[]> v = p.embed(List.of("a", "bbbb", "cc", "ddd", "e"));
        assertEquals(3, calls.get(), "5 texts in batches of 2");
        assertEquals(5, v.size());
        assertArrayEquals(new float[] {0.8f, 0.6f, 0f}, v.get(1), 1e-6f, "'bbbb' -> (4,3,0) normalised");
        assertArrayEquals(new float[] {(float) (1 / Math.sqrt(10)), (float) (3 / Math.sqrt(10)), 0f}, v.get(4), 1e-6f);
        assertEquals(3, p.dimension());
        assertEquals("test-model", requests.get(0).path("model").asText());
        assertEquals(2, requests.get(0).path("input").size());
        assertEquals("openai:test-model", p.modelId());
        assertEquals("null", authHeaders.get(0), "no key, no header");
    }

    @Test
    void sendsTheApiKey() throws Exception {
        var p = new OpenAiCompatibleProvider(OpenAiCompatibleProvider.Config.of(base(), "m").withApiKey("sk-test"));
        p.embed(List.of("x"));
        assertEquals("Bearer sk-test", authHeaders.get(0));
    }

    @Test
    void retriesAfterServerErrorsAndRateLimits() throws Exception {
        script.add((ex, req) -> send(ex, 500, "{\"error\":{\"message\":\"overloaded\"}}"));
        script.add((ex, req) -> {
            ex.getResponseHeaders().add("Retry-After", "0");
            send(ex, 429, "{\"error\":{\"message\":\"slow down\"}}");
        });
        List<float[]> v = provider(8, Duration.ofSeconds(5), 3).embed(List.of("abc"));
        assertEquals(1, v.size());
        assertEquals(3, calls.get(), "500, 429, then success");
    }

    @Test
    void givesUpAfterTheRetriesWithTheLastReason() {
        for (int i = 0; i < 3; i++) {
            script.add((ex, req) -> send(ex, 503, "{\"error\":{\"message\":\"model is loading\"}}"));
        }
        var e = assertThrows(EmbeddingException.class, () -> provider(8, Duration.ofSeconds(5), 2).embed(List.of("abc")));
        assertEquals(3, calls.get());
        assertTrue(e.getMessage().contains("failed after 3 attempts: HTTP 503: model is loading"), e.getMessage());
        assertTrue(!e.getMessage().contains("\n"));
    }

    @Test
    void timesOut() {
        script.add((ex, req) -> {
            try {
                Thread.sleep(1500);
            } catch (InterruptedException ignored) {
                Thread.currentThread().interrupt();
            }
            answer(ex, req);
        });
        long t0 = System.nanoTime();
        var e = assertThrows(EmbeddingException.class, () -> provider(8, Duration.ofMillis(200), 0).embed(List.of("abc")));
        assertTrue(e.getMessage().contains("no answer within 200 ms"), e.getMessage());
        assertTrue(System.nanoTime() - t0 < 1_400_000_000L, "did not wait for the slow server");
    }

    @Test
    void aTimeoutIsRetried() throws Exception {
        script.add((ex, req) -> {
            try {
                Thread.sleep(800);
            } catch (InterruptedException ignored) {
                Thread.currentThread().interrupt();
            }
            answer(ex, req);
        });
        assertEquals(1, provider(8, Duration.ofMillis(300), 1).embed(List.of("abc")).size());
    }

    @Test
    void malformedBodiesFailClearlyWithoutRetrying() {
        script.add((ex, req) -> send(ex, 200, "<html>gateway</html>"));
        var e = assertThrows(EmbeddingException.class, () -> provider(8, Duration.ofSeconds(5), 3).embed(List.of("abc")));
        assertTrue(e.getMessage().contains("not JSON: <html>gateway</html>"), e.getMessage());
        assertEquals(1, calls.get());

        script.add((ex, req) -> send(ex, 200, "{\"embeddings\":[[1,2]]}"));
        e = assertThrows(EmbeddingException.class, () -> provider(8, Duration.ofSeconds(5), 3).embed(List.of("abc")));
        assertTrue(e.getMessage().contains("no 'data' array"), e.getMessage());

        script.add((ex, req) -> send(ex, 200, "{\"data\":[]}"));
        e = assertThrows(EmbeddingException.class, () -> provider(8, Duration.ofSeconds(5), 3).embed(List.of("abc")));
        assertTrue(e.getMessage().contains("sent 0 embeddings for 1 texts"), e.getMessage());

        script.add((ex, req) -> send(ex, 200, "{\"data\":[{\"index\":0,\"embedding\":\"AAAA\"}]}"));
        e = assertThrows(EmbeddingException.class, () -> provider(8, Duration.ofSeconds(5), 3).embed(List.of("abc")));
        assertTrue(e.getMessage().contains("malformed embedding at position 0"), e.getMessage());
    }

    @Test
    void clientErrorsAreNotRetriedAndSayWhatToCheck() {
        script.add((ex, req) -> send(ex, 401, "{\"error\":{\"message\":\"Incorrect API key provided\"}}"));
        var e = assertThrows(EmbeddingException.class, () -> provider(8, Duration.ofSeconds(5), 3).embed(List.of("abc")));
        assertEquals(1, calls.get());
        assertTrue(e.getMessage().endsWith("answered HTTP 401: Incorrect API key provided (set ATLAS_EMBED_API_KEY?)"), e.getMessage());
    }

    @Test
    void unreachableEndpoint() throws Exception {
        server.stop(0);
        var e = assertThrows(EmbeddingException.class, () -> provider(8, Duration.ofSeconds(1), 1).embed(List.of("abc")));
        assertTrue(e.getMessage().contains("failed after 2 attempts: cannot connect"), e.getMessage());
    }

    @Test
    void endpoints() {
        assertEquals("http://h:1/v1/embeddings", OpenAiCompatibleProvider.endpointOf("http://h:1").toString());
        assertEquals("http://h:1/v1/embeddings", OpenAiCompatibleProvider.endpointOf("http://h:1/v1/").toString());
        assertEquals("https://h/openai/embeddings", OpenAiCompatibleProvider.endpointOf("https://h/openai/embeddings").toString());
        assertThrows(IllegalArgumentException.class, () -> OpenAiCompatibleProvider.endpointOf("localhost:11434"));
    }

    @Test
    void configurationFromTheEnvironment() {
        assertTrue(EmbeddingProviders.fromEnvironment(Map.of("ATLAS_EMBED_PROVIDER", "none")).isEmpty());
        try (EmbeddingProvider p = EmbeddingProviders.fromEnvironment(Map.of()).orElseThrow()) {
            assertInstanceOf(OnnxEmbeddingProvider.class, p, "the in-process model by default");
        }
        var p = (OpenAiCompatibleProvider) EmbeddingProviders.fromEnvironment(Map.of("ATLAS_EMBED_URL", "http://localhost:11434/v1",
                "ATLAS_EMBED_MODEL", "nomic-embed-text", "ATLAS_EMBED_BATCH", "16", "ATLAS_EMBED_TIMEOUT", "5",
                "ATLAS_EMBED_API_KEY", "k")).orElseThrow();
        assertEquals("http://localhost:11434/v1/embeddings", p.config().endpoint().toString());
        assertEquals(16, p.config().batchSize());
        assertEquals(Duration.ofSeconds(5), p.config().requestTimeout());
        assertEquals("k", p.config().apiKey().orElseThrow());

        assertEquals("ATLAS_EMBED_PROVIDER must be onnx, openai or none, not 'bert'",
                assertThrows(EmbeddingConfigException.class, () -> EmbeddingProviders.fromEnvironment(Map.of("ATLAS_EMBED_PROVIDER", "bert"))).getMessage());
        assertTrue(assertThrows(EmbeddingConfigException.class,
                () -> EmbeddingProviders.fromEnvironment(Map.of("ATLAS_EMBED_PROVIDER", "openai"))).getMessage().startsWith("ATLAS_EMBED_URL is needed"));
        assertTrue(assertThrows(EmbeddingConfigException.class,
                () -> EmbeddingProviders.fromEnvironment(Map.of("ATLAS_EMBED_URL", "http://h"))).getMessage().startsWith("ATLAS_EMBED_MODEL is needed"));
        assertTrue(assertThrows(EmbeddingConfigException.class, () -> EmbeddingProviders.fromEnvironment(
                Map.of("ATLAS_EMBED_URL", "http://h", "ATLAS_EMBED_MODEL", "m", "ATLAS_EMBED_BATCH", "0"))).getMessage()
                .startsWith("ATLAS_EMBED_BATCH must be a positive whole number"));
    }
}
