package dev.codeatlas.mcp;

import dev.codeatlas.index.pipeline.AtlasHome;
import dev.codeatlas.index.pipeline.Freshness;
import dev.codeatlas.index.pipeline.Indexer;
import dev.codeatlas.index.store.IndexMeta;
import dev.codeatlas.parser.LanguageRegistry;
import dev.codeatlas.parser.SourceParser;
import dev.codeatlas.search.Searcher;
import dev.codeatlas.search.graph.GraphView;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.locks.ReentrantLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * One project the server answers for: its searcher, its graph view, and what is known about
 * its freshness. Tool calls read under a shared lock; moving to a newer commit takes the
 * exclusive one, so no call ever sees a reader closed under it.
 */
public final class OpenProject implements AutoCloseable {

    /** With --refresh, a stale index is re-indexed before answering when at most this many files changed. */
    public static final int MAX_AUTO_REFRESH_FILES = 2_000;

    /** What a freshness check found and when. */
    record Check(int changed, long startedNanos, long tookMillis) {
    }

    private final AtlasHome.Project project;
    private final Searcher searcher;
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private final ReentrantLock reindex = new ReentrantLock();
    private final Object looking = new Object();
    private volatile Check fresh;

    private OpenProject(AtlasHome.Project project, Searcher searcher) {
        this.project = project;
        this.searcher = searcher;
    }

    public static OpenProject open(AtlasHome.Project project) throws IOException {
        Searcher searcher = Searcher.open(project.indexDir());
        searcher.warmUp();
        return new OpenProject(project, searcher);
    }

    /** Work that reads the index, under the shared lock. */
    @FunctionalInterface
    public interface Read<T> {
        T apply(OpenProject p) throws IOException;
    }

    public <T> T read(Read<T> work) throws IOException {
        lock.readLock().lock();
        try {
            return work.apply(this);
        } finally {
            lock.readLock().unlock();
        }
    }

    public String name() {
        return meta().project().isEmpty() ? project.name() : meta().project();
    }

    public AtlasHome.Project project() {
        return project;
    }

    public Searcher searcher() {
        return searcher;
    }

    public IndexMeta meta() {
        return searcher.store().meta();
    }

    public Path root() {
        String r = meta().root();
        return r.isEmpty() ? project.root() : Path.of(r);
    }

    /** The graph of the current commit (loaded on first use, reloaded after a new commit). Call inside {@link #read}. */
    public GraphView graph() throws IOException {
        return searcher.graph();
    }

    /** Moves to the newest commit if there is one (exclusive lock). */
    public boolean refreshIndex() throws IOException {
        lock.writeLock().lock();
        try {
            return searcher.refresh();
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Walks the root now and compares it with the commit: changed + added + deleted files. */
    public Freshness checkFreshness() throws IOException {
        long t0 = System.nanoTime();
        Freshness f = read(p -> Freshness.check(root(), searcher.store().files(), Registry.INSTANCE));
        fresh = new Check(f.changed().size() + f.added().size() + f.deleted().size(), t0, (System.nanoTime() - t0) / 1_000_000);
        return f;
    }

    /** The last check, or null before the first one. */
    Check lastCheck() {
        return fresh;
    }

    /** The staleness responses report: from the last check (refreshed in the background). */
    public TokenBudget.Staleness staleness() {
        Check c = fresh;
        return c == null ? new TokenBudget.Staleness(false, -1) : new TokenBudget.Staleness(c.changed() > 0, c.changed());
    }

    /**
     * With --refresh: when files changed since the commit, re-index in this process (a delta)
     * and move to the new commit before answering. Each call looks at the tree (calls that
     * arrive together share one look); one re-index at a time; a change too large for a quick
     * delta is left to 'atlas index' and reported as a warning.
     */
    public String refreshIfStale() throws IOException {
        long arrived = System.nanoTime();
        Check c;
        synchronized (looking) {
            c = fresh;
            if (c == null || c.startedNanos() - arrived < 0) {
                checkFreshness();
                c = fresh;
            }
        }
        if (c.changed() == 0) {
            return null;
        }
        if (c.changed() > MAX_AUTO_REFRESH_FILES) {
            return c.changed() + " files changed since the index was built; run 'atlas index " + root() + "' to bring it up to date";
        }
        reindex.lock();
        try {
            if (checkFreshness().fresh()) {
                return null; // another call re-indexed meanwhile
            }
            new Indexer(Registry.parser()).index(root(), name(), project.indexDir(), Indexer.Options.defaults(), Indexer.Progress.NONE);
            refreshIndex();
            checkFreshness();
            return null;
        } finally {
            reindex.unlock();
        }
    }

    @Override
    public void close() throws IOException {
        lock.writeLock().lock();
        try {
            searcher.close();
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** The language registry freshness checks need, and the parser a re-index needs, built once. */
    private static final class Registry {
        static final LanguageRegistry INSTANCE = LanguageRegistry.standard();
        private static volatile SourceParser parser;

        static SourceParser parser() {
            if (parser == null) {
                synchronized (Registry.class) {
                    if (parser == null) {
                        parser = new SourceParser();
                    }
                }
            }
            return parser;
        }
    }
}
