package dev.codeatlas.parser.batch;

import dev.codeatlas.model.ParsedFile;
import dev.codeatlas.parser.SourceParser;
import dev.codeatlas.parser.json.ParsedFileJson;
import dev.codeatlas.parser.scan.SourceWalker;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * Parses every source file under a root on all cores and writes one JSON line per file, in walk
 * order. Memory stays bounded whatever the corpus size: at most {@code threads * 8} files are in
 * flight, and the walker blocks when the writer falls behind.
 */
public final class ParseBatch {

    /** Totals of one run. */
    public record Summary(long files, long bytes, long filesWithErrors, long skipped, long entities, long nanos) {
        public double seconds() {
            return nanos / 1e9;
        }
    }

    private final SourceParser parser;
    private final int threads;
    private final boolean useIgnoreFiles;
    private final boolean includeGenerated;

    public ParseBatch(SourceParser parser, int threads, boolean useIgnoreFiles) {
        this(parser, threads, useIgnoreFiles, false);
    }

    public ParseBatch(SourceParser parser, int threads, boolean useIgnoreFiles, boolean includeGenerated) {
        this.parser = parser;
        this.threads = Math.max(1, threads);
        this.useIgnoreFiles = useIgnoreFiles;
        this.includeGenerated = includeGenerated;
    }

    /**
     * @param out      receives one JSON object per line
     * @param progress receives (files done, bytes done) now and then, from the writing thread
     * @param skipped  receives "path: reason" for files left out by the walker
     */
    public Summary run(Path root, OutputStream out, Consumer<long[]> progress, Consumer<String> skipped) throws IOException {
        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "atlas-parse");
            t.setDaemon(true);
            return t;
        });
        BlockingQueue<CompletableFuture<Result>> queue = new ArrayBlockingQueue<>(threads * 8);
        CompletableFuture<Result> end = CompletableFuture.completedFuture(null);
        AtomicLong skippedCount = new AtomicLong();
        SourceWalker walker = new SourceWalker(root, useIgnoreFiles, rel -> parser.registry().forPath(rel).isPresent())
                .includeGenerated(includeGenerated);
        Thread producer = new Thread(() -> {
            try {
                walker.walk(new SourceWalker.Listener() {
                    @Override
                    public void file(Path path, String relative, long size) {
                        put(queue, CompletableFuture.supplyAsync(() -> parse(path, relative, size), pool));
                    }

                    @Override
                    public void skipped(String relative, String reason) {
                        skippedCount.incrementAndGet();
                        skipped.accept(relative + ": " + reason);
                    }
                });
            } catch (IOException e) {
                put(queue, CompletableFuture.failedFuture(new UncheckedIOException(e)));
            } finally {
                put(queue, end);
            }
        }, "atlas-walk");
        producer.setDaemon(true);
        producer.start();
        long files = 0;
        long bytes = 0;
        long withErrors = 0;
        long entities = 0;
        long lastReport = System.nanoTime();
        try {
            while (true) {
                CompletableFuture<Result> f = queue.take();
                if (f == end) {
                    break;
                }
                Result r = f.get();
                out.write(r.json);
                files++;
                bytes += r.size;
                entities += r.entities;
                if (r.hasErrors) {
                    withErrors++;
                }
                long now = System.nanoTime();
                if (now - lastReport > 1_000_000_000L) {
                    progress.accept(new long[] {files, bytes});
                    lastReport = now;
                }
            }
            out.flush();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof UncheckedIOException u) {
                throw u.getCause();
            }
            throw new IllegalStateException(c);
        } finally {
            pool.shutdownNow();
        }
        return new Summary(files, bytes, withErrors, skippedCount.get(), entities, System.nanoTime() - start);
    }

    private record Result(byte[] json, long size, int entities, boolean hasErrors) {
    }

    private Result parse(Path path, String relative, long size) {
        ParsedFile f = parser.parseFile(path, relative);
        return new Result(ParsedFileJson.toUtf8Line(f), size, f.entities().size(), !f.errors().isEmpty());
    }

    private static <T> void put(BlockingQueue<T> q, T item) {
        try {
            q.put(item);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
