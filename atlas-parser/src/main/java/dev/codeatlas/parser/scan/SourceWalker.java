package dev.codeatlas.parser.scan;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.eclipse.jgit.ignore.IgnoreNode;

/**
 * Walks a source tree once, in a stable order (entries sorted by name, depth first), honouring
 * {@code .atlasignore} files always and, as git does, nested {@code .gitignore} files and
 * {@code .git/info/exclude} only inside a git work tree and never for tracked files; never
 * opens secret-looking files; follows symlinks only to targets inside the root and visits each
 * real directory once, so link loops end. Everything left out for a reason other than an
 * ignore rule is reported to the {@link Listener}.
 */
public final class SourceWalker {

    /** Directory names never descended into. */
    public static final Set<String> DEFAULT_EXCLUDED_DIRS = Set.of(
            ".git", ".hg", ".svn", ".bzr", "node_modules", "__pycache__", ".venv", "venv", ".tox",
            ".mypy_cache", ".pytest_cache", ".gradle", ".idea", ".atlas");

    /**
     * Build outputs and vendored dependencies, left out when the build file that produces them
     * sits beside them (so a source folder that happens to be called "build" is kept).
     */
    static final Map<String, List<String>> GENERATED_DIRS = Map.of(
            "target", List.of("pom.xml", "Cargo.toml", "build.sbt", "project.clj"),
            "build", List.of("build.gradle", "build.gradle.kts", "settings.gradle", "settings.gradle.kts",
                    "CMakeLists.txt", "setup.py", "pyproject.toml", "package.json"),
            "out", List.of("build.gradle", "build.gradle.kts", "package.json", "tsconfig.json"),
            "dist", List.of("package.json", "setup.py", "pyproject.toml"),
            "vendor", List.of("go.mod", "composer.json", "Gemfile"),
            "bin", List.of("build.gradle", "build.gradle.kts", "pom.xml"),
            "obj", List.of("Directory.Build.props"),
            ".next", List.of("package.json"),
            "bower_components", List.of("bower.json"));

    /** What the walk found. */
    public interface Listener {
        /** A candidate file (regular, readable, not ignored, accepted by the filter). */
        void file(Path path, String relative, long size);

        /** Something left out, and why ("symlink outside the root", "secret file", ...). */
        default void skipped(String relative, String reason) {
        }
    }

    private final Path root;
    private final Path realRoot;
    private final boolean useIgnoreFiles;
    private final Predicate<String> accept;
    private boolean includeGenerated;

    /** Also walk build outputs and vendored dependencies (see {@link #GENERATED_DIRS}). */
    public SourceWalker includeGenerated(boolean include) {
        this.includeGenerated = include;
        return this;
    }

    /**
     * @param accept decides on a relative path whether a file is wanted at all (e.g. "has a
     *               supported language"); rejected files are not reported
     */
    public SourceWalker(Path root, boolean useIgnoreFiles, Predicate<String> accept) throws IOException {
        this.root = root.toAbsolutePath().normalize();
        this.realRoot = this.root.toRealPath();
        this.useIgnoreFiles = useIgnoreFiles;
        this.accept = accept;
    }

    /** @param ignoredDir inside a git-ignored directory entered only for its tracked files */
    private record Frame(Path dir, String relative, List<Rules> rules, boolean ignoredDir) {
    }

    /** Rules of one ignore file; {@code git} marks .gitignore rules, which tracked files override. */
    private record Rules(String base, IgnoreNode node, boolean git) {
    }

    public void walk(Listener listener) throws IOException {
        Set<Path> visited = new HashSet<>();
        visited.add(realRoot);
        List<Rules> rootRules = new ArrayList<>();
        GitTree git = useIgnoreFiles ? GitTree.find(realRoot) : GitTree.NONE;
        boolean gitRules = git.present();
        if (gitRules) {
            addRules(rootRules, git.workTree().resolve(".git/info/exclude"), git.prefix(), true);
        }
        Deque<Frame> stack = new ArrayDeque<>();
        stack.push(new Frame(root, "", rootRules, false));
        while (!stack.isEmpty()) {
            Frame f = stack.pop();
            List<Rules> rules = f.rules();
            if (useIgnoreFiles) {
                rules = new ArrayList<>(rules);
                if (gitRules) {
                    addRules(rules, f.dir().resolve(".gitignore"), f.relative(), true);
                }
                addRules(rules, f.dir().resolve(".atlasignore"), f.relative(), false);
            }
            List<Path> entries = new ArrayList<>();
            try (DirectoryStream<Path> ds = Files.newDirectoryStream(f.dir())) {
                for (Path p : ds) {
                    entries.add(p);
                }
            } catch (IOException | SecurityException e) {
                listener.skipped(f.relative().isEmpty() ? "." : f.relative(), "unreadable directory: " + e.getClass().getSimpleName());
                continue;
            }
            entries.sort((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()));
            Set<String> names = new HashSet<>();
            for (Path p : entries) {
                names.add(p.getFileName().toString());
            }
            List<Frame> subdirs = new ArrayList<>();
            for (Path p : entries) {
                String name = p.getFileName().toString();
                String rel = f.relative().isEmpty() ? name : f.relative() + "/" + name;
                BasicFileAttributes attrs;
                try {
                    attrs = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                } catch (IOException | SecurityException e) {
                    listener.skipped(rel, "unreadable: " + e.getClass().getSimpleName());
                    continue;
                }
                Path target = p;
                if (attrs.isSymbolicLink()) {
                    try {
                        target = p.toRealPath();
                        attrs = Files.readAttributes(target, BasicFileAttributes.class);
                    } catch (IOException | SecurityException e) {
                        listener.skipped(rel, "broken symlink");
                        continue;
                    }
                    if (!target.startsWith(realRoot)) {
                        listener.skipped(rel, "symlink pointing outside the root");
                        continue;
                    }
                }
                boolean dir = attrs.isDirectory();
                if (dir) {
                    if (DEFAULT_EXCLUDED_DIRS.contains(name)) {
                        continue;
                    }
                    boolean ignoredDir = f.ignoredDir() || ignored(rules, rel, true);
                    if (ignoredDir && (!git.tracksUnder(rel) || ignoredByAtlas(rules, rel, true))) {
                        continue;
                    }
                    if (!includeGenerated && generated(name, names)) {
                        listener.skipped(rel, "build output or vendored dependencies (beside its build file); not indexed");
                        continue;
                    }
                    Path real;
                    try {
                        real = target.toRealPath();
                    } catch (IOException e) {
                        listener.skipped(rel, "unreadable directory");
                        continue;
                    }
                    if (!visited.add(real)) {
                        listener.skipped(rel, "directory already visited (symlink loop or duplicate link)");
                        continue;
                    }
                    subdirs.add(new Frame(p, rel, rules, ignoredDir));
                    continue;
                }
                if (!attrs.isRegularFile()) {
                    if (accept.test(rel)) {
                        listener.skipped(rel, attrs.isOther() ? "not a regular file (FIFO, socket or device)" : "not a regular file");
                    }
                    continue;
                }
                if ((f.ignoredDir() || ignored(rules, rel, false)) && !(git.tracks(rel) && !ignoredByAtlas(rules, rel, false))) {
                    continue;
                }
                if (SecretFiles.isSecretName(name)) {
                    listener.skipped(rel, "secret-looking file name; never read");
                    continue;
                }
                if (!accept.test(rel)) {
                    continue;
                }
                listener.file(p, rel, attrs.size());
            }
            for (int i = subdirs.size() - 1; i >= 0; i--) {
                stack.push(subdirs.get(i));
            }
        }
    }

    private static boolean generated(String dir, Set<String> siblings) {
        List<String> markers = GENERATED_DIRS.get(dir);
        if (markers == null) {
            return false;
        }
        for (String m : markers) {
            if (siblings.contains(m)) {
                return true;
            }
        }
        return false;
    }

    private static boolean ignored(List<Rules> rules, String rel, boolean isDirectory) {
        for (int i = rules.size() - 1; i >= 0; i--) {
            Rules r = rules.get(i);
            String local;
            if (r.base().isEmpty()) {
                local = rel;
            } else if (r.base().startsWith("../")) {
                local = r.base().substring(3) + "/" + rel; // exclude file above the walk root
                local = local.startsWith("/") ? local.substring(1) : local;
            } else {
                local = rel.substring(r.base().length() + 1);
            }
            IgnoreNode.MatchResult m = r.node().isIgnored(local, isDirectory);
            if (m == IgnoreNode.MatchResult.IGNORED) {
                return true;
            }
            if (m == IgnoreNode.MatchResult.NOT_IGNORED) {
                return false;
            }
        }
        return false;
    }

    private static boolean ignoredByAtlas(List<Rules> rules, String rel, boolean isDirectory) {
        List<Rules> atlas = new ArrayList<>();
        for (Rules r : rules) {
            if (!r.git()) {
                atlas.add(r);
            }
        }
        return ignored(atlas, rel, isDirectory);
    }

    private static void addRules(List<Rules> rules, Path file, String base, boolean git) {
        if (!Files.isRegularFile(file)) {
            return;
        }
        IgnoreNode node = new IgnoreNode();
        try (InputStream in = Files.newInputStream(file)) {
            node.parse(in);
        } catch (IOException e) {
            return;
        }
        if (!node.getRules().isEmpty()) {
            rules.add(new Rules(base, node, git));
        }
    }
}
