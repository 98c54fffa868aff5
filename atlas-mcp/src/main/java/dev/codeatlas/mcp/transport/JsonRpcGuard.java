package dev.codeatlas.mcp.transport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.codeatlas.mcp.Json;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Stands between stdin and the SDK's stdio transport, which ends the session on the first line
 * it cannot read. Every line is checked first: what is not a JSON-RPC message the SDK can take
 * (bad JSON, a batch, a wrong id, an oversized line, a request before initialisation) is
 * answered here with a JSON-RPC error and never reaches the SDK, so the session goes on. At
 * end of input it waits for the answers still owed before reporting end of stream, so a client
 * that writes its requests and closes stdin still gets every answer; then {@link #ended()}.
 */
final class JsonRpcGuard extends InputStream {

    static final int MAX_LINE = 4 * 1024 * 1024;
    static final long DRAIN_MILLIS = 30_000;

    private final InputStream in;
    private final Output out;
    private final Runnable onInitialized;
    private final CountDownLatch ended = new CountDownLatch(1);
    private byte[] current = new byte[0];
    private int pos;
    private boolean initializeSeen;
    private boolean initialized;
    private long forwardedRequests;

    /** @param onInitialized run once when the client confirms initialisation (work kept off the start-up path) */
    JsonRpcGuard(InputStream in, Output out, Runnable onInitialized) {
        this.in = in;
        this.out = out;
        this.onInitialized = onInitialized;
    }

    /** Counts the answers written, so the end of input can wait for them. Passed to the SDK as its output. */
    static final class Output extends OutputStream {
        private final OutputStream out;
        private final ByteArrayOutputStream line = new ByteArrayOutputStream();
        private long responses;

        Output(OutputStream out) {
            this.out = out;
        }

        @Override
        public synchronized void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public synchronized void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            for (int i = off; i < off + len; i++) {
                if (b[i] == '\n') {
                    countIfResponse();
                    line.reset();
                } else if (line.size() < 64) {
                    line.write(b[i]);
                }
            }
        }

        @Override
        public synchronized void flush() throws IOException {
            out.flush();
        }

        /** The SDK writes {"jsonrpc":"2.0","id":... for answers and {"jsonrpc":"2.0","method":... for its own messages. */
        private void countIfResponse() {
            String head = line.toString(StandardCharsets.UTF_8).replace(" ", "");
            if (head.startsWith("{\"jsonrpc\":\"2.0\",\"id\":") || head.startsWith("{\"id\":")) {
                responses++;
                notifyAll();
            }
        }

        synchronized void writeLine(String json) throws IOException {
            byte[] b = (json + "\n").getBytes(StandardCharsets.UTF_8);
            out.write(b, 0, b.length);
            out.flush();
        }

        synchronized boolean awaitResponses(long expected, long millis) throws InterruptedException {
            long end = System.currentTimeMillis() + millis;
            while (responses < expected) {
                long left = end - System.currentTimeMillis();
                if (left <= 0) {
                    return false;
                }
                wait(left);
            }
            return true;
        }
    }

    /** Waits until stdin has ended and the answers owed have been written. */
    void awaitEnd() throws InterruptedException {
        ended.await();
    }

    boolean ended(long millis) throws InterruptedException {
        return ended.await(millis, TimeUnit.MILLISECONDS);
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        while (pos >= current.length) {
            byte[] line = nextLine();
            if (line == null) {
                drain();
                return -1;
            }
            byte[] accepted = check(line);
            if (accepted != null) {
                current = accepted;
                pos = 0;
            }
        }
        int n = Math.min(len, current.length - pos);
        System.arraycopy(current, pos, b, off, n);
        pos += n;
        return n;
    }

    private void drain() {
        try {
            if (!out.awaitResponses(forwardedRequests, DRAIN_MILLIS)) {
                System.err.println("atlas mcp: input ended with requests unanswered after " + DRAIN_MILLIS / 1000 + " s; stopping");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        ended.countDown();
    }

    /** The next line without its terminator; an oversized one is skipped and answered; null at end of input. */
    private byte[] nextLine() throws IOException {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        boolean oversized = false;
        int c;
        while ((c = in.read()) != -1) {
            if (c == '\n') {
                break;
            }
            if (buf.size() >= MAX_LINE) {
                oversized = true;
            } else {
                buf.write(c);
            }
        }
        if (c == -1 && buf.size() == 0) {
            return null;
        }
        if (oversized) {
            error(null, -32600, "Invalid Request: message longer than " + MAX_LINE + " bytes");
            return new byte[0];
        }
        return buf.toByteArray();
    }

    /** The line (with its newline) when the SDK may have it; null when it was answered here. */
    private byte[] check(byte[] line) throws IOException {
        String text = new String(line, StandardCharsets.UTF_8).strip();
        if (text.isEmpty()) {
            return null;
        }
        JsonNode msg;
        try {
            msg = Json.MAPPER.readTree(text);
        } catch (IOException e) {
            error(null, -32700, "Parse error: not valid JSON");
            return null;
        }
        if (msg == null || !msg.isObject()) {
            error(null, -32600, "Invalid Request: expected a JSON-RPC 2.0 object" + (msg != null && msg.isArray() ? " (batches are not supported)" : ""));
            return null;
        }
        JsonNode id = msg.get("id");
        boolean validId = id != null && (id.isTextual() || (id.isIntegralNumber() && id.canConvertToLong()));
        JsonNode answerId = validId ? id : null;
        if (!"2.0".equals(msg.path("jsonrpc").asText(null))) {
            error(answerId, -32600, "Invalid Request: \"jsonrpc\" must be \"2.0\"");
            return null;
        }
        JsonNode method = msg.get("method");
        if (method == null) {
            if (msg.has("result") || msg.has("error")) {
                return null; // an answer to a request this server never sends: nothing to do
            }
            error(answerId, -32600, "Invalid Request: no \"method\"");
            return null;
        }
        if (!method.isTextual()) {
            error(answerId, -32600, "Invalid Request: \"method\" must be a string");
            return null;
        }
        JsonNode params = msg.get("params");
        if (params != null && !params.isObject() && !params.isNull()) {
            if (id != null) {
                error(answerId, -32602, "Invalid params: \"params\" must be an object");
            }
            return null;
        }
        String m = method.asText();
        if (id == null) { // a notification
            if (m.equals("notifications/initialized")) {
                if (!initializeSeen) {
                    return null; // nothing to confirm yet
                }
                if (!initialized) {
                    onInitialized.run();
                }
                initialized = true;
            }
            return withNewline(text);
        }
        if (!validId) {
            error(null, -32600, "Invalid Request: \"id\" must be a string or an integer");
            return null;
        }
        if (!initialized && !m.equals("initialize")) {
            if (m.equals("ping")) {
                out.writeLine("{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"result\":{}}");
            } else {
                error(id, -32002, "Server not initialized: send 'initialize', then 'notifications/initialized', before '"
                        + (m.length() > 60 ? m.substring(0, 60) + "..." : m) + "'");
            }
            return null;
        }
        if (m.equals("initialize")) {
            initializeSeen = true;
        }
        forwardedRequests++;
        return withNewline(text);
    }

    private static byte[] withNewline(String text) {
        return (text + "\n").getBytes(StandardCharsets.UTF_8);
    }

    private void error(JsonNode id, int code, String message) throws IOException {
        ObjectNode o = Json.object().put("jsonrpc", "2.0");
        o.set("id", id == null ? Json.MAPPER.nullNode() : id);
        o.putObject("error").put("code", code).put("message", message);
        out.writeLine(Json.write(o));
        System.err.println("atlas mcp: " + message);
    }
}
