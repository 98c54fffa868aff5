package dev.codeatlas.mcp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.codeatlas.mcp.transport.StdioServer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The stdio server in-process over pipes, with a raw line client: what the SDK's own client
 * cannot send (bad JSON, batches, calls before initialize) gets a JSON-RPC error and the
 * session goes on; the server returns when stdin ends, after the answers it owes.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class StdioServerTest {

    @TempDir
    Path tmp;
    private Workspace workspace;
    private OutputStream toServer;
    private BufferedReader fromServer;
    private Thread server;
    private final Throwable[] failure = new Throwable[1];

    @BeforeEach
    void start() throws Exception {
        workspace = Fixture.create(tmp).workspace(false);
        PipedOutputStream clientOut = new PipedOutputStream();
        PipedInputStream serverIn = new PipedInputStream(clientOut, 1 << 20);
        PipedInputStream clientIn = new PipedInputStream(1 << 20);
        PipedOutputStream serverOut = new PipedOutputStream(clientIn);
        toServer = clientOut;
        fromServer = new BufferedReader(new InputStreamReader(clientIn, StandardCharsets.UTF_8));
        server = new Thread(() -> {
            try {
                StdioServer.run(workspace, serverIn, serverOut);
                serverOut.close();
            } catch (Throwable t) {
                failure[0] = t;
            }
        });
        server.start();
    }

    @AfterEach
    void stop() throws Exception {
        toServer.close();
        server.join(10_000);
        workspace.close();
    }

    private void send(String line) throws IOException {
        toServer.write((line + "\n").getBytes(StandardCharsets.UTF_8));
        toServer.flush();
    }

    private JsonNode read() throws IOException {
        String line = fromServer.readLine();
        assertTrue(line != null, "the server answered");
        return Json.MAPPER.readTree(line);
    }

    private void initialize() throws IOException {
        send("{\"jsonrpc\":\"2.0\",\"id\":\"init\",\"method\":\"initialize\",\"params\":{\"protocolVersion\":\"2025-03-26\","
                + "\"capabilities\":{},\"clientInfo\":{\"name\":\"raw\",\"version\":\"1\"}}}");
        assertEquals("code-atlas", read().path("result").path("serverInfo").path("name").asText());
        send("{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}");
    }

    private static String call(int id, String tool, String args) {
        return "{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"method\":\"tools/call\",\"params\":{\"name\":\"" + tool + "\",\"arguments\":" + args + "}}";
    }

    @Test
    void callsBeforeInitializeAreRefusedThenServed() throws Exception {
        send(call(1, "schema_info", "{}"));
        JsonNode early = read();
        assertEquals(1, early.path("id").asInt());
        assertEquals(-32002, early.path("error").path("code").asInt());
        assertTrue(early.path("error").path("message").asText().contains("initialize"));
        send("{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"ping\"}");
        assertTrue(read().path("result").isObject(), "ping is answered at any time");
        initialize();
        send(call(3, "schema_info", "{}"));
        JsonNode ok = read();
        assertEquals(3, ok.path("id").asInt());
        assertFalse(ok.path("result").path("isError").asBoolean());
    }

    @Test
    void malformedMessagesGetErrorsAndTheSessionGoesOn() throws Exception {
        initialize();
        String[] bad = {
            "this is not json",
            "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/list\"",      // cut short
            "[{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/list\"}]",   // a batch
            "42",
            "{\"jsonrpc\":\"1.0\",\"id\":5,\"method\":\"tools/list\"}",
            "{\"jsonrpc\":\"2.0\",\"id\":{\"a\":1},\"method\":\"tools/list\"}",
            "{\"jsonrpc\":\"2.0\",\"id\":6,\"method\":7}",
            "{\"jsonrpc\":\"2.0\",\"id\":7,\"method\":\"tools/call\",\"params\":\"schema_info\"}",
            "{\"jsonrpc\":\"2.0\",\"id\":99999999999999999999999,\"method\":\"tools/list\"}",
            "{\"jsonrpc\":\"2.0\"}",
        };
        for (String line : bad) {
            send(line);
            JsonNode e = read();
            assertTrue(e.has("error"), line + " -> " + e);
            assertTrue(e.path("error").path("code").asInt() < -32000, line + " -> " + e);
        }
        send(call(8, "blast_radius", "{\"target\":\"shop:shop.Pricing.round\"}"));
        JsonNode ok = read();
        assertEquals(8, ok.path("id").asInt());
        assertEquals("shop:shop.Pricing.withTax", ok.path("result").path("structuredContent").path("results").path(0).path("uid").asText());
        send(call(9, "no_such_tool", "{}"));
        assertTrue(read().path("error").path("message").asText().contains("Unknown tool"));
        send(call(10, "trace_path", "{\"from\":\"" + "x".repeat(100_000) + "\",\"to\":\"y\"}"));
        JsonNode big = read();
        assertTrue(big.path("result").path("isError").asBoolean());
        assertEquals("invalid_argument", big.path("result").path("structuredContent").path("code").asText());
    }

    @Test
    void oversizedLinesAreRefused() throws Exception {
        initialize();
        send("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"x\",\"params\":{\"p\":\"" + "y".repeat(5 * 1024 * 1024) + "\"}}");
        JsonNode e = read();
        assertEquals(-32600, e.path("error").path("code").asInt());
        send(call(2, "get_usage_guide", "{}"));
        assertEquals(2, read().path("id").asInt());
    }

    @Test
    void endOfInputEndsTheServerAfterTheAnswersOwed() throws Exception {
        initialize();
        for (int i = 1; i <= 5; i++) {
            send(call(i, "blast_radius", "{\"target\":\"shop:shop.Util.log\",\"limit\":100}"));
        }
        toServer.close();
        int answered = 0;
        for (String line = fromServer.readLine(); line != null; line = fromServer.readLine()) {
            assertTrue(Json.MAPPER.readTree(line).path("result").has("structuredContent"));
            answered++;
        }
        assertEquals(5, answered, "every request sent before the end is answered");
        server.join(10_000);
        assertFalse(server.isAlive(), "run() returned");
        assertEquals(null, failure[0]);
    }
}
