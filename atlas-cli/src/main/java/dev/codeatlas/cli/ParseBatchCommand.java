package dev.codeatlas.cli;

import dev.codeatlas.parser.LanguageRegistry;
import dev.codeatlas.parser.ParserOptions;
import dev.codeatlas.parser.SourceParser;
import dev.codeatlas.parser.batch.ParseBatch;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "parse-batch", mixinStandardHelpOptions = true,
        description = {
            "Parse every source file under DIR on all cores; write one JSON object per file (the shape of 'atlas parse') as JSON lines, in a stable order.",
            "Honours .atlasignore files, and inside a git work tree .gitignore files (nested too) and .git/info/exclude for untracked files; never reads secret-looking files; skips files of no supported language."})
final class ParseBatchCommand implements Callable<Integer> {

    @Parameters(paramLabel = "DIR", description = "Root directory to parse.")
    Path root;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write JSON lines to FILE ('-' for stdout, the default).")
    String output = "-";

    @Option(names = "--no-ignore", description = "Do not honour .gitignore/.atlasignore files.")
    boolean noIgnore;

    @Option(names = "--include-generated", description = "Also parse build outputs and vendored dependencies (target/, build/, dist/, vendor/ ... beside their build file).")
    boolean includeGenerated;

    @Option(names = "--threads", paramLabel = "N", description = "Parser threads (default: all cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--max-file-size", paramLabel = "BYTES", description = "Files larger than this are reported and not parsed (default: ${DEFAULT-VALUE}).")
    long maxFileBytes = ParserOptions.DEFAULT_MAX_FILE_BYTES;

    @Option(names = "--time-limit", paramLabel = "SECONDS", description = "Per-file parse time limit in seconds (default: ${DEFAULT-VALUE}).")
    double timeLimitSeconds = ParserOptions.DEFAULT_TIME_LIMIT.toMillis() / 1000.0;

    @Option(names = {"-q", "--quiet"}, description = "No progress on stderr.")
    boolean quiet;

    @Option(names = "--verbose", description = "List skipped files and why on stderr.")
    boolean verbose;

    @Override
    public Integer call() throws IOException {
        if (!Files.isDirectory(root)) {
            throw new UserError("not a directory: " + root);
        }
        if (threads < 1 || maxFileBytes < 1 || timeLimitSeconds <= 0) {
            throw new UserError("--threads, --max-file-size and --time-limit must be positive");
        }
        SourceParser parser = new SourceParser(LanguageRegistry.standard(),
                new ParserOptions(maxFileBytes, Duration.ofMillis((long) (timeLimitSeconds * 1000))));
        parser.warmUp();
        Progress progress = new Progress(quiet);
        ParseBatch.Summary s;
        try (OutputStream out = openOutput()) {
            s = new ParseBatch(parser, threads, !noIgnore, includeGenerated).run(root, out,
                    p -> progress.update("parse-batch: %d files, %.1f MB", p[0], p[1] / 1e6),
                    skip -> {
                        if (verbose) {
                            progress.line("skipped " + skip);
                        }
                    });
        }
        progress.done(String.format(Locale.ROOT,
                "parse-batch: %d files (%d with errors), %d skipped, %d entities, %.1f MB in %.1f s (%.1f MB/s, %.0f files/s)",
                s.files(), s.filesWithErrors(), s.skipped(), s.entities(), s.bytes() / 1e6, s.seconds(),
                s.bytes() / 1e6 / Math.max(s.seconds(), 1e-9), s.files() / Math.max(s.seconds(), 1e-9)));
        return 0;
    }

    private OutputStream openOutput() throws IOException {
        if (output.equals("-")) {
            return new BufferedOutputStream(System.out, 1 << 16) {
                @Override
                public void close() throws IOException {
                    flush();
                }
            };
        }
        Path p = Path.of(output);
        if (p.getParent() != null) {
            Files.createDirectories(p.getParent());
        }
        return new BufferedOutputStream(Files.newOutputStream(p), 1 << 16);
    }
}
