package dev.codeatlas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** atlas index / status with embeddings: the in-process default, a failing HTTP provider, --no-embed, bad configuration. */
class EmbedCliTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] PROPS = {"atlas.embed.provider", "atlas.embed.url", "atlas.embed.model"};

    @TempDir
    Path tmp;

    @BeforeEach
    void home() {
        System.setProperty("atlas.home", tmp.resolve("home").toString());
    }

    @AfterEach
    void clear() {
        System.clearProperty("atlas.home");
        for (String p : PROPS) {
            System.clearProperty(p);
        }
    }

    /** A class with {@code methods} documented methods. */
    private Path project(int methods) throws Exception {
        Path root = tmp.resolve("lib");
        Files.createDirectories(root.resolve("src/lib"));
        StringBuilder b = new StringBuilder("package lib;\n/** Text utilities. */\npublic class Text {\n");
        for (int i = 0; i < methods; i++) {
            b.append("  /** Repeats the text ").append(i).append(" times. */\n  public String repeat").append(i)
                    .append("(String s) { return s.repeat(").append(i).append("); }\n");
        }
        Files.writeString(root.resolve("src/lib/Text.java"), b.append("}\n").toString());
        return root;
    }

    private static JsonNode status(Path root) throws Exception {
        CliTest.Run st = CliTest.run("", "status", "--path", root.toString(), "--json");
        assertEquals(0, st.exit(), st.err());
        return JSON.readTree(st.out());
    }

    @Test
    void theDefaultProviderEmbedsAndStatusShowsCoverage() throws Exception {
        Path root = project(3);
        CliTest.Run idx = CliTest.run("", "index", root.toString(), "--json");
        assertEquals(0, idx.exit(), idx.err());
        JsonNode s = JSON.readTree(idx.out());
        assertEquals(5, s.get("embedded").asInt(), "class, 3 methods, file");
        assertEquals(1.0, s.get("vector_coverage").asDouble());
        assertEquals("onnx:all-minilm-l6-v2-q", s.get("embedding_model").asText());
        assertTrue(idx.err().contains("embed: 5 embedded"), idx.err());

        JsonNode st = status(root);
        assertEquals(1.0, st.get("embeddings_coverage").asDouble());
        assertEquals(5, st.get("embeddings").get("vectors").asInt());
        assertTrue(st.get("embeddings").get("current").asBoolean());
        CliTest.Run text = CliTest.run("", "status", "--path", root.toString());
        assertTrue(text.out().contains("embedding 5/5 entities have vectors (100.0%) of onnx:all-minilm-l6-v2-q\n"), text.out());

        CliTest.Run again = CliTest.run("", "index", root.toString(), "--json", "-q");
        assertEquals(0, JSON.readTree(again.out()).get("embedded").asInt(), "nothing changed");
    }

    @Test
    void aFailingProviderIsAWarningAndLeavesPartialCoverage() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/v1/embeddings", ex -> {
            JsonNode req = JSON.readTree(ex.getRequestBody());
            String body;
            int status;
            if (calls.incrementAndGet() == 1) {
                var root = JSON.createObjectNode();
                var data = root.putArray("data");
                for (int i = 0; i < req.get("input").size(); i++) {
                    data.addObject().put("index", i).putArray("embedding").add(1).add(i).add(2);
                }
                body = root.toString();
                status = 200;
            } else {
                body = "{\"error\":{\"message\":\"model 'm' not found\"}}";
                status = 404;
            }
            byte[] b = body.getBytes(StandardCharsets.UTF_8);
            ex.sendResponseHeaders(status, b.length);
            ex.getResponseBody().write(b);
            ex.close();
        });
        server.start();
        try {
            System.setProperty("atlas.embed.url", "http://127.0.0.1:" + server.getAddress().getPort());
            System.setProperty("atlas.embed.model", "m");
            Path root = project(70); // 72 entities: the first chunk of 64 succeeds, the second fails
            CliTest.Run idx = CliTest.run("", "index", root.toString(), "--json", "-q");
            assertEquals(0, idx.exit(), idx.err());
            assertEquals(1, idx.err().lines().count(), "one line: " + idx.err());
            assertTrue(idx.err().startsWith("index: warning: embedding stopped, the structural index is committed; 64/72 entities have vectors"),
                    idx.err());
            assertTrue(idx.err().contains("answered HTTP 404: model 'm' not found (check ATLAS_EMBED_URL and ATLAS_EMBED_MODEL)"), idx.err());
            JsonNode s = JSON.readTree(idx.out());
            assertEquals(64, s.get("embedded").asInt());
            assertTrue(s.has("embedding_error"));
            assertEquals(74, s.get("nodes").asInt(), "project, package, file, class, 70 methods: " + idx.out());

            JsonNode st = status(root);
            assertEquals(64, st.get("embeddings").get("vectors").asInt());
            assertEquals(72, st.get("embeddings").get("entities").asInt());
            assertEquals("openai:m", st.get("embeddings").get("model").asText());
            assertEquals(70, st.get("nodes").get("Callable").asInt());
        } finally {
            server.stop(0);
        }
    }

    @Test
    void noEmbedSkipsAndBadConfigurationIsAUserError() throws Exception {
        Path root = project(2);
        CliTest.Run idx = CliTest.run("", "index", root.toString(), "--json", "--no-embed");
        assertEquals(0, idx.exit(), idx.err());
        JsonNode s = JSON.readTree(idx.out());
        assertEquals(0, s.get("embedded").asInt());
        assertFalse(s.has("vector_coverage"));
        assertFalse(status(root).has("embeddings"));
        assertTrue(CliTest.run("", "status", "--path", root.toString()).out().contains("embedding none (run 'atlas index' without --no-embed)"));

        System.setProperty("atlas.embed.provider", "bert");
        CliTest.Run bad = CliTest.run("", "index", root.toString());
        assertEquals(1, bad.exit());
        assertTrue(bad.err().contains("ATLAS_EMBED_PROVIDER must be onnx, openai or none, not 'bert' (or pass --no-embed)"), bad.err());
    }
}
