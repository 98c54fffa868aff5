package dev.codeatlas.index.resolve;

import dev.codeatlas.model.Entity;
import dev.codeatlas.model.ParsedFile;
import dev.codeatlas.model.Reference;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every definition of a project, indexed by uid, qualified name and simple name, with types
 * linked to their members and resolved supertypes. Type names are resolved the way the
 * language scopes them: enclosing and inherited member types, imports, the same package,
 * wildcard imports; for languages without such rules a project-unique name is accepted.
 */
final class SymbolTable {

    /** Marker for a type known to live outside the project (imported from elsewhere, java.lang). */
    static final Sym EXTERNAL = null;

    final String project;
    final List<FileUnit> files = new ArrayList<>();
    final SymIndex byQn = new SymIndex();
    final SymIndex byName = new SymIndex();
    /** Declared type names as written, one String each while the table is built. */
    private Map<String, String> strings = new HashMap<>();
    final Map<String, List<FileUnit>> packages = new HashMap<>();

    /**
     * @param parsed the files' interfaces ({@link FileInterface} views or whole parses: only what
     *               a view keeps is read); not retained
     */
    SymbolTable(String project, List<ParsedFile> parsed) {
        this(project);
        parsed.forEach(this::add);
        finish();
    }

    /** An empty table: {@link #add} every file (in any order), then {@link #finish}. */
    SymbolTable(String project) {
        this.project = project;
    }

    /** Adds a file's definitions and declarations; the file's parse is not retained. */
    void add(ParsedFile pf) {
        FileUnit f = new FileUnit(project, pf);
        files.add(f);
        Map<String, Sym> scope = new HashMap<>();
        for (Entity e : pf.entities()) {
            String qn = e.qualifiedName();
            // one String per distinct name, shared by every definition of it
            Sym named = byName.first(e.name());
            Sym s = new Sym(e, named == null ? e.name() : named.name, f, f.syms.size());
            byQn.add(qn, s);
            byName.add(s.name, s);
            f.syms.add(s);
            scope.put(qn, s);
            Sym parent = e.parent().isEmpty() ? null : scope.get(e.parent());
            if (parent != null) {
                s.parent = parent;
                parent.addMember(s);
            }
        }
        ((ArrayList<Sym>) f.syms).trimToSize();
        f.packageName = packageOf(f, pf);
        packages.computeIfAbsent(f.packageName, k -> new ArrayList<>()).add(f);
        readDeclarations(pf, scope, false);
    }

    /**
     * Puts everything in path order (so the table is the same whatever order files came in): the
     * first definition of a qualified name keeps the plain uid; then links supertypes.
     */
    void finish() {
        files.sort(Comparator.comparing(FileUnit::path));
        for (int i = 0; i < files.size(); i++) {
            files.get(i).ordinal = i;
        }
        Comparator<Sym> order = Comparator.<Sym>comparingInt(x -> x.file.ordinal).thenComparingInt(x -> x.index);
        byQn.sort(order, same -> {
            for (int i = 1; i < same.size(); i++) {
                same.get(i).duplicate = true;
            }
        });
        byName.sort(order, named -> { });
        strings = null;
        for (List<FileUnit> inPackage : packages.values()) {
            inPackage.sort(Comparator.comparingInt(u -> u.ordinal));
        }
        for (FileUnit f : files) {
            for (Sym s : f.syms) {
                if (s.isType()) {
                    linkSupertypes(s);
                }
            }
        }
    }

    private String intern(String v) {
        if (strings == null) {
            return v;
        }
        String c = strings.putIfAbsent(v, v);
        return c == null ? v : c;
    }

    private static String packageOf(FileUnit f, ParsedFile pf) {
        switch (pf.language()) {
            case "java", "kotlin", "scala", "csharp", "php" -> {
                for (Entity e : pf.entities()) {
                    if (e.parent().isEmpty()) {
                        String qn = e.qualifiedName();
                        int cut = qn.length() - e.name().length() - 1;
                        return cut > 0 && qn.endsWith(e.name()) ? qn.substring(0, cut) : "";
                    }
                }
                return "";
            }
            default -> {
                int slash = pf.file().lastIndexOf('/');
                return slash < 0 ? "" : pf.file().substring(0, slash);
            }
        }
    }

    /**
     * Locals and parameters of the file's callables, from its whole parse: private to the file,
     * they are read just before it is resolved and dropped after ({@link #dropLocals}).
     */
    void readLocals(ParsedFile full, Map<String, Sym> scope) {
        readDeclarations(full, scope, true);
    }

    void dropLocals(FileUnit f) {
        for (Sym s : f.syms) {
            if (s.isCallable()) {
                s.locals = null;
            }
        }
    }

    /** Declared types (of fields, returns, module-level variables; with {@code locals}, of locals and parameters) and supertypes as written. */
    private void readDeclarations(ParsedFile parsed, Map<String, Sym> scope, boolean locals) {
        for (Reference r : parsed.references()) {
            Sym from = scope.get(r.from());
            if (from == null || FileInterface.observable(r, from.label()) == locals) {
                continue;
            }
            switch (r.rel()) {
                case USES_TYPE -> {
                    String ctx = r.context();
                    if (ctx.equals("return")) {
                        if (from.declaredType.isEmpty()) {
                            from.declaredType = intern(r.toName());
                        }
                    } else if (ctx.equals("field") || ctx.equals("property")) {
                        if (from.isCallable() || from.isType()) {
                            // a field declared in a type whose entity is the type itself
                            Sym field = firstMember(from, r.alias());
                            if (field != null && field.declaredType.isEmpty()) {
                                field.declaredType = intern(r.toName());
                            }
                        } else if (from.declaredType.isEmpty()) {
                            from.declaredType = intern(r.toName());
                        }
                    } else if (!r.alias().isEmpty() && !"var".equals(r.toName())) {
                        if (from.locals == null) {
                            from.locals = new HashMap<>();
                        }
                        from.locals.putIfAbsent(r.alias(), r.toName());
                        if (!from.isCallable() && from.declaredType.isEmpty() && from.name().equals(r.alias())) {
                            from.declaredType = intern(r.toName());
                        }
                    }
                }
                case INHERITS, IMPLEMENTS -> {
                    if (from.isType()) {
                        from.addRawSupertype(intern(r.toName()));
                    }
                }
                default -> { }
            }
        }
    }

    private static Sym firstMember(Sym type, String name) {
        List<Sym> m = type.members.get(name);
        return m == null || m.isEmpty() ? null : m.get(0);
    }

    private void linkSupertypes(Sym type) {
        for (String raw : type.rawSupertypes) {
            Sym sup = resolveType(raw, type.file, type.parent == null ? type : type.parent, type);
            if (sup != null && sup != type && !sup.supertypes.contains(type)) {
                type.addSupertype(sup);
                sup.addSubtype(type);
            }
        }
    }

    // ---- type names

    /**
     * Resolves a type name as written in {@code file} at {@code context}: a project type, or
     * null when it is outside the project or unknown.
     *
     * @param exclude a type that must not resolve to itself (a class extending a same-named type)
     */
    Sym resolveType(String raw, FileUnit file, Sym context, Sym exclude) {
        String name = raw.replace("::", ".").replace('\\', '.');
        if (name.isEmpty()) {
            return null;
        }
        if (name.startsWith(".")) {
            name = name.substring(1);
        }
        int dot = name.indexOf('.');
        if (dot > 0) {
            Sym direct = uniqueType(name);
            if (direct != null) {
                return direct;
            }
            Sym head = resolveType(name.substring(0, dot), file, context, exclude);
            if (head != null) {
                Sym cur = head;
                for (String seg : name.substring(dot + 1).split("\\.")) {
                    cur = memberType(cur, seg, new HashSet<>());
                    if (cur == null) {
                        break;
                    }
                }
                if (cur != null) {
                    return cur;
                }
            }
            return uniqueTypeBySuffix(name);
        }
        // enclosing types and the types they inherit
        for (Sym t = context == null ? null : context.enclosingType(); t != null; t = t.parent == null ? null : t.parent.enclosingType()) {
            if (t.name().equals(name) && t != exclude) {
                return t;
            }
            Sym m = memberType(t, name, new HashSet<>());
            if (m != null && m != exclude) {
                return m;
            }
        }
        Reference imp = file.namedImports.get(name);
        if (imp != null) {
            String qualified = imp.module().isEmpty() ? imp.toName() : imp.module() + "." + imp.toName();
            Sym t = uniqueType(qualified.replace("::", ".").replace('\\', '.').replace('/', '.'));
            if (t == null) {
                t = uniqueTypeBySuffix(qualified.replace("::", ".").replace('\\', '.').replace('/', '.'));
            }
            return t; // imported from outside the project when null
        }
        Sym samePackage = uniqueType(file.packageName.isEmpty() ? name : file.packageName + "." + name);
        if (samePackage != null && samePackage != exclude) {
            return samePackage;
        }
        for (Reference w : file.wildcardImports) {
            Sym t = uniqueType(w.module().replace("::", ".").replace('\\', '.') + "." + name);
            if (t != null) {
                return t;
            }
        }
        // same file, any nesting
        for (Sym s : file.syms) {
            if (s.isType() && s.name().equals(name) && s != exclude) {
                return s;
            }
        }
        if (strictScoping(file.language())) {
            return null; // java.lang or a type from a wildcard import outside the project
        }
        List<Sym> candidates = byName.get(name);
        Sym only = null;
        if (candidates != null) {
            for (Sym s : candidates) {
                if (s.isType() && s != exclude) {
                    if (only != null) {
                        return null;
                    }
                    only = s;
                }
            }
        }
        return only;
    }

    static boolean strictScoping(String language) {
        return language.equals("java") || language.equals("kotlin") || language.equals("scala") || language.equals("csharp");
    }

    private Sym uniqueType(String qn) {
        List<Sym> l = byQn.get(qn);
        if (l == null) {
            return null;
        }
        for (Sym s : l) {
            if (s.isType()) {
                return s;
            }
        }
        return null;
    }

    private Sym uniqueTypeBySuffix(String dotted) {
        int dot = dotted.lastIndexOf('.');
        String simple = dot < 0 ? dotted : dotted.substring(dot + 1);
        List<Sym> candidates = byName.get(simple);
        if (candidates == null) {
            return null;
        }
        Sym only = null;
        for (Sym s : candidates) {
            if (s.isType() && (s.qn.endsWith("." + dotted) || s.qn.equals(dotted))) {
                if (only != null) {
                    return null;
                }
                only = s;
            }
        }
        return only;
    }

    /** A member type named {@code name} of {@code type} or of its supertypes. */
    Sym memberType(Sym type, String name, Set<Sym> seen) {
        if (!seen.add(type)) {
            return null;
        }
        List<Sym> m = type.members.get(name);
        if (m != null) {
            for (Sym s : m) {
                if (s.isType()) {
                    return s;
                }
            }
        }
        for (Sym sup : type.supertypes) {
            Sym r = memberType(sup, name, seen);
            if (r != null) {
                return r;
            }
        }
        return null;
    }

}
