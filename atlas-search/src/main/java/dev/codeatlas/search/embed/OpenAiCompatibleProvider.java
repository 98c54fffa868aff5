package dev.codeatlas.search.embed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An OpenAI-compatible {@code /v1/embeddings} endpoint: OpenAI, Ollama, Hugging Face TEI, vLLM,
 * a LiteLLM proxy. Texts go in batches of {@link Config#batchSize()}; a request that times out,
 * cannot connect, or is answered 429 or 5xx is retried with exponential backoff (honouring
 * Retry-After); any other answer fails at once with the server's message.
 */
public final class OpenAiCompatibleProvider implements EmbeddingProvider {

    /**
     * @param endpoint       the embeddings URL (see {@link #endpointOf})
     * @param model          the model name sent with each request
     * @param apiKey         sent as a bearer token when present
     * @param maxRetries     retries after the first attempt
     * @param backoff        wait before the first retry; doubles each time (capped at 30 s)
     */
    public record Config(URI endpoint, String model, Optional<String> apiKey, int batchSize, Duration connectTimeout,
                         Duration requestTimeout, int maxRetries, Duration backoff) {

        public Config {
            Objects.requireNonNull(endpoint, "endpoint");
            Objects.requireNonNull(model, "model");
            apiKey = apiKey == null ? Optional.empty() : apiKey.filter(k -> !k.isBlank());
            if (batchSize < 1 || maxRetries < 0) {
                throw new IllegalArgumentException("batch size must be positive and retries not negative");
            }
        }

        public static Config of(String url, String model) {
            return new Config(endpointOf(url), model, Optional.empty(), 64, Duration.ofSeconds(10), Duration.ofSeconds(60), 4,
                    Duration.ofMillis(500));
        }

        public Config withApiKey(String key) {
            return new Config(endpoint, model, Optional.ofNullable(key), batchSize, connectTimeout, requestTimeout, maxRetries, backoff);
        }

        public Config withBatchSize(int size) {
            return new Config(endpoint, model, apiKey, size, connectTimeout, requestTimeout, maxRetries, backoff);
        }

        public Config withTimeouts(Duration connect, Duration request) {
            return new Config(endpoint, model, apiKey, batchSize, connect, request, maxRetries, backoff);
        }

        public Config withRetries(int retries, Duration firstBackoff) {
            return new Config(endpoint, model, apiKey, batchSize, connectTimeout, requestTimeout, retries, firstBackoff);
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(30);

    private final Config config;
    private final HttpClient client;
    private volatile int dimension;

    public OpenAiCompatibleProvider(Config config) {
        this.config = config;
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(config.connectTimeout()).build();
    }

    /**
     * The embeddings URL for what a user gives: a URL ending in {@code /embeddings} is taken as
     * is, one ending in {@code /v1} gets {@code /embeddings}, anything else (a bare host)
     * {@code /v1/embeddings}.
     */
    public static URI endpointOf(String url) {
        String u = Objects.requireNonNull(url, "url").strip();
        while (u.endsWith("/")) {
            u = u.substring(0, u.length() - 1);
        }
        if (!u.startsWith("http://") && !u.startsWith("https://")) {
            throw new IllegalArgumentException("the embeddings URL must start with http:// or https://, not '" + url + "'");
        }
        if (!u.endsWith("/embeddings")) {
            u += u.endsWith("/v1") ? "/embeddings" : "/v1/embeddings";
        }
        return URI.create(u);
    }

    public Config config() {
        return config;
    }

    @Override
    public String modelId() {
        return "openai:" + config.model();
    }

    /** Known after the first answer (0 before). */
    @Override
    public int dimension() {
        return dimension;
    }

    @Override
    public List<float[]> embed(List<String> texts) throws EmbeddingException {
        List<float[]> out = new ArrayList<>(texts.size());
        for (int from = 0; from < texts.size(); from += config.batchSize()) {
            out.addAll(embedBatch(texts.subList(from, Math.min(texts.size(), from + config.batchSize()))));
        }
        return out;
    }

    private List<float[]> embedBatch(List<String> texts) throws EmbeddingException {
        ObjectNode body = JSON.createObjectNode().put("model", config.model()).put("encoding_format", "float");
        ArrayNode input = body.putArray("input");
        texts.forEach(t -> input.add(t == null || t.isBlank() ? " " : t));
        HttpRequest.Builder req = HttpRequest.newBuilder(config.endpoint()).timeout(config.requestTimeout())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()));
        config.apiKey().ifPresent(k -> req.header("Authorization", "Bearer " + k));
        HttpRequest request = req.build();
        String lastFailure = "";
        for (int attempt = 0; attempt <= config.maxRetries(); attempt++) {
            Duration wait = backoff(attempt);
            try {
                HttpResponse<String> resp = client.send(request, HttpResponse.BodyHandlers.ofString());
                int status = resp.statusCode();
                if (status / 100 == 2) {
                    return parse(resp.body(), texts.size());
                }
                lastFailure = "HTTP " + status + serverMessage(resp.body());
                if (status != 429 && status / 100 != 5) {
                    throw new EmbeddingException(where() + " answered " + lastFailure + hint(status));
                }
                Optional<String> retryAfter = resp.headers().firstValue("Retry-After");
                if (retryAfter.isPresent() && retryAfter.get().strip().matches("\\d{1,2}")) {
                    wait = Duration.ofSeconds(Long.parseLong(retryAfter.get().strip()));
                }
            } catch (HttpTimeoutException e) {
                lastFailure = "no answer within " + config.requestTimeout().toMillis() + " ms";
            } catch (java.net.ConnectException e) {
                lastFailure = "cannot connect";
            } catch (IOException e) {
                lastFailure = OnnxEmbeddingProvider.rootMessage(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new EmbeddingException(where() + ": interrupted");
            }
            if (attempt < config.maxRetries()) {
                sleep(wait);
            }
        }
        throw new EmbeddingException(where() + " failed after " + (config.maxRetries() + 1) + " attempts: " + lastFailure);
    }

    private Duration backoff(int attempt) {
        long ms = config.backoff().toMillis() << Math.min(attempt, 16);
        return Duration.ofMillis(Math.min(ms, MAX_BACKOFF.toMillis()));
    }

    private static void sleep(Duration d) throws EmbeddingException {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EmbeddingException("embedding interrupted");
        }
    }

    private String where() {
        return "the embedding endpoint " + config.endpoint();
    }

    private static String hint(int status) {
        return switch (status) {
            case 401, 403 -> " (set ATLAS_EMBED_API_KEY?)";
            case 404 -> " (check ATLAS_EMBED_URL and ATLAS_EMBED_MODEL)";
            default -> "";
        };
    }

    /** ": " and the server's error message, on one line, short. */
    private static String serverMessage(String body) {
        String msg = body == null ? "" : body;
        try {
            JsonNode n = JSON.readTree(msg);
            JsonNode err = n.path("error");
            if (err.isTextual()) {
                msg = err.asText();
            } else if (err.path("message").isTextual()) {
                msg = err.path("message").asText();
            } else if (n.path("message").isTextual()) {
                msg = n.path("message").asText();
            }
        } catch (IOException | RuntimeException ignored) {
            // not JSON: the raw body
        }
        msg = msg.replaceAll("\\s+", " ").strip();
        if (msg.length() > 200) {
            msg = msg.substring(0, 200) + "...";
        }
        return msg.isEmpty() ? "" : ": " + msg;
    }

    private List<float[]> parse(String body, int expected) throws EmbeddingException {
        JsonNode data;
        try {
            data = JSON.readTree(body).path("data");
        } catch (IOException e) {
            throw new EmbeddingException(where() + " sent a body that is not JSON: " + abbreviate(body));
        }
        if (!data.isArray()) {
            throw new EmbeddingException(where() + " sent no 'data' array (not an OpenAI embeddings response): " + abbreviate(body));
        }
        if (data.size() != expected) {
            throw new EmbeddingException(where() + " sent " + data.size() + " embeddings for " + expected + " texts");
        }
        float[][] out = new float[expected][];
        for (int i = 0; i < data.size(); i++) {
            JsonNode item = data.get(i);
            int index = item.path("index").asInt(i);
            JsonNode emb = item.path("embedding");
            if (index < 0 || index >= expected || out[index] != null || !emb.isArray() || emb.isEmpty()) {
                throw new EmbeddingException(where() + " sent a malformed embedding at position " + i
                        + " (expected {\"index\": n, \"embedding\": [numbers]})");
            }
            float[] v = new float[emb.size()];
            for (int j = 0; j < v.length; j++) {
                if (!emb.get(j).isNumber()) {
                    throw new EmbeddingException(where() + " sent a non-number in embedding " + index);
                }
                v[j] = (float) emb.get(j).asDouble();
            }
            out[index] = unit(v);
        }
        int dim = out[0].length;
        for (float[] v : out) {
            if (v.length != dim) {
                throw new EmbeddingException(where() + " sent embeddings of different lengths (" + dim + " and " + v.length + ")");
            }
        }
        if (dimension != 0 && dimension != dim) {
            throw new EmbeddingException(where() + " changed dimension from " + dimension + " to " + dim);
        }
        dimension = dim;
        return List.of(out);
    }

    private static float[] unit(float[] v) throws EmbeddingException {
        double sum = 0;
        for (float x : v) {
            sum += x * x;
        }
        if (sum == 0 || Double.isNaN(sum)) {
            throw new EmbeddingException("the embedding endpoint sent a zero or NaN vector");
        }
        float inv = (float) (1 / Math.sqrt(sum));
        for (int i = 0; i < v.length; i++) {
            v[i] *= inv;
        }
        return v;
    }

    private static String abbreviate(String s) {
        String one = s == null ? "" : s.replaceAll("\\s+", " ").strip();
        return one.length() > 120 ? one.substring(0, 120) + "..." : one;
    }
}
