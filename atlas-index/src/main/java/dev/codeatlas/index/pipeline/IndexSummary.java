package dev.codeatlas.index.pipeline;

import dev.codeatlas.index.resolve.ResolutionStats;
import java.util.Map;

/**
 * What one {@code atlas index} run did.
 *
 * @param changed    whether a new commit was made
 * @param parsed     files parsed this run (new or changed)
 * @param reused     files whose cached parse was reused
 * @param deleted    files removed since the last commit
 * @param phasesMs   wall time of each phase (scan, hash, parse, load, resolve, store)
 * @param incremental only the changed files' references were re-resolved (their interfaces held)
 */
public record IndexSummary(String project, String root, String indexDir, boolean full, boolean changed, boolean incremental,
                           int files, int parsed, int reused, int deleted, int skipped,
                           long nodes, long edges, long bytes, Map<String, Long> phasesMs,
                           ResolutionStats resolution, long totalMs) {
}
