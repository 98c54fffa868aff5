package dev.codeatlas.mcp.transport;

import com.fasterxml.jackson.databind.JsonNode;
import dev.codeatlas.mcp.Json;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Warms a server up before it listens on its real port: MCP sessions over loopback HTTP to a
 * private port, each calling hybrid_search with the given queries until the deadline, so the
 * whole path (Jetty, the SDK's JSON-RPC, the tool, search, JSON and SSE) is compiled before
 * the first client arrives. Never fails: a failed request ends that session's warm-up.
 */
final class HttpWarmUp {

    private HttpWarmUp() {
    }

    /** Runs {@code sessions} sessions in parallel; returns the tool calls answered. */
    static int run(int port, String endpoint, Optional<String> token, List<String> queries, int sessions, long deadlineNanos,
                   int maxCalls) {
        if (queries.isEmpty()) {
            return 0;
        }
        AtomicInteger calls = new AtomicInteger();
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
        URI uri = URI.create("http://127.0.0.1:" + port + endpoint);
        List<Thread> threads = new ArrayList<>();
        for (int s = 0; s < sessions; s++) {
            int first = s * queries.size() / sessions;
            Thread t = new Thread(() -> session(client, uri, token, queries, first, calls, deadlineNanos, maxCalls), "atlas-warm-up-" + s);
            t.setDaemon(true);
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) {
            try {
                t.join(Math.max(1, (deadlineNanos - System.nanoTime()) / 1_000_000 + 10_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return calls.get();
    }

    private static void session(HttpClient client, URI uri, Optional<String> token, List<String> queries, int first,
                                AtomicInteger calls, long deadlineNanos, int maxCalls) {
        try {
            Session s = new Session(client, uri, token);
            s.initialize();
            for (int i = first; System.nanoTime() < deadlineNanos && calls.get() < maxCalls; i++) {
                s.request("tools/call", Map.of("name", "hybrid_search",
                        "arguments", Map.of("query", queries.get(i % queries.size()), "limit", 10)));
                calls.incrementAndGet();
            }
            s.close();
        } catch (IOException | RuntimeException e) {
            // warming up is best effort
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A minimal Streamable HTTP client session (JSON-RPC POSTs, JSON or SSE answers). */
    private static final class Session {
        private final HttpClient client;
        private final URI uri;
        private final Optional<String> token;
        private String sessionId;
        private String protocol = "2025-06-18";
        private int id;

        Session(HttpClient client, URI uri, Optional<String> token) {
            this.client = client;
            this.uri = uri;
            this.token = token;
        }

        void initialize() throws IOException, InterruptedException {
            JsonNode init = request("initialize", Map.of("protocolVersion", protocol, "capabilities", Map.of(),
                    "clientInfo", Map.of("name", "atlas-warm-up", "version", "1")));
            String v = init.path("result").path("protocolVersion").asText("");
            if (!v.isEmpty()) {
                protocol = v;
            }
            send(Json.write(Map.of("jsonrpc", "2.0", "method", "notifications/initialized")));
        }

        JsonNode request(String method, Map<String, Object> params) throws IOException, InterruptedException {
            HttpResponse<String> r = send(Json.write(Map.of("jsonrpc", "2.0", "id", ++id, "method", method, "params", params)));
            if (r.statusCode() >= 400) {
                throw new IOException("HTTP " + r.statusCode());
            }
            String body = r.body();
            String ctype = r.headers().firstValue("Content-Type").orElse("");
            if (ctype.contains("text/event-stream")) {
                StringBuilder data = new StringBuilder();
                for (String line : body.split("\r?\n")) {
                    if (line.startsWith("data:")) {
                        data.append(line.substring(5).strip());
                    }
                }
                body = data.toString();
            }
            return body.isEmpty() ? Json.object() : Json.MAPPER.readTree(body);
        }

        private HttpResponse<String> send(String json) throws IOException, InterruptedException {
            HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/json").header("Accept", "application/json, text/event-stream")
                    .POST(HttpRequest.BodyPublishers.ofString(json));
            if (sessionId != null) {
                b.header("Mcp-Session-Id", sessionId).header("MCP-Protocol-Version", protocol);
            }
            token.ifPresent(t -> b.header("Authorization", "Bearer " + t));
            HttpResponse<String> r = client.send(b.build(), HttpResponse.BodyHandlers.ofString());
            r.headers().firstValue("Mcp-Session-Id").ifPresent(v -> sessionId = v);
            return r;
        }

        void close() throws IOException, InterruptedException {
            if (sessionId != null) {
                HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).DELETE()
                        .header("Mcp-Session-Id", sessionId);
                token.ifPresent(t -> b.header("Authorization", "Bearer " + t));
                client.send(b.build(), HttpResponse.BodyHandlers.discarding());
            }
        }
    }
}
