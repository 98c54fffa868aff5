package dev.codeatlas.index.store;

import java.util.Map;

/**
 * What a commit says about itself.
 *
 * @param schemaVersion store layout version
 * @param committedAt   epoch milliseconds of the commit
 * @param gitHead       the repository HEAD at indexing time, "" outside git
 * @param nodeCounts    nodes by label
 * @param edgeCounts    edges by relationship type
 */
public record IndexMeta(int schemaVersion, String project, String root, long committedAt, String gitHead,
                        Map<String, Long> nodeCounts, Map<String, Long> edgeCounts) {
}
