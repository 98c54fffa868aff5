package dev.codeatlas.search;

import java.util.Locale;

/** Which channels answer a search: all of them fused, BM25 text only, or vectors only. */
public enum SearchMode {
    HYBRID, TEXT, VECTOR;

    public static SearchMode parse(String s) {
        try {
            return valueOf(s.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown search mode '" + s + "' (hybrid, text, vector)");
        }
    }
}
