package dev.codeatlas.search.embed;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The provider the environment asks for:
 * <table>
 * <tr><td>ATLAS_EMBED_PROVIDER</td><td>onnx (the in-process default), openai (any OpenAI-compatible
 * /v1/embeddings endpoint) or none; openai when only ATLAS_EMBED_URL is set</td></tr>
 * <tr><td>ATLAS_EMBED_URL</td><td>base or full URL of the endpoint, e.g. http://localhost:11434/v1</td></tr>
 * <tr><td>ATLAS_EMBED_MODEL</td><td>model name sent to the endpoint (required for openai)</td></tr>
 * <tr><td>ATLAS_EMBED_API_KEY</td><td>bearer token, optional</td></tr>
 * <tr><td>ATLAS_EMBED_BATCH</td><td>texts per request (default 64)</td></tr>
 * <tr><td>ATLAS_EMBED_TIMEOUT</td><td>seconds per request (default 60)</td></tr>
 * </table>
 */
public final class EmbeddingProviders {

    public static final String PROVIDER = "ATLAS_EMBED_PROVIDER";
    public static final String URL = "ATLAS_EMBED_URL";
    public static final String MODEL = "ATLAS_EMBED_MODEL";
    public static final String API_KEY = "ATLAS_EMBED_API_KEY";
    public static final String BATCH = "ATLAS_EMBED_BATCH";
    public static final String TIMEOUT = "ATLAS_EMBED_TIMEOUT";

    private EmbeddingProviders() {
    }

    /**
     * The configured provider, empty for {@code none}; throws {@link EmbeddingConfigException}
     * when misconfigured. A system property such as {@code atlas.embed.provider} wins over
     * {@code ATLAS_EMBED_PROVIDER} (as {@code atlas.home} does over {@code ATLAS_HOME}).
     */
    public static Optional<EmbeddingProvider> fromEnvironment() {
        Map<String, String> env = new java.util.HashMap<>(System.getenv());
        for (String name : List.of(PROVIDER, URL, MODEL, API_KEY, BATCH, TIMEOUT)) {
            String prop = System.getProperty(name.toLowerCase(Locale.ROOT).replace('_', '.'));
            if (prop != null) {
                env.put(name, prop);
            }
        }
        return fromEnvironment(env);
    }

    public static Optional<EmbeddingProvider> fromEnvironment(Map<String, String> env) {
        String url = value(env, URL);
        String kind = value(env, PROVIDER).toLowerCase(Locale.ROOT);
        if (kind.isEmpty()) {
            kind = url.isEmpty() ? "onnx" : "openai";
        }
        switch (kind) {
            case "none":
                return Optional.empty();
            case "onnx":
                return Optional.of(new OnnxEmbeddingProvider());
            case "openai":
                break;
            default:
                throw new EmbeddingConfigException(PROVIDER + " must be onnx, openai or none, not '" + kind + "'");
        }
        if (url.isEmpty()) {
            throw new EmbeddingConfigException(URL + " is needed with " + PROVIDER + "=openai (e.g. http://localhost:11434/v1)");
        }
        String model = value(env, MODEL);
        if (model.isEmpty()) {
            throw new EmbeddingConfigException(MODEL + " is needed with " + PROVIDER + "=openai (e.g. nomic-embed-text)");
        }
        OpenAiCompatibleProvider.Config c;
        try {
            c = OpenAiCompatibleProvider.Config.of(url, model);
        } catch (IllegalArgumentException e) {
            throw new EmbeddingConfigException(URL + ": " + e.getMessage());
        }
        int batch = positive(env, BATCH, c.batchSize());
        int timeout = positive(env, TIMEOUT, (int) c.requestTimeout().toSeconds());
        c = c.withApiKey(value(env, API_KEY)).withBatchSize(batch)
                .withTimeouts(c.connectTimeout(), Duration.ofSeconds(timeout));
        return Optional.of(new OpenAiCompatibleProvider(c));
    }

    private static String value(Map<String, String> env, String name) {
        String v = env.get(name);
        return v == null ? "" : v.strip();
    }

    private static int positive(Map<String, String> env, String name, int dflt) {
        String v = value(env, name);
        if (v.isEmpty()) {
            return dflt;
        }
        try {
            int n = Integer.parseInt(v);
            if (n > 0) {
                return n;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new EmbeddingConfigException(name + " must be a positive whole number, not '" + v + "'");
    }
}
