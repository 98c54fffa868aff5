package dev.codeatlas.index.resolve;

import dev.codeatlas.model.Entity;
import dev.codeatlas.model.GraphEdge;
import dev.codeatlas.model.GraphNode;
import dev.codeatlas.model.Label;
import dev.codeatlas.model.ParsedFile;
import dev.codeatlas.model.Reference;
import dev.codeatlas.model.RelType;
import dev.codeatlas.model.Uids;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Builds a project's code graph from what its files say: structure (project, packages,
 * modules, definitions), then every raw reference resolved across files by
 * {@link SymbolTable} and {@link CallResolver}. Deterministic: the same files give the same
 * graph in any order, so a delta re-index equals a full one.
 */
public final class GraphBuilder {

    /** What resolving one file yields: its nodes, the edges from them, and project-wide extras. */
    public record FileGraph(String path, List<GraphNode> nodes, List<GraphEdge> edges, List<GraphEdge> projectEdges,
                            List<GraphNode> externals, ResolutionStats stats) {
    }

    private final String project;
    private final String projectUid;
    private final SymbolTable table;
    private final CallResolver calls;
    private final Map<String, FileUnit> units = new HashMap<>();
    private final Map<String, String> moduleUidByPath = new HashMap<>();
    private final Layout layout;

    /**
     * Indexes the definitions and interfaces of every file of a project. {@code interfaces}
     * may be whole parses or their {@link FileInterface} views: the table reads only what a
     * view keeps, so a file resolves the same against either.
     */
    public GraphBuilder(String project, List<ParsedFile> interfaces) {
        this(new SymbolTable(project, interfaces));
    }

    /** Collects the files' interfaces one at a time (any order), so they need not all be held. */
    public static final class Interfaces {
        private final SymbolTable table;

        public Interfaces(String project) {
            this.table = new SymbolTable(project);
        }

        /** Adds a file's interface (from any thread). */
        public synchronized void add(ParsedFile view) {
            table.add(view);
        }

        public synchronized GraphBuilder build() {
            table.finish();
            return new GraphBuilder(table);
        }
    }

    private GraphBuilder(SymbolTable table) {
        this.project = table.project;
        this.projectUid = Uids.project(project);
        this.table = table;
        this.calls = new CallResolver(table);
        for (FileUnit f : table.files) {
            units.put(f.path(), f);
            moduleUidByPath.put(f.path(), Uids.of(project, f.path()));
        }
        this.layout = layout(table);
    }

    /** The files of the project, in path order. */
    public List<String> files() {
        List<String> out = new ArrayList<>(table.files.size());
        table.files.forEach(f -> out.add(f.path()));
        return out;
    }

    /** The whole graph in memory (tests, small projects): every file resolved in path order. */
    public static CodeGraph build(String project, List<ParsedFile> files) {
        List<ParsedFile> views = new ArrayList<>(files.size());
        Map<String, ParsedFile> byPath = new HashMap<>();
        for (ParsedFile f : files) {
            views.add(FileInterface.of(f));
            byPath.put(f.file(), f);
        }
        GraphBuilder b = new GraphBuilder(project, views);
        ProjectPart whole = b.projectPart();
        List<GraphNode> nodes = new ArrayList<>();
        List<GraphEdge> edges = new ArrayList<>();
        for (String path : b.files()) {
            FileGraph g = b.resolve(byPath.get(path));
            whole.add(g);
            nodes.addAll(g.nodes());
            edges.addAll(g.edges());
        }
        nodes.addAll(whole.nodes());
        edges.addAll(whole.edges());
        return new CodeGraph(nodes, edges, whole.stats());
    }

    /**
     * The project-wide part of the graph, stored apart from any file: the project and package
     * nodes with the CONTAINS edges down to modules, and what the files add to it as they are
     * resolved — external nodes (the first file to meet one wins) and edges from packages.
     */
    public final class ProjectPart {
        private final Map<String, GraphNode> externals = new TreeMap<>();
        private final Map<String, GraphEdge> edges = new LinkedHashMap<>();
        private final ResolutionStats stats = new ResolutionStats();

        private ProjectPart() {
            projectEdges().forEach(e -> put(edges, e));
        }

        public void add(FileGraph g) {
            g.externals().forEach(n -> externals.putIfAbsent(n.uid(), n));
            g.projectEdges().forEach(e -> put(edges, e));
            stats.add(g.stats());
        }

        public List<GraphNode> nodes() {
            List<GraphNode> out = projectNodes();
            out.addAll(externals.values());
            return out;
        }

        public List<GraphEdge> edges() {
            return new ArrayList<>(edges.values());
        }

        /** Call-resolution counts of the files added. */
        public ResolutionStats stats() {
            return stats;
        }
    }

    public ProjectPart projectPart() {
        return new ProjectPart();
    }

    /** The project node and one node per package (sub-projects marked). */
    private List<GraphNode> projectNodes() {
        List<GraphNode> nodes = new ArrayList<>();
        nodes.add(new GraphNode(projectUid, Label.PROJECT, "project", project, project, "", 0, 0, "", "", "", "", ""));
        for (String p : layout.packages) {
            boolean sub = layout.isSubproject(p);
            nodes.add(new GraphNode(Uids.pkg(project, p), Label.PACKAGE, sub ? "subproject" : "package", p.isEmpty() ? "(root)" : p, p,
                    "", 0, 0, "", "", "", "", ""));
        }
        return nodes;
    }

    /** CONTAINS from the project and packages down to packages and modules. */
    private List<GraphEdge> projectEdges() {
        List<GraphEdge> edges = new ArrayList<>();
        for (String p : layout.packages) {
            boolean sub = layout.isSubproject(p);
            String owner = nearestManifestDir(layout.manifestDirs, layout.packageDir.get(p), sub);
            String parentUid = owner == null || owner.equals(p) ? projectUid : Uids.pkg(project, owner);
            edges.add(GraphEdge.structural(RelType.CONTAINS, parentUid, Uids.pkg(project, p)));
        }
        for (FileUnit f : table.files) {
            edges.add(GraphEdge.structural(RelType.CONTAINS, Uids.pkg(project, f.packageName), moduleUidByPath.get(f.path())));
        }
        return edges;
    }

    private record Layout(Set<String> packages, Map<String, String> packageDir, Set<String> manifestDirs) {
        /** A directory with a build manifest is a sub-project: it contains the packages below it. */
        boolean isSubproject(String p) {
            return manifestDirs.contains(p) && packageDir.get(p).equals(p);
        }
    }

    private static Layout layout(SymbolTable table) {
        Set<String> packages = new TreeSet<>();
        Map<String, String> packageDir = new HashMap<>();
        Set<String> manifestDirs = new TreeSet<>();
        for (FileUnit f : table.files) {
            packages.add(f.packageName);
            packageDir.putIfAbsent(f.packageName, dirOf(f.path()));
            if (f.language().equals("manifest")) {
                manifestDirs.add(dirOf(f.path()));
            }
        }
        return new Layout(packages, packageDir, manifestDirs);
    }

    /**
     * Resolves one file, given its whole parse: its module and definition nodes, every edge
     * from them. Thread-safe: files may be resolved concurrently, each by one thread.
     */
    public FileGraph resolve(ParsedFile full) {
        FileUnit f = units.get(full.file());
        if (f == null) {
            throw new IllegalArgumentException("not a file of this project: " + full.file());
        }
        String moduleUid = moduleUidByPath.get(f.path());
        List<GraphNode> nodes = new ArrayList<>(full.entities().size() + 1);
        Map<String, GraphEdge> edges = new LinkedHashMap<>();
        Map<String, GraphEdge> projectEdges = new LinkedHashMap<>();
        Map<String, GraphNode> external = new LinkedHashMap<>();
        ResolutionStats stats = new ResolutionStats();

        int lines = 0;
        for (Entity e : full.entities()) {
            lines = Math.max(lines, e.lineEnd());
        }
        boolean doc = f.language().equals("markdown");
        nodes.add(new GraphNode(moduleUid, Label.MODULE, doc ? "document" : "file",
                f.path().substring(f.path().lastIndexOf('/') + 1), f.path(), f.path(), 1, Math.max(1, lines),
                "", "", f.language(), "", Uids.pkg(project, f.packageName)));
        Map<String, Sym> scope = f.scope();
        for (Entity e : full.entities()) {
            Sym s = scope.get(e.qualifiedName());
            String parentUid = s.parent == null ? moduleUid : s.parent.uid();
            nodes.add(new GraphNode(s.uid(), e.label(), e.kind().wireName(), e.name(), e.qualifiedName(), f.path(),
                    e.lineStart(), e.lineEnd(), e.signature(), e.docstring(), f.language(),
                    e.visibility().wireName(), parentUid));
            put(edges, GraphEdge.structural(s.parent == null ? RelType.DEFINES : RelType.CONTAINS, parentUid, s.uid()));
        }

        table.readLocals(full, scope);
        try {
            for (Reference r : full.references()) {
                Sym from = scope.get(r.from());
                String fromUid = from == null ? moduleUid : from.uid();
                switch (r.rel()) {
                    case CALLS -> {
                        List<CallResolver.Target> targets;
                        try {
                            targets = calls.resolve(r, f, from);
                        } catch (RuntimeException e) {
                            // one reference the resolver cannot read must not cost the index: unresolved
                            stats.failure(f.path() + ":" + r.line() + " " + e);
                            targets = List.of();
                        }
                        stats.call(f.language(), !targets.isEmpty(), targets.isEmpty() ? "" : targets.get(0).strategy());
                        for (CallResolver.Target t : targets) {
                            addCall(edges, fromUid, t, r.line(), f.test);
                        }
                    }
                    case INHERITS, IMPLEMENTS -> {
                        if (from == null || !from.isType()) {
                            continue;
                        }
                        Sym sup = table.resolveType(r.toName(), f, from.parent == null ? from : from.parent, from);
                        if (sup != null) {
                            RelType rel = r.rel();
                            if (rel == RelType.INHERITS && sup.kind() == dev.codeatlas.model.EntityKind.INTERFACE
                                    && from.kind() != dev.codeatlas.model.EntityKind.INTERFACE) {
                                rel = RelType.IMPLEMENTS;
                            }
                            put(edges, GraphEdge.structural(rel, fromUid, sup.uid()));
                        } else if (!r.toName().isEmpty()) {
                            String uid = Uids.external(project, r.toName());
                            external.computeIfAbsent(uid, u -> new GraphNode(u, Label.EXTERNAL_SYMBOL, "type",
                                    simpleName(r.toName()), r.toName(), "", 0, 0, "", "", "", "", ""));
                            put(edges, GraphEdge.structural(r.rel(), fromUid, uid));
                        }
                    }
                    case USES_TYPE -> {
                        if (r.toName().isEmpty() || "var".equals(r.toName())) {
                            continue;
                        }
                        Sym t = table.resolveType(r.toName(), f, from, null);
                        if (t != null && !t.uid().equals(fromUid)) {
                            put(edges, GraphEdge.structural(RelType.USES_TYPE, fromUid, t.uid()));
                        }
                    }
                    case IMPORTS -> addImport(edges, external, table, project, f, moduleUid, moduleUidByPath, r);
                    case DEPENDS_ON -> {
                        String name = r.toName();
                        String uid = Uids.external(project, "pkg:" + name);
                        external.computeIfAbsent(uid, u -> new GraphNode(u, Label.EXTERNAL_PACKAGE, "package", name, name, "", 0, 0,
                                "", "", r.module(), "", ""));
                        put(projectEdges, GraphEdge.structural(RelType.DEPENDS_ON, Uids.pkg(project, f.packageName), uid));
                    }
                    case DOCUMENTS -> {
                        Sym target = documented(table, r.toName());
                        if (target != null) {
                            put(edges, GraphEdge.structural(RelType.DOCUMENTS, fromUid, target.uid()));
                        }
                    }
                    default -> { }
                }
            }
        } finally {
            table.dropLocals(f);
        }
        addOverrides(f, edges);
        if (f.test) {
            addTests(table, f, edges);
        }
        return new FileGraph(f.path(), nodes, new ArrayList<>(edges.values()), new ArrayList<>(projectEdges.values()),
                new ArrayList<>(external.values()), stats);
    }

    private static void addCall(Map<String, GraphEdge> edges, String from, CallResolver.Target t, int line, boolean test) {
        if (from.equals(t.sym().uid()) && t.confidence() < 0.6) {
            return;
        }
        String key = "CALLS|" + from + "|" + t.sym().uid();
        GraphEdge prev = edges.get(key);
        if (prev == null) {
            edges.put(key, new GraphEdge(RelType.CALLS, from, t.sym().uid(), round(t.confidence()), t.strategy(), line, 1, test));
        } else {
            edges.put(key, new GraphEdge(RelType.CALLS, from, t.sym().uid(), Math.max(prev.confidence(), round(t.confidence())),
                    prev.confidence() >= t.confidence() ? prev.strategy() : t.strategy(),
                    Math.min(prev.line(), line), prev.siteCount() + 1, test));
        }
    }

    private static double round(double c) {
        return Math.round(c * 1000) / 1000.0;
    }

    private static void addImport(Map<String, GraphEdge> edges, Map<String, GraphNode> external, SymbolTable table,
                                  String project, FileUnit f, String moduleUid, Map<String, String> moduleUids, Reference r) {
        String module = r.module().isEmpty() ? r.toName() : r.module();
        if (module.isEmpty()) {
            return;
        }
        // a project file defining the imported name, else the module's files
        Set<String> targets = new TreeSet<>();
        if (!r.toName().isEmpty()) {
            for (Sym s : table.byName.get(r.toName())) {
                String owner = s.qn;
                String dotted = (module.replace("::", ".").replace('\\', '.').replace('/', '.') + "." + r.toName());
                if (s.file != f && (owner.equals(dotted) || owner.endsWith("." + dotted))) {
                    targets.add(moduleUids.get(s.file.path()));
                }
            }
        }
        if (targets.isEmpty()) {
            String pkg = module.replace("::", ".").replace('\\', '.');
            List<FileUnit> inPackage = table.packages.get(pkg);
            if (inPackage != null && r.wildcard()) {
                for (FileUnit u : inPackage) {
                    if (u != f) {
                        targets.add(moduleUids.get(u.path()));
                    }
                }
            }
        }
        if (targets.isEmpty()) {
            String top = externalPackage(module);
            String uid = Uids.external(project, "pkg:" + top);
            external.computeIfAbsent(uid, u -> new GraphNode(u, Label.EXTERNAL_PACKAGE, "package", top, top, "", 0, 0, "", "", "", "", ""));
            put(edges, GraphEdge.structural(RelType.IMPORTS, moduleUid, uid));
            return;
        }
        for (String t : targets) {
            if (!t.equals(moduleUid)) {
                put(edges, GraphEdge.structural(RelType.IMPORTS, moduleUid, t));
            }
        }
    }

    private static String externalPackage(String module) {
        String m = module.replace("::", ".").replace('\\', '.');
        if (m.startsWith("@")) {
            String[] p = m.split("/");
            return p.length > 1 ? p[0] + "/" + p[1] : m;
        }
        if (m.contains("/") && !m.contains(".")) {
            return m.split("/")[0];
        }
        String[] parts = m.split("\\.");
        return parts.length >= 2 && m.contains(".") && !m.contains("/") && parts.length > 2 ? parts[0] + "." + parts[1] : m;
    }

    private static Sym documented(SymbolTable table, String text) {
        String t = text.strip();
        if (t.endsWith("()")) {
            t = t.substring(0, t.length() - 2);
        }
        t = t.replace("::", ".").replace('#', '.');
        List<Sym> exact = table.byQn.get(t);
        if (exact != null && exact.size() == 1) {
            return exact.get(0);
        }
        String simple = t.substring(t.lastIndexOf('.') + 1);
        Sym only = null;
        for (Sym s : table.byName.get(simple)) {
            if (s.qn.equals(t) || s.qn.endsWith("." + t)) {
                if (only != null) {
                    return null;
                }
                only = s;
            }
        }
        return only;
    }

    /** A method overrides the first same-named, same-arity method found up its type's hierarchy. */
    private static void addOverrides(FileUnit f, Map<String, GraphEdge> edges) {
        for (Sym type : f.syms) {
            if (!type.isType() || type.supertypes.isEmpty()) {
                continue;
            }
            for (List<Sym> members : type.members.values()) {
                for (Sym m : members) {
                    if (!m.isCallable() || m.isConstructor()) {
                        continue;
                    }
                    Sym over = overridden(type, m, new HashSet<>());
                    if (over != null) {
                        put(edges, GraphEdge.structural(RelType.OVERRIDES, m.uid(), over.uid()));
                    }
                }
            }
        }
    }

    private static Sym overridden(Sym type, Sym method, Set<Sym> seen) {
        for (Sym sup : type.supertypes) {
            if (!seen.add(sup)) {
                continue;
            }
            for (Sym s : sup.members.getOrDefault(method.name(), List.of())) {
                if (s.isCallable() && !s.isConstructor() && (s.params() == method.params() || s.params() < 0 || method.params() < 0)) {
                    return s;
                }
            }
            Sym deeper = overridden(sup, method, seen);
            if (deeper != null) {
                return deeper;
            }
        }
        return null;
    }

    /** Test types named after what they test (FooTest, TestFoo, FooTests, FooSpec) test it. */
    private static void addTests(SymbolTable table, FileUnit f, Map<String, GraphEdge> edges) {
        for (Sym s : f.syms) {
            if (!s.isType() || s.parent != null) {
                continue;
            }
            String n = s.name();
            String subject = n.endsWith("Tests") ? n.substring(0, n.length() - 5)
                    : n.endsWith("Test") ? n.substring(0, n.length() - 4)
                    : n.endsWith("Spec") ? n.substring(0, n.length() - 4)
                    : n.startsWith("Test") ? n.substring(4) : "";
            if (subject.isEmpty()) {
                continue;
            }
            Sym target = table.resolveType(subject, f, s, s);
            if (target != null && !target.file.test) {
                put(edges, GraphEdge.structural(RelType.TESTS, s.uid(), target.uid()));
            }
        }
    }

    private static String dirOf(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash);
    }

    /** The closest directory holding a manifest at or above {@code dir} (strictly above for a sub-project itself). */
    private static String nearestManifestDir(Set<String> manifestDirs, String dir, boolean strictlyAbove) {
        String d = strictlyAbove ? (dir.isEmpty() ? null : dirOf(dir)) : dir;
        while (d != null) {
            if (manifestDirs.contains(d)) {
                return d;
            }
            d = d.isEmpty() ? null : dirOf(d);
        }
        return null;
    }

    private static String simpleName(String n) {
        int i = Math.max(n.lastIndexOf('.'), n.lastIndexOf(':'));
        return i < 0 ? n : n.substring(i + 1);
    }

    private static void put(Map<String, GraphEdge> edges, GraphEdge e) {
        edges.putIfAbsent(e.rel() + "|" + e.from() + "|" + e.to(), e);
    }
}
