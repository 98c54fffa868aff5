package dev.codeatlas.index.resolve;

import dev.codeatlas.model.Reference;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Resolves a call to the definitions it binds to, best evidence first: the declared type of
 * the receiver (locals, parameters, fields, this/super, constructors, return types along a
 * chain), the enclosing class and its ancestors, imports, the same file, the same package, and
 * last a name that is unique in the project. A call whose receiver has a type outside the
 * project resolves to nothing; it is never attached to same-named project methods.
 */
final class CallResolver {

    /** A resolved callee with the strategy that found it and how sure it is. */
    record Target(Sym sym, String strategy, double confidence) {
    }

    /** The static type of an expression: a project type, outside the project, or unknown. */
    private record TypeOf(Sym type, boolean external) {
        static final TypeOf UNKNOWN = new TypeOf(null, false);
        static final TypeOf OUTSIDE = new TypeOf(null, true);

        static TypeOf of(Sym t) {
            return t == null ? UNKNOWN : new TypeOf(t, false);
        }

        boolean known() {
            return type != null;
        }
    }

    private final SymbolTable table;

    CallResolver(SymbolTable table) {
        this.table = table;
    }

    List<Target> resolve(Reference call, FileUnit file, Sym caller) {
        String name = call.toName();
        int args = call.argCount();
        Sym here = caller == null ? null : caller.enclosingType();
        if ("new".equals(call.context())) {
            Sym type = table.resolveType(name, file, caller, null);
            return type == null ? List.of() : chooseTargets(constructors(type, args, "constructor", 0.95), call, file, caller, here);
        }
        if (call.context().equals("method_ref")) {
            return methodReference(call, file, caller, here);
        }
        String receiver = call.receiver();
        if (receiver.isEmpty()) {
            if ((name.equals("this") || name.equals("super")) && here != null && isJavaLike(file)) {
                Sym target = name.equals("this") ? here : superclass(here);
                return target == null ? List.of()
                        : chooseTargets(constructors(target, args, name + "-constructor", 0.95), call, file, caller, here);
            }
            return chooseTargets(unqualified(name, args, file, caller, here), call, file, caller, here);
        }
        TypeOf recv = typeOf(receiver, file, caller, here);
        if (recv.known()) {
            List<Sym> found = choose(findMethods(recv.type(), name, args), call, file, caller, here);
            if (!found.isEmpty()) {
                return targets(found, "receiver-type", 0.95);
            }
            // A module-like receiver (Python class used as namespace, Go package types) falls through.
            return List.of();
        }
        if (recv.external()) {
            return List.of();
        }
        List<Target> viaModule = moduleReceiver(receiver, name, args, file);
        if (!viaModule.isEmpty()) {
            return viaModule;
        }
        return uniqueName(name, args, file);
    }

    private List<Sym> choose(List<Sym> found, Reference call, FileUnit file, Sym caller, Sym here) {
        if (found.size() < 2) {
            return found;
        }
        return OverloadSelector.select(found, call.arguments(), a -> argumentType(a, file, caller, here), table);
    }

    private List<Target> chooseTargets(List<Target> targets, Reference call, FileUnit file, Sym caller, Sym here) {
        if (targets.size() < 2) {
            return targets;
        }
        List<Sym> syms = new ArrayList<>();
        for (Target t : targets) {
            syms.add(t.sym());
        }
        List<Sym> chosen = choose(syms, call, file, caller, here);
        if (chosen.size() == syms.size()) {
            return targets;
        }
        double total = 0;
        for (Target t : targets) {
            total += t.confidence();
        }
        return targets(chosen, targets.get(0).strategy(), Math.min(0.95, total));
    }

    /** Simple type name of an argument as written, or null when unknown. */
    private String argumentType(String arg, FileUnit file, Sym caller, Sym here) {
        int q = Expressions.topLevel(arg, '?');
        if (q > 0) {
            int colon = Expressions.topLevel(arg.substring(q + 1), ':');
            if (colon > 0) {
                String a = argumentType(arg.substring(q + 1, q + 1 + colon).strip(), file, caller, here);
                return a == null || a.equals("null") ? argumentType(arg.substring(q + 2 + colon).strip(), file, caller, here) : a;
            }
        }
        String lit = OverloadSelector.literalType(arg);
        if (lit != null) {
            return lit;
        }
        if (arg.startsWith("new ")) {
            String t = Expressions.constructedType(arg);
            if (t == null) {
                return null;
            }
            String simple = t.substring(t.lastIndexOf('.') + 1);
            return arg.contains("[") && !arg.contains("(") ? simple + "[]" : simple;
        }
        if (arg.startsWith("(") && arg.indexOf(')') > 1) {
            String cast = arg.substring(1, arg.indexOf(')')).strip();
            if (!cast.isEmpty() && Character.isJavaIdentifierStart(cast.charAt(0)) && cast.chars().allMatch(ch -> Character.isJavaIdentifierPart(ch) || ch == '.' || ch == '<' || ch == '>' || ch == '[' || ch == ']')
                    && arg.length() > arg.indexOf(')') + 1) {
                String t = LanguageTypes.simple(cast);
                return t;
            }
        }
        if (arg.contains("\"") && arg.contains("+")) {
            return "String";
        }
        String id = Expressions.identifier(arg);
        if (id != null) {
            if (id.equals("this") && here != null) {
                return here.name();
            }
            for (Sym s = caller; s != null; s = s.parent) {
                if (s.locals != null && s.locals.containsKey(id)) {
                    return LanguageTypes.simple(s.locals.get(id));
                }
                if (s.isType()) {
                    Sym field = findField(s, id);
                    if (field != null && !field.declaredType.isEmpty()) {
                        return LanguageTypes.simple(field.declaredType);
                    }
                }
            }
            return null;
        }
        TypeOf t = typeOf(arg, file, caller, here);
        if (t.known()) {
            return t.type().name();
        }
        List<String> segs = Expressions.segments(arg);
        String last = segs.isEmpty() ? "" : segs.get(segs.size() - 1);
        if (Expressions.isCall(last)) {
            return OverloadSelector.WELL_KNOWN_RETURNS.get(Expressions.callName(last));
        }
        return null;
    }

    private List<Target> methodReference(Reference call, FileUnit file, Sym caller, Sym here) {
        String recv = call.receiver();
        String name = call.toName();
        TypeOf t = typeOf(recv, file, caller, here);
        if (!t.known()) {
            Sym type = table.resolveType(recv, file, caller, null);
            t = TypeOf.of(type);
        }
        if (!t.known()) {
            return List.of();
        }
        if (name.equals("new")) {
            return constructors(t.type(), -1, "method-ref", 0.8);
        }
        return targets(findMethods(t.type(), name, -1), "method-ref", 0.8);
    }

    private List<Target> unqualified(String name, int args, FileUnit file, Sym caller, Sym here) {
        // enclosing types (inner classes see outer members), each with its ancestors
        for (Sym t = here; t != null; t = t.parent == null ? null : t.parent.enclosingType()) {
            List<Sym> found = findMethods(t, name, args);
            if (!found.isEmpty()) {
                return targets(found, "enclosing-type", 0.9);
            }
        }
        Reference imp = file.namedImports.get(name);
        if (imp != null) {
            List<Sym> found = importedDefinitions(imp, file, args);
            return targets(found, imp.isStatic() ? "static-import" : "import", 0.9);
        }
        for (Reference w : file.wildcardImports) {
            if (w.isStatic()) {
                Sym type = table.resolveType(w.module(), file, caller, null);
                if (type != null) {
                    List<Sym> found = findMethods(type, name, args);
                    if (!found.isEmpty()) {
                        return targets(found, "static-import", 0.85);
                    }
                }
            }
        }
        // callables of the same file that are not members of a type (module functions, nested functions)
        List<Sym> sameFile = new ArrayList<>();
        List<Sym> samePackage = new ArrayList<>();
        List<Sym> candidates = table.byName.get(name);
        for (Sym s : candidates) {
            if (!s.isCallable() && !s.isType()) {
                continue;
            }
            boolean topLevelish = s.parent == null || !s.parent.isType();
            if (!topLevelish && !s.isType()) {
                continue;
            }
            if (s.file == file) {
                sameFile.add(s);
            } else if (s.file.packageName.equals(file.packageName) && !SymbolTable.strictScoping(file.language())) {
                samePackage.add(s);
            }
        }
        if (!sameFile.isEmpty()) {
            return callableOrConstructor(sameFile, args, "same-file", 0.85);
        }
        if (!samePackage.isEmpty()) {
            return callableOrConstructor(samePackage, args, "same-package", 0.75);
        }
        if (SymbolTable.strictScoping(file.language())) {
            return List.of();
        }
        return uniqueName(name, args, file);
    }

    /** A plain call of a type name is a constructor call (Python, Kotlin, Scala). */
    private List<Target> callableOrConstructor(List<Sym> syms, int args, String strategy, double confidence) {
        List<Sym> callables = new ArrayList<>();
        for (Sym s : syms) {
            if (s.isType()) {
                return constructors(s, args, strategy, confidence);
            }
            callables.add(s);
        }
        List<Sym> fitting = new ArrayList<>();
        for (Sym s : callables) {
            if (s.accepts(args)) {
                fitting.add(s);
            }
        }
        return targets(fitting.isEmpty() ? callables : fitting, strategy, confidence);
    }

    private List<Target> uniqueName(String name, int args, FileUnit file) {
        List<Sym> candidates = table.byName.get(name);
        Sym only = null;
        for (Sym s : candidates) {
            if (s.isCallable() && s.accepts(args) && s.file.language().equals(file.language())) {
                if (only != null) {
                    return List.of(); // ambiguous: never guess
                }
                only = s;
            }
        }
        return only == null ? List.of() : List.of(new Target(only, "unique-name", 0.5));
    }

    /** {@code mod.func()} where {@code mod} is an imported module or package. */
    private List<Target> moduleReceiver(String receiver, String name, int args, FileUnit file) {
        String head = receiver;
        Reference imp = file.moduleImports.get(head);
        if (imp == null) {
            imp = file.namedImports.get(head);
            if (imp != null && !imp.toName().isEmpty()) {
                String module = imp.module().isEmpty() ? imp.toName() : imp.module() + "." + imp.toName();
                return targets(definitionsInModule(module, name, args, file), "import", 0.85);
            }
        }
        if (imp == null) {
            return List.of();
        }
        return targets(definitionsInModule(imp.module(), name, args, file), "import", 0.85);
    }

    private List<Sym> importedDefinitions(Reference imp, FileUnit file, int args) {
        List<Sym> out = new ArrayList<>();
        if (imp.isStatic()) {
            Sym type = table.resolveType(imp.module(), file, null, null);
            if (type != null) {
                out.addAll(findMethods(type, imp.toName(), args));
            }
            return out;
        }
        for (Sym s : definitionsInModule(imp.module(), imp.toName(), args, file)) {
            if (s.isType()) {
                for (Target t : constructors(s, args, "", 1)) {
                    out.add(t.sym());
                }
            } else {
                out.add(s);
            }
        }
        return out;
    }

    /** Definitions named {@code name} whose qualified name ends with the module path. */
    private List<Sym> definitionsInModule(String module, String name, int args, FileUnit from) {
        String m = normalizeModule(module, from);
        List<Sym> out = new ArrayList<>();
        for (Sym s : table.byName.get(name)) {
            if (!(s.isCallable() || s.isType())) {
                continue;
            }
            String qn = s.qn.replace('/', '.');
            String owner = qn.length() > name.length() ? qn.substring(0, qn.length() - name.length() - 1) : "";
            if (owner.equals(m) || owner.endsWith("." + m) || m.endsWith("." + owner) && !owner.isEmpty()
                    || owner.endsWith(m + ".index") || owner.endsWith(m + ".__init__")) {
                out.add(s);
            }
        }
        List<Sym> fitting = new ArrayList<>();
        for (Sym s : out) {
            if (s.isType() || s.accepts(args)) {
                fitting.add(s);
            }
        }
        return fitting.isEmpty() ? out : fitting;
    }

    /** Module path with '.' separators, relative paths made absolute against the importing file. */
    private static String normalizeModule(String module, FileUnit from) {
        String m = module.replace("::", ".").replace('\\', '.');
        if (m.startsWith("./") || m.startsWith("../")) {
            String dir = from.path().contains("/") ? from.path().substring(0, from.path().lastIndexOf('/')) : "";
            Deque<String> parts = new ArrayDeque<>();
            if (!dir.isEmpty()) {
                for (String p : dir.split("/")) {
                    parts.addLast(p);
                }
            }
            for (String p : m.split("/")) {
                if (p.equals("..")) {
                    parts.pollLast();
                } else if (!p.equals(".") && !p.isEmpty()) {
                    parts.addLast(p);
                }
            }
            m = String.join(".", parts);
            for (String ext : List.of(".js", ".ts", ".jsx", ".tsx", ".mjs", ".cjs")) {
                if (m.endsWith(ext.replace('.', '.'))) {
                    m = m.substring(0, m.length() - ext.length());
                }
            }
            return m;
        }
        if (m.startsWith(".")) {
            // Python relative import: one dot is the current package
            int dots = 0;
            while (dots < m.length() && m.charAt(dots) == '.') {
                dots++;
            }
            String pkg = from.path().contains("/") ? from.path().substring(0, from.path().lastIndexOf('/')) : "";
            String[] segs = pkg.isEmpty() ? new String[0] : pkg.split("/");
            int keep = Math.max(0, segs.length - (dots - 1));
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < keep; i++) {
                b.append(i == 0 ? "" : ".").append(segs[i]);
            }
            String rest = m.substring(dots);
            return b.length() == 0 ? rest : rest.isEmpty() ? b.toString() : b + "." + rest;
        }
        return m.replace('/', '.');
    }

    // ---- types of expressions

    private TypeOf typeOf(String expr, FileUnit file, Sym caller, Sym here) {
        List<String> segs = Expressions.segments(expr);
        if (segs.isEmpty()) {
            return TypeOf.UNKNOWN;
        }
        TypeOf cur = first(segs.get(0), file, caller, here);
        for (int i = 1; i < segs.size() && (cur.known()); i++) {
            cur = member(cur.type(), segs.get(i));
        }
        return cur;
    }

    private TypeOf first(String seg, FileUnit file, Sym caller, Sym here) {
        if (seg.equals("this") || seg.equals("self") || seg.equals("$this") || seg.equals("@")) {
            return here == null ? TypeOf.UNKNOWN : TypeOf.of(here);
        }
        if (seg.equals("super")) {
            Sym sup = here == null ? null : superclass(here);
            return sup == null ? (here == null ? TypeOf.UNKNOWN : TypeOf.OUTSIDE) : TypeOf.of(sup);
        }
        if (Expressions.isLiteral(seg)) {
            return TypeOf.OUTSIDE;
        }
        String newType = Expressions.constructedType(seg);
        if (newType != null) {
            Sym t = table.resolveType(newType, file, caller, null);
            return t == null ? TypeOf.OUTSIDE : TypeOf.of(t);
        }
        String cast = Expressions.castType(seg);
        if (cast != null) {
            Sym t = table.resolveType(cast, file, caller, null);
            return t == null ? TypeOf.OUTSIDE : TypeOf.of(t);
        }
        if (Expressions.isCall(seg)) {
            String name = Expressions.callName(seg);
            int args = Expressions.callArgs(seg);
            List<Target> t = unqualified(name, args, file, caller, here);
            return returnType(t);
        }
        String id = Expressions.identifier(seg);
        if (id == null) {
            return TypeOf.UNKNOWN;
        }
        // locals and parameters of the caller and of the callables around it (lambdas, local classes)
        for (Sym s = caller; s != null; s = s.parent) {
            if (s.locals != null) {
                String declared = s.locals.get(id);
                if (declared != null) {
                    Sym t = table.resolveType(declared, s.file, s, null);
                    return t == null ? TypeOf.OUTSIDE : TypeOf.of(t);
                }
            }
            if (s.isType()) {
                Sym field = findField(s, id);
                if (field != null) {
                    return fieldType(field);
                }
            }
        }
        Sym type = table.resolveType(id, file, caller, null);
        if (type != null) {
            return TypeOf.of(type); // static access through a type name
        }
        if (SymbolTable.strictScoping(file.language()) && Character.isUpperCase(id.charAt(0))) {
            return TypeOf.OUTSIDE; // e.g. System, Collections
        }
        return TypeOf.UNKNOWN;
    }

    private TypeOf member(Sym type, String seg) {
        if (Expressions.isCall(seg)) {
            List<Sym> m = findMethods(type, Expressions.callName(seg), Expressions.callArgs(seg));
            return returnType(targets(m, "", 1));
        }
        String id = Expressions.identifier(seg);
        if (id == null) {
            return TypeOf.UNKNOWN;
        }
        Sym field = findField(type, id);
        if (field != null) {
            return fieldType(field);
        }
        Sym nested = table.memberType(type, id, new HashSet<>());
        return nested == null ? TypeOf.UNKNOWN : TypeOf.of(nested);
    }

    private TypeOf fieldType(Sym field) {
        if (field.isType()) {
            return TypeOf.of(field);
        }
        if (field.declaredType.isEmpty()) {
            return TypeOf.UNKNOWN;
        }
        Sym t = table.resolveType(field.declaredType, field.file, field, null);
        return t == null ? TypeOf.OUTSIDE : TypeOf.of(t);
    }

    private TypeOf returnType(List<Target> targets) {
        if (targets.isEmpty()) {
            return TypeOf.UNKNOWN;
        }
        Sym m = targets.get(0).sym();
        if (m.isType()) {
            return TypeOf.of(m);
        }
        if (m.isConstructor()) {
            return TypeOf.of(m.enclosingType());
        }
        if (m.declaredType.isEmpty()) {
            return TypeOf.UNKNOWN;
        }
        Sym t = table.resolveType(m.declaredType, m.file, m, null);
        return t == null ? TypeOf.OUTSIDE : TypeOf.of(t);
    }

    // ---- members and hierarchy

    private Sym findField(Sym type, String name) {
        Deque<Sym> queue = new ArrayDeque<>();
        Set<Sym> seen = new HashSet<>();
        queue.add(type);
        while (!queue.isEmpty()) {
            Sym t = queue.poll();
            if (!seen.add(t)) {
                continue;
            }
            List<Sym> m = t.members.get(name);
            if (m != null) {
                for (Sym s : m) {
                    if (!s.isCallable()) {
                        return s;
                    }
                }
            }
            queue.addAll(t.supertypes);
        }
        return null;
    }

    /**
     * Methods named {@code name} accepting {@code args}, from the first type up the hierarchy
     * that declares one (the declaration a call statically binds to).
     */
    List<Sym> findMethods(Sym type, String name, int args) {
        Deque<Sym> queue = new ArrayDeque<>();
        Set<Sym> seen = new HashSet<>();
        queue.add(type);
        while (!queue.isEmpty()) {
            Sym t = queue.poll();
            if (!seen.add(t)) {
                continue;
            }
            List<Sym> m = t.members.get(name);
            if (m != null) {
                List<Sym> fit = new ArrayList<>();
                for (Sym s : m) {
                    if (s.isCallable() && !s.isConstructor()) {
                        if (s.accepts(args)) {
                            fit.add(s);
                        }
                    }
                }
                if (!fit.isEmpty()) {
                    return fit;
                }
            }
            queue.addAll(t.supertypes);
        }
        return List.of();
    }

    private List<Target> constructors(Sym type, int args, String strategy, double confidence) {
        List<Sym> ctors = new ArrayList<>();
        List<Sym> all = new ArrayList<>();
        for (List<Sym> members : type.members.values()) {
            for (Sym s : members) {
                if (s.isConstructor()) {
                    all.add(s);
                    if (s.accepts(args)) {
                        ctors.add(s);
                    }
                }
            }
        }
        if (all.isEmpty()) {
            return List.of(new Target(type, strategy.isEmpty() ? "constructor" : strategy, confidence * 0.95));
        }
        return targets(ctors.isEmpty() ? all : ctors, strategy, ctors.isEmpty() ? confidence / 2 : confidence);
    }

    private static Sym superclass(Sym type) {
        for (Sym s : type.supertypes) {
            if (s.kind() != dev.codeatlas.model.EntityKind.INTERFACE && s.kind() != dev.codeatlas.model.EntityKind.TRAIT) {
                return s;
            }
        }
        return null;
    }

    private static boolean isJavaLike(FileUnit f) {
        return f.language().equals("java") || f.language().equals("csharp");
    }

    private static List<Target> targets(List<Sym> syms, String strategy, double confidence) {
        if (syms.isEmpty()) {
            return List.of();
        }
        double c = confidence / syms.size();
        List<Target> out = new ArrayList<>(syms.size());
        for (Sym s : syms) {
            out.add(new Target(s, strategy, c));
        }
        return out;
    }
}
