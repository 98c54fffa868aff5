package dev.codeatlas.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.codeatlas.index.pipeline.AtlasHome;
import dev.codeatlas.index.pipeline.IndexSummary;
import dev.codeatlas.index.pipeline.Indexer;
import dev.codeatlas.parser.LanguageRegistry;
import dev.codeatlas.parser.ParserOptions;
import dev.codeatlas.parser.SourceParser;
import dev.codeatlas.search.embed.EmbedResult;
import dev.codeatlas.search.embed.Embedder;
import dev.codeatlas.search.embed.EmbeddingConfigException;
import dev.codeatlas.search.embed.EmbeddingProvider;
import dev.codeatlas.search.embed.EmbeddingProviders;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "index", mixinStandardHelpOptions = true,
        description = {
            "Index a source tree into a code graph (embedded Lucene store under ATLAS_HOME, default ~/.atlas).",
            "Re-indexes only what changed since the last commit unless --full. Progress on stderr; --json prints a summary on stdout.",
            "After the structural commit, computes embeddings of the entities whose text changed (ATLAS_EMBED_PROVIDER: onnx, the in-process default; openai with ATLAS_EMBED_URL and ATLAS_EMBED_MODEL; none). Vectors are committed in batches: an interrupted or failed run keeps what it did, the next run resumes."})
final class IndexCommand implements Callable<Integer> {

    @Parameters(paramLabel = "ROOT", defaultValue = ".", description = "Root of the source tree (default: the working directory).")
    Path root;

    @Option(names = "--project", paramLabel = "NAME", description = "Project name (default: the root's directory name).")
    String project;

    @Option(names = "--full", description = "Rebuild from scratch instead of a delta.")
    boolean full;

    @Option(names = "--no-embed", description = "Do not compute embeddings (the structural index only; vector search then uses the vectors of earlier runs).")
    boolean noEmbed;

    @Option(names = "--json", description = "Print a JSON summary on stdout.")
    boolean json;

    @Option(names = "--index-dir", paramLabel = "DIR", description = "Put this index in DIR instead of ATLAS_HOME.")
    Path indexDir;

    @Option(names = "--no-ignore", description = "Do not honour .gitignore/.atlasignore files.")
    boolean noIgnore;

    @Option(names = "--include-generated", description = "Also index build outputs and vendored dependencies (target/, build/, dist/, vendor/ ... beside their build file).")
    boolean includeGenerated;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: all cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--max-file-size", paramLabel = "BYTES", description = "Larger files are skipped (default: ${DEFAULT-VALUE}).")
    long maxFileBytes = ParserOptions.DEFAULT_MAX_FILE_BYTES;

    @Option(names = "--wait", paramLabel = "SECONDS", description = "How long to wait for another indexer of the same root (default: ${DEFAULT-VALUE}).")
    int waitSeconds = 30;

    @Option(names = {"-q", "--quiet"}, description = "No progress on stderr.")
    boolean quiet;

    @Override
    public Integer call() throws IOException {
        if (!Files.isDirectory(root)) {
            throw new UserError("not a directory: " + root);
        }
        if (threads < 1 || maxFileBytes < 1 || waitSeconds < 0) {
            throw new UserError("--threads and --max-file-size must be positive, --wait not negative");
        }
        Path real = root.toRealPath();
        AtlasHome home = AtlasHome.fromEnvironment();
        String name = project != null ? project : home.find(real).filter(p -> p.root().equals(real)).map(AtlasHome.Project::name)
                .orElse(AtlasHome.defaultProjectName(real));
        if (!name.matches("[A-Za-z0-9._-]+")) {
            throw new UserError("--project may only use letters, digits, '.', '_' and '-'");
        }
        Path dir = indexDir != null ? indexDir.toAbsolutePath() : home.defaultIndexDir(real, name);
        Optional<EmbeddingProvider> provider;
        try {
            provider = noEmbed ? Optional.empty() : EmbeddingProviders.fromEnvironment();
        } catch (EmbeddingConfigException e) {
            throw new UserError(e.getMessage() + " (or pass --no-embed)");
        }
        SourceParser parser = new SourceParser(LanguageRegistry.standard(), new ParserOptions(maxFileBytes, ParserOptions.DEFAULT_TIME_LIMIT));
        Progress progress = new Progress(quiet);
        Indexer.Options opt = new Indexer.Options(full, !noIgnore, threads, Duration.ofSeconds(waitSeconds), includeGenerated);
        IndexSummary s = new Indexer(parser).index(real, name, dir, opt, new Indexer.Progress() {
            @Override
            public void phase(String phase) {
                progress.update("index: %s...", phase);
            }

            @Override
            public void step(String phase, long done, long total) {
                progress.update("index: %s %d/%d files", phase, done, total);
            }
        });
        home.register(new AtlasHome.Project(name, real, dir));
        if (s.resolution() != null && s.resolution().failureCount() > 0) {
            progress.line("index: " + s.resolution().failureCount() + " references could not be resolved because of an internal error (kept unresolved); first: "
                    + s.resolution().failures().get(0));
        }
        progress.done(s.changed()
                ? String.format(Locale.ROOT, "index: %s: %d files (%d parsed, %d reused, %d deleted, %d skipped), %d nodes, %d edges in %.1f s %s",
                        name, s.files(), s.parsed(), s.reused(), s.deleted(), s.skipped(), s.nodes(), s.edges(), s.totalMs() / 1000.0, s.phasesMs())
                : String.format(Locale.ROOT, "index: %s is up to date (%d files checked in %.1f s)", name, s.files(), s.totalMs() / 1000.0));
        Optional<EmbedResult> embedded = Optional.empty();
        if (provider.isPresent()) {
            try (EmbeddingProvider p = provider.get()) {
                embedded = Optional.of(embed(p, dir, progress));
            }
        }
        if (json) {
            ObjectMapper m = new ObjectMapper();
            ObjectNode o = m.createObjectNode();
            o.put("project", s.project()).put("root", s.root()).put("index_dir", s.indexDir())
                    .put("full", s.full()).put("changed", s.changed()).put("incremental_resolution", s.incremental()).put("files", s.files()).put("parsed", s.parsed())
                    .put("reused", s.reused()).put("deleted", s.deleted()).put("skipped", s.skipped())
                    .put("nodes", s.nodes()).put("edges", s.edges()).put("seconds", s.totalMs() / 1000.0);
            ObjectNode phases = o.putObject("phases_ms");
            s.phasesMs().forEach(phases::put);
            if (s.resolution() != null) {
                ObjectNode res = o.putObject("calls_resolved");
                s.resolution().byLanguage().forEach((lang, c) -> res.putObject(lang).put("sites", c[0]).put("resolved", c[1]));
                if (s.resolution().failureCount() > 0) {
                    o.put("resolution_failures", s.resolution().failureCount());
                }
            }
            if (embedded.isPresent()) {
                EmbedResult e = embedded.get();
                o.put("embedded", e.embedded()).put("vector_coverage", Math.round(e.coverage() * 10000) / 10000.0)
                        .put("embedding_model", e.model()).put("embed_seconds", e.millis() / 1000.0);
                e.failure().ifPresent(f -> o.put("embedding_error", f));
            } else {
                o.put("embedded", 0).put("embedding", noEmbed ? "skipped (--no-embed)" : "off (ATLAS_EMBED_PROVIDER=none)");
            }
            System.out.println(m.writeValueAsString(o));
        }
        return 0;
    }

    /** The embedding pass; a provider failure is a warning: the structural index is committed either way. */
    private EmbedResult embed(EmbeddingProvider provider, Path dir, Progress progress) throws IOException {
        long t0 = System.nanoTime();
        progress.update("embed: loading %s...", provider.modelId());
        EmbedResult r = new Embedder(provider, Embedder.Options.defaults().withLockWait(Duration.ofSeconds(Math.max(waitSeconds, 1))))
                .run(dir, (done, total) -> {
                    double secs = (System.nanoTime() - t0) / 1e9;
                    double rate = done / Math.max(secs, 1e-3);
                    progress.update("embed: %d/%d entities (%.0f/s, %s left)", done, total, rate,
                            done == 0 ? "?" : Duration.ofSeconds((long) ((total - done) / Math.max(rate, 1e-3))).toString().substring(2).toLowerCase(Locale.ROOT));
                });
        String coverage = String.format(Locale.ROOT, "%d/%d entities have vectors (%.1f%%)", r.vectors(), r.entities(), 100 * r.coverage());
        if (r.failure().isPresent()) {
            progress.line("index: warning: embedding stopped, the structural index is committed; " + coverage
                    + "; run 'atlas index' again to resume: " + r.failure().get());
        } else {
            progress.done(String.format(Locale.ROOT, "embed: %d embedded, %d reused, %d deleted; %s with %s in %.1f s (%.0f/s)",
                    r.embedded(), r.reused(), r.deleted(), coverage, r.model(), r.millis() / 1000.0, r.perSecond()));
        }
        return r;
    }
}
