package dev.codeatlas.cli;

import dev.codeatlas.index.pipeline.AtlasHome;
import dev.codeatlas.index.store.LuceneGraphStore;
import dev.codeatlas.search.Searcher;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the index a command should read: {@code --index-dir}, else {@code --path}, else the nearest indexed ancestor. */
final class Projects {

    private Projects() {
    }

    static AtlasHome.Project locate(Path path, Path indexDir) throws IOException {
        AtlasHome home = AtlasHome.fromEnvironment();
        if (indexDir != null) {
            if (!Files.isDirectory(indexDir)) {
                throw new UserError("no index at " + indexDir + "; run 'atlas index ROOT --index-dir " + indexDir + "' first");
            }
            return new AtlasHome.Project("", path == null ? Path.of("") : path, indexDir);
        }
        Path dir = path == null ? Path.of("").toAbsolutePath() : path;
        if (path != null && !Files.exists(path)) {
            throw new UserError("no such directory: " + path);
        }
        return home.find(dir).orElseThrow(() -> new UserError("no index for " + dir.toAbsolutePath()
                + (path == null ? " or its parents" : "") + "; run 'atlas index " + (path == null ? "." : path) + "' first"));
    }

    static LuceneGraphStore open(AtlasHome.Project p) throws IOException {
        return LuceneGraphStore.open(p.indexDir()).orElseThrow(() -> unreadable(p));
    }

    /** The searcher of a project's index (with the environment's embedding provider). */
    static Searcher searcher(AtlasHome.Project p) {
        try {
            return Searcher.open(p.indexDir());
        } catch (IOException e) {
            throw unreadable(p);
        }
    }

    private static UserError unreadable(AtlasHome.Project p) {
        return new UserError("the index at " + p.indexDir() + " is empty or unreadable; run 'atlas index " + p.root() + " --full'");
    }
}
