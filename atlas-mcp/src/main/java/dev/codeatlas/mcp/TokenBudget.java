package dev.codeatlas.mcp;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.codeatlas.search.context.Tokens;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Fits a {@link ToolResponse} into a cl100k token budget: first the long fields (docstrings,
 * signatures) go, then results from the end; whatever was cut sets {@code truncated}, and a
 * paged answer gets a {@code cursor} where it continues. The budget covers the JSON object
 * that is sent (once as text, once as structured content).
 */
public final class TokenBudget {

    public static final int MIN = 200;
    /** Fields dropped first when an answer is too long. */
    static final List<String> LONG_FIELDS = List.of("docstring", "signature");

    private TokenBudget() {
    }

    /** Freshness of the index as far as the response reports it; {@code changed} < 0 means unknown. */
    public record Staleness(boolean stale, int changed) {
        public static final Staleness FRESH = new Staleness(false, 0);
    }

    public static ObjectNode fit(ToolResponse r, int budget, double queryMs, Staleness staleness) {
        return fitted(r, budget, queryMs, staleness).json();
    }

    /** The answer that fits, and its JSON text (serialized once, for the budget check and for sending). */
    public record Fitted(ObjectNode json, String text) {
    }

    public static Fitted fitted(ToolResponse r, int budget, double queryMs, Staleness staleness) {
        List<ObjectNode> results = r.results();
        ObjectNode out = render(r, results.size(), queryMs, staleness);
        String text = fitting(out, budget);
        if (text != null) {
            return new Fitted(out, text);
        }
        for (ObjectNode o : results) {
            o.remove(LONG_FIELDS);
        }
        r.warn("docstrings and signatures left out to fit max_tokens " + budget);
        out = render(r, results.size(), queryMs, staleness);
        text = fitting(out, budget);
        if (text != null) {
            return new Fitted(out, text);
        }
        r.warn("results cut to fit max_tokens " + budget + (r.offset() >= 0 ? "; continue with the cursor" : ""));
        int lo = 0;
        int hi = results.size() - 1; // the largest count that fits lies in [lo, hi]
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (fits(render(r, mid, queryMs, staleness), budget)) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        out = render(r, lo, queryMs, staleness);
        if (lo == 0 && !fits(out, budget)) {
            // even the envelope is too long: lists beside the results become their sizes
            r.extra().properties().forEach(e -> {
                if (e.getValue().isArray()) {
                    e.setValue(Json.MAPPER.getNodeFactory().numberNode(e.getValue().size()));
                }
            });
            out = render(r, 0, queryMs, staleness);
        }
        return new Fitted(out, Json.write(out));
    }

    private static ObjectNode render(ToolResponse r, int count, double queryMs, Staleness staleness) {
        ObjectNode o = Json.object();
        ArrayNode arr = o.putArray("results");
        for (int i = 0; i < count; i++) {
            arr.add(r.results().get(i));
        }
        boolean truncated = r.more() || count < r.results().size();
        o.put("count", count).put("truncated", truncated);
        if (truncated && r.offset() >= 0) {
            o.put("cursor", Integer.toString(r.offset() + count));
        }
        o.put("query_ms", Math.round(queryMs * 100) / 100.0);
        if (staleness.stale()) {
            o.put("stale", true);
            if (staleness.changed() >= 0) {
                o.put("stale_files", staleness.changed());
            }
        }
        if (!r.warnings().isEmpty()) {
            ArrayNode w = o.putArray("warnings");
            r.warnings().forEach(w::add);
        }
        o.setAll(r.extra());
        return o;
    }

    static boolean fits(ObjectNode o, int budget) {
        return fitting(o, budget) != null;
    }

    /** The JSON text of {@code o} when it fits the budget, else null. */
    private static String fitting(ObjectNode o, int budget) {
        String text = Json.write(o);
        // A cl100k token is at least one byte: short answers need no counting.
        return text.getBytes(StandardCharsets.UTF_8).length <= budget || Tokens.count(text) <= budget ? text : null;
    }
}
