package dev.codeatlas.mcp;

import dev.codeatlas.index.pipeline.AtlasHome;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Future;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The projects one server answers for: the ATLAS_HOME registry, a default project (the one of
 * --path or of the working directory), and the projects opened so far. A tool's optional
 * {@code project} argument names a registered project; without it the default answers, or the
 * only registered project. Projects open on first use and stay open; freshness is re-checked
 * in the background.
 */
public final class Workspace implements AutoCloseable {

    /**
     * @param autoRefresh re-index a stale project before answering (--refresh)
     */
    public record Options(boolean autoRefresh) {
    }

    private final AtlasHome home;
    private final AtlasHome.Project defaultProject;
    private final Options options;
    private final Map<String, OpenProject> open = new ConcurrentHashMap<>();
    private final ScheduledExecutorService background = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "atlas-freshness");
        t.setDaemon(true);
        return t;
    });

    public Workspace(AtlasHome home, Optional<AtlasHome.Project> defaultProject, Options options) {
        this.home = home;
        this.defaultProject = defaultProject.orElse(null);
        this.options = options;
    }

    public Options options() {
        return options;
    }

    public Optional<AtlasHome.Project> defaultProject() {
        return Optional.ofNullable(defaultProject);
    }

    public List<AtlasHome.Project> registered() throws IOException {
        List<AtlasHome.Project> all = new ArrayList<>(home.projects());
        if (defaultProject != null && all.stream().noneMatch(p -> p.indexDir().equals(defaultProject.indexDir()))) {
            all.add(0, defaultProject);
        }
        return all;
    }

    /** Projects opened so far. */
    public List<OpenProject> opened() {
        return List.copyOf(open.values());
    }

    /** Opens the default project ahead of the first call and loads its graph, off the caller's thread. */
    public Future<?> warmUp() {
        if (defaultProject == null) {
            return CompletableFuture.completedFuture(null);
        }
        return background.submit(() -> {
            try {
                OpenProject p = open(defaultProject);
                p.read(OpenProject::graph);
            } catch (IOException | RuntimeException e) {
                // reported by the first call that needs the project
            }
        });
    }

    /**
     * Queries for warming a server up, sampled from the default project's index (definition
     * names and phrases of doc-comment words); empty without a default project or when it
     * cannot be opened (the first call reports why).
     */
    public List<String> warmUpQueries(int n) {
        if (defaultProject == null) {
            return List.of();
        }
        try {
            return open(defaultProject).searcher().sampleQueries(n, 42);
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }

    /** The project a call is about: named, else the default, else the only registered one. */
    public OpenProject project(Optional<String> name) throws IOException {
        AtlasHome.Project p;
        if (name.isPresent()) {
            p = byName(name.get());
        } else if (defaultProject != null) {
            p = defaultProject;
        } else {
            List<AtlasHome.Project> all = registered();
            if (all.size() != 1) {
                throw new ToolError("project_required", all.isEmpty() ? "no project is indexed"
                        : all.size() + " projects are indexed and no default was set",
                        all.isEmpty() ? "run 'atlas index ROOT' first" : "pass project (one of: " + names(all) + ")");
            }
            p = all.get(0);
        }
        return open(p);
    }

    private AtlasHome.Project byName(String name) throws IOException {
        List<AtlasHome.Project> all = registered();
        for (AtlasHome.Project p : all) {
            if (p.name().equals(name)) {
                return p;
            }
        }
        throw new ToolError("unknown_project", "no indexed project named '" + (name.length() > 80 ? name.substring(0, 80) + "..." : name) + "'",
                all.isEmpty() ? "run 'atlas index ROOT' first" : "use one of: " + names(all) + " (see list_projects)");
    }

    private static String names(List<AtlasHome.Project> all) {
        List<String> n = all.stream().map(AtlasHome.Project::name).limit(20).toList();
        return String.join(", ", n) + (all.size() > 20 ? ", ..." : "");
    }

    private OpenProject open(AtlasHome.Project p) throws IOException {
        String key = p.indexDir().toString();
        OpenProject o = open.get(key);
        if (o != null) {
            return o;
        }
        synchronized (open) {
            o = open.get(key);
            if (o == null) {
                try {
                    o = OpenProject.open(p);
                } catch (IOException e) {
                    throw new ToolError("no_index", "the index of project '" + p.name() + "' cannot be opened: " + e.getMessage(),
                            "run 'atlas index " + p.root() + "'");
                }
                open.put(key, o);
                watch(o);
            }
            return o;
        }
    }

    /** Re-checks freshness and picks up new commits in the background, more rarely on big trees. */
    private void watch(OpenProject p) {
        background.execute(() -> checkLater(p));
    }

    private void checkLater(OpenProject p) {
        long delay = 5_000;
        try {
            p.refreshIndex();
            p.checkFreshness();
            delay = Math.max(5_000, 20 * p.lastCheck().tookMillis());
        } catch (IOException | RuntimeException e) {
            delay = 30_000;
        }
        if (!background.isShutdown()) {
            background.schedule(() -> checkLater(p), delay, TimeUnit.MILLISECONDS);
        }
    }

    @Override
    public void close() {
        background.shutdownNow();
        for (OpenProject p : open.values()) {
            try {
                p.close();
            } catch (IOException ignored) {
                // closing anyway
            }
        }
        open.clear();
    }
}
