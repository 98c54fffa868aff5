package dev.codeatlas.parser.scan;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.util.FS;

/**
 * The git work tree a walk runs in, if any: whether ignore files apply at all (git applies
 * them only inside a repository) and which files are tracked (ignore rules never hide a
 * tracked file). Read from {@code .git/index} with JGit; a broken index means "nothing known
 * to be tracked", never a failed walk.
 */
record GitTree(Path workTree, String prefix, Set<String> tracked, Set<String> trackedDirs) {

    static final GitTree NONE = new GitTree(null, "", Set.of(), Set.of());

    static GitTree find(Path realRoot) {
        for (Path d = realRoot; d != null; d = d.getParent()) {
            Path git = d.resolve(".git");
            if (Files.isDirectory(git)) {
                return read(d, realRoot, git.resolve("index"));
            }
            if (Files.isRegularFile(git)) {
                return new GitTree(d, prefixOf(d, realRoot), Set.of(), Set.of()); // worktree/submodule: rules apply
            }
        }
        return NONE;
    }

    private static String prefixOf(Path workTree, Path root) {
        String rel = workTree.relativize(root).toString().replace('\\', '/');
        return rel.isEmpty() ? "" : "../" + rel;
    }

    private static GitTree read(Path workTree, Path root, Path index) {
        Set<String> tracked = new HashSet<>();
        Set<String> dirs = new HashSet<>();
        String under = workTree.relativize(root).toString().replace('\\', '/');
        String strip = under.isEmpty() ? "" : under + "/";
        if (Files.isRegularFile(index)) {
            try {
                DirCache dc = DirCache.read(index.toFile(), FS.DETECTED);
                for (int i = 0; i < dc.getEntryCount(); i++) {
                    String p = dc.getEntry(i).getPathString();
                    if (!p.startsWith(strip)) {
                        continue;
                    }
                    String rel = p.substring(strip.length());
                    tracked.add(rel);
                    for (int slash = rel.indexOf('/'); slash > 0; slash = rel.indexOf('/', slash + 1)) {
                        dirs.add(rel.substring(0, slash));
                    }
                }
            } catch (IOException | RuntimeException e) {
                tracked.clear();
                dirs.clear();
            }
        }
        return new GitTree(workTree, prefixOf(workTree, root), tracked, dirs);
    }

    boolean present() {
        return workTree != null;
    }

    boolean tracks(String rel) {
        return tracked.contains(rel);
    }

    /** Whether a directory holds tracked files (so an ignore rule must not prune it). */
    boolean tracksUnder(String relDir) {
        return trackedDirs.contains(relDir);
    }
}
