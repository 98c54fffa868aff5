package dev.codeatlas.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.codeatlas.index.pipeline.AtlasHome;
import dev.codeatlas.index.pipeline.Freshness;
import dev.codeatlas.index.store.EmbeddingCoverage;
import dev.codeatlas.index.store.IndexMeta;
import dev.codeatlas.index.store.LuceneGraphStore;
import dev.codeatlas.index.store.SkippedFile;
import dev.codeatlas.parser.SourceParser;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "status", mixinStandardHelpOptions = true,
        description = "Show an index: fresh or stale (files changed since the last commit), counts by label and relationship, skipped files, last commit, schema version.")
final class StatusCommand implements Callable<Integer> {

    @Option(names = "--path", paramLabel = "ROOT", description = "Indexed root (default: the nearest indexed ancestor of the working directory).")
    Path path;

    @Option(names = "--index-dir", paramLabel = "DIR", description = "Read the index in DIR.")
    Path indexDir;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Override
    public Integer call() throws IOException {
        AtlasHome.Project p = Projects.locate(path, indexDir);
        try (LuceneGraphStore store = Projects.open(p)) {
            IndexMeta meta = store.meta();
            Freshness fresh = Freshness.check(Path.of(meta.root()), store.files(), new SourceParser().registry());
            List<SkippedFile> skipped = store.skipped();
            if (json) {
                ObjectMapper m = new ObjectMapper();
                ObjectNode o = m.createObjectNode();
                o.put("project", meta.project()).put("root", meta.root()).put("index_dir", p.indexDir().toString())
                        .put("schema_version", meta.schemaVersion())
                        .put("committed_at", Instant.ofEpochMilli(meta.committedAt()).toString())
                        .put("git_head", meta.gitHead())
                        .put("fresh", fresh.fresh())
                        .put("files", store.files().size());
                o.putObject("stale").put("changed", fresh.changed().size()).put("added", fresh.added().size()).put("deleted", fresh.deleted().size());
                ObjectNode nodes = o.putObject("nodes");
                meta.nodeCounts().forEach(nodes::put);
                ObjectNode edges = o.putObject("edges");
                meta.edgeCounts().forEach(edges::put);
                Optional<EmbeddingCoverage> cov = store.embeddingCoverage();
                o.put("embeddings_coverage", cov.map(c -> Math.round(c.ratio() * 10000) / 10000.0).orElse(0.0));
                if (cov.isPresent()) {
                    EmbeddingCoverage c = cov.get();
                    o.putObject("embeddings").put("model", c.model()).put("vectors", c.vectors()).put("entities", c.entities())
                            .put("current", c.isFor(meta)).put("updated_at", Instant.ofEpochMilli(c.updatedAt()).toString());
                }
                ArrayNode sk = o.putArray("skipped");
                for (SkippedFile s : skipped) {
                    sk.addObject().put("path", s.path()).put("reason", s.reason());
                }
                System.out.println(m.writeValueAsString(o));
            } else {
                System.out.printf("project   %s%nroot      %s%nindex     %s (schema %d)%ncommitted %s%s%n", meta.project(), meta.root(),
                        p.indexDir(), meta.schemaVersion(), Instant.ofEpochMilli(meta.committedAt()),
                        meta.gitHead().isEmpty() ? "" : " at git " + meta.gitHead());
                System.out.printf("state     %s%n", fresh.fresh() ? "fresh" : String.format("stale: %d changed, %d added, %d deleted since the last index",
                        fresh.changed().size(), fresh.added().size(), fresh.deleted().size()));
                System.out.printf("files     %d indexed, %d skipped%n", store.files().size(), skipped.size());
                System.out.printf("nodes     %s%nedges     %s%n", meta.nodeCounts(), meta.edgeCounts());
                System.out.println("embedding " + embeddingLine(store.embeddingCoverage(), meta));
            }
        }
        return 0;
    }

    static String embeddingLine(Optional<EmbeddingCoverage> coverage, IndexMeta meta) {
        if (coverage.isEmpty()) {
            return "none (run 'atlas index' without --no-embed)";
        }
        EmbeddingCoverage c = coverage.get();
        return String.format(Locale.ROOT, "%d/%d entities have vectors (%.1f%%) of %s%s", c.vectors(), c.entities(), 100 * c.ratio(),
                c.model(), c.isFor(meta) ? (c.complete() ? "" : "; run 'atlas index' to complete them")
                        : "; counted before the last index commit ('atlas index' updates them)");
    }
}
