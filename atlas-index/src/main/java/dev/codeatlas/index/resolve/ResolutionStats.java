package dev.codeatlas.index.resolve;

import java.util.Map;
import java.util.TreeMap;

/** How many call sites each language had and how many were resolved, by strategy. */
public final class ResolutionStats {
    private final Map<String, long[]> byLanguage = new TreeMap<>();
    private final Map<String, Long> byStrategy = new TreeMap<>();
    private final java.util.List<String> failures = new java.util.ArrayList<>();
    private long failureCount;

    /** A reference the resolver failed on (kept unresolved); the first few are remembered. */
    void failure(String what) {
        failureCount++;
        if (failures.size() < 20) {
            failures.add(what);
        }
    }

    /** Adds another's counts (a file's, when files are resolved apart). */
    public void add(ResolutionStats other) {
        failureCount += other.failureCount;
        for (String f : other.failures) {
            if (failures.size() < 20) {
                failures.add(f);
            }
        }
        other.byLanguage.forEach((k, v) -> {
            long[] c = byLanguage.computeIfAbsent(k, x -> new long[2]);
            c[0] += v[0];
            c[1] += v[1];
        });
        other.byStrategy.forEach((k, v) -> byStrategy.merge(k, v, Long::sum));
    }

    public long failureCount() {
        return failureCount;
    }

    public java.util.List<String> failures() {
        return failures;
    }

    void call(String language, boolean resolved, String strategy) {
        long[] c = byLanguage.computeIfAbsent(language, k -> new long[2]);
        c[0]++;
        if (resolved) {
            c[1]++;
            byStrategy.merge(strategy, 1L, Long::sum);
        }
    }

    /** language to {call sites, resolved call sites}. */
    public Map<String, long[]> byLanguage() {
        return byLanguage;
    }

    public Map<String, Long> byStrategy() {
        return byStrategy;
    }
}
