package dev.codeatlas.parser.lang.c;

import dev.codeatlas.model.Entity;
import dev.codeatlas.model.EntityKind;
import dev.codeatlas.model.Label;
import dev.codeatlas.model.Reference;
import dev.codeatlas.model.RelType;
import dev.codeatlas.model.Visibility;
import dev.codeatlas.parser.ExtractionContext;
import dev.codeatlas.parser.SourceText;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What C and C++ share beyond their queries: the meaning of the marker captures and the
 * post-processing of one file's result ({@link #finish}), which does what a query cannot:
 * <ul>
 *   <li>declarations inside function bodies (locals, local prototypes) are dropped and their
 *       references move to the function;</li>
 *   <li>a prototype (or an in-class method declaration) is dropped when the same file defines
 *       that function; the definition takes its doc comment and visibility;</li>
 *   <li>C++ {@code template <..>} markers are folded into the definition they wrap (range,
 *       signature and doc start at {@code template}); {@code friend} markers are removed, with
 *       friend declarations, while friend definitions stay as functions of the enclosing scope;</li>
 *   <li>a variable holding a lambda ({@code auto f = [..](..) {..};}) is folded into the lambda;</li>
 *   <li>C++ access labels ({@code public:}), captured as pseudo references of context
 *       {@value #ACCESS}, become the visibility of the members that follow them;</li>
 *   <li>type uses in declarations get their context (local, variable, return);</li>
 *   <li>qualified names are rebuilt and overload suffixes ({@code #2}) renumbered after all that.</li>
 * </ul>
 */
public final class CFamily {

    /** Context of the pseudo references that carry C++ access labels to {@link #finish}. */
    public static final String ACCESS = "access";
    /** Annotation of a function declared without a body (prototype, in-class declaration). */
    public static final String DECLARATION = "declaration";
    /** Annotation of a preprocessor macro. */
    public static final String MACRO = "macro";
    /** Names of the C++ marker definitions (keywords, so never real names). */
    public static final String TEMPLATE = "template";
    public static final String FRIEND = "friend";
    public static final String NAMESPACE = "namespace";

    private CFamily() {
    }

    // ---- content checks for a core hook (not wired yet: see CLanguage / the C/C++ report) ----

    private static final Pattern CPP_LINE = Pattern.compile(
            "^[ \\t]*(?:template[ \\t]*<|namespace(?:[ \\t]+[A-Za-z_][\\w:]*)?[ \\t]*\\{|using[ \\t]+namespace[ \\t]"
            + "|class[ \\t]+[A-Za-z_]\\w*(?:[ \\t]+[A-Za-z_]\\w*)?[ \\t]*(?:final[ \\t]*)?(?::[^:]|\\{|$)"
            + "|(?:public|private|protected)[ \\t]*:|#[ \\t]*include[ \\t]*<[a-z_]+>)", Pattern.MULTILINE);
    private static final Pattern CPP_WORD = Pattern.compile(
            "\\b(?:std::|nullptr\\b|constexpr\\b|static_cast<|reinterpret_cast<|dynamic_cast<|decltype\\(|noexcept\\b)");
    private static final Pattern COMMENT = Pattern.compile("/\\*.*?\\*/|//[^\\n]*", Pattern.DOTALL);
    private static final int SNIFF_BYTES = 64 * 1024;
    private static final Pattern VALID_NAME = Pattern.compile("~?[A-Za-z_$][A-Za-z0-9_$]*|operator .+");

    /**
     * Whether a header's first 64 KiB read as C++ rather than C (comments ignored): a line
     * starting with "template &lt;", "namespace x" and a brace, "using namespace", "class X"
     * and a brace or colon, an access label, or "#include &lt;iostream&gt;" (no ".h"); or
     * "std::", nullptr, constexpr, a C++ cast, decltype, noexcept anywhere. Meant for .h files,
     * which C and C++ share.
     */
    public static boolean looksLikeCpp(byte[] source) {
        String head = new String(source, 0, Math.min(source.length, SNIFF_BYTES), StandardCharsets.ISO_8859_1);
        head = COMMENT.matcher(head).replaceAll(" ");
        return CPP_LINE.matcher(head).find() || CPP_WORD.matcher(head).find();
    }

    private static final Pattern CLASS_MACRO = Pattern.compile(
            "\\b(?:class|struct|union)[ \\t]+([A-Z_][A-Z0-9_]*)[ \\t]+(?!final\\b)(?=[A-Za-z_])");
    private static final Pattern LONE_MACRO = Pattern.compile(
            "^[ \\t]*([A-Z0-9_]*(?:BEGIN|END)[A-Z0-9_]*(?:DECLS|NAMESPACE)[A-Z0-9_]*"
            + "|[A-Z0-9_]*(?:DECLS|NAMESPACE)[A-Z0-9_]*(?:BEGIN|END)[A-Z0-9_]*|Q_OBJECT|Q_GADGET)[ \\t]*$",
            Pattern.MULTILINE);
    private static final Pattern SUFFIX_MACRO = Pattern.compile(
            "\\b([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*_(?:API|EXPORT|IMPORT|INLINE|DLL|EXTERN|DECL|PUBLIC|LOCAL|HIDDEN|NOEXCEPT"
            + "|FORCEINLINE|CONSTEXPR|NODISCARD)_?)\\b(?=[ \\t\\r\\n]+[A-Za-z_~:])");

    /**
     * The source with the macros the grammars cannot parse replaced by spaces, keeping every
     * byte offset and line: export/attribute macros ({@code class GTEST_API_ Foo},
     * {@code SPDLOG_INLINE void f()}, {@code FOO_API int g();}) and lone declaration macros
     * ({@code __BEGIN_DECLS}, {@code FMT_BEGIN_NAMESPACE}, {@code Q_OBJECT}). Preprocessor lines are left alone. Returns the
     * same array when nothing changed. Meant for a parse-only copy: texts still come from the
     * original.
     */
    public static byte[] blankMacros(byte[] source) {
        String text = new String(source, StandardCharsets.ISO_8859_1); // one char per byte
        byte[] out = null;
        for (Pattern p : new Pattern[] {CLASS_MACRO, LONE_MACRO, SUFFIX_MACRO}) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                int s = m.start(1);
                if (onPreprocessorLine(text, s)) {
                    continue;
                }
                if (out == null) {
                    out = source.clone();
                }
                java.util.Arrays.fill(out, s, m.end(1), (byte) ' ');
            }
        }
        return out == null ? source : out;
    }

    private static boolean onPreprocessorLine(String text, int at) {
        int i = text.lastIndexOf('\n', at - 1) + 1;
        while (i < at && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        return i < text.length() && text.charAt(i) == '#';
    }

    /** Annotations from modifier text: the query's marker captures. */
    public static List<String> annotations(String modifiers) {
        if (modifiers.isEmpty()) {
            return List.of();
        }
        List<String> out = new ArrayList<>(2);
        if (modifiers.contains("#define")) {
            out.add(MACRO);
        } else if (modifiers.indexOf('(') >= 0 || hasWord(modifiers, "extern")) {
            out.add(DECLARATION);
        }
        return out;
    }

    /** True when {@code word} occurs in {@code text} as a whole word. */
    public static boolean hasWord(String text, String word) {
        int i = text.indexOf(word);
        while (i >= 0) {
            int end = i + word.length();
            boolean before = i == 0 || !Character.isJavaIdentifierPart(text.charAt(i - 1));
            boolean after = end >= text.length() || !Character.isJavaIdentifierPart(text.charAt(end));
            if (before && after) {
                return true;
            }
            i = text.indexOf(word, i + 1);
        }
        return false;
    }

    /** True for the template/friend marker definitions of the C++ query. */
    public static boolean isMarker(EntityKind kind, String name) {
        return kind == EntityKind.ANNOTATION && (TEMPLATE.equals(name) || FRIEND.equals(name) || NAMESPACE.equals(name));
    }

    private static boolean isDeclaration(Entity e) {
        return e.annotations().contains(DECLARATION);
    }

    private static String stripLast(String qn) {
        int dot = qn.lastIndexOf('.');
        return dot < 0 ? "" : qn.substring(0, dot);
    }

    private enum Fate { KEEP, LOCAL, PROTO, TEMPLATE, FRIEND, FRIEND_DECL, FOLD, ANONYMOUS }

    /** Per-file working state of {@link #finish}. */
    private static final class Work {
        final List<Entity> in;
        final String file;
        final Map<String, Integer> index = new HashMap<>();
        final Fate[] fate;
        final int[] parent;          // index of the parent entity, -1 when the parent is no entity here
        final int[] heir;            // TEMPLATE/FOLD: the entity that takes this one's place, else -1
        final String[] newQn;
        final Entity[] out;

        Work(List<Entity> in, String file) {
            this.in = in;
            this.file = file;
            int n = in.size();
            fate = new Fate[n];
            parent = new int[n];
            heir = new int[n];
            newQn = new String[n];
            out = new Entity[n];
            for (int i = 0; i < n; i++) {
                index.putIfAbsent(in.get(i).qualifiedName(), i);
            }
            for (int i = 0; i < n; i++) {
                Integer p = index.get(in.get(i).parent());
                parent[i] = p == null ? -1 : p;
                fate[i] = Fate.KEEP;
                heir[i] = -1;
            }
        }

        boolean dropped(int i) {
            return fate[i] != Fate.KEEP;
        }

        /** The nearest kept ancestor of entity i, or -1. */
        int owner(int i) {
            int p = parent[i];
            for (int guard = 0; p >= 0 && dropped(p) && guard < 100; guard++) {
                p = parent[p];
            }
            return p >= 0 && !dropped(p) ? p : -1;
        }

        /** Rewrites a qualified-name-like string by its longest prefix that is an entity here. */
        String rename(String s) {
            int end = s.length();
            while (end > 0) {
                Integer i = index.get(s.substring(0, end));
                if (i != null) {
                    return newQnOf(i) + s.substring(end);
                }
                end = s.lastIndexOf('.', end - 1);
            }
            return s;
        }

        String newQnOf(int i) {
            if (!dropped(i) && newQn[i] != null) {
                return newQn[i];
            }
            return rename(stripLast(in.get(i).qualifiedName())); // a dropped entity's segment goes away
        }
    }

    /**
     * Post-processes one file (see the class comment).
     *
     * @param cpp C++: members of a {@code class} are private until a label says otherwise (struct
     *            and union members are public); an out-of-class definition's visibility is unknown
     */
    public static void finish(ExtractionContext ctx, boolean cpp) {
        List<Entity> entities = ctx.entities();
        if (entities.isEmpty() && ctx.references().isEmpty()) {
            return;
        }
        Work w = new Work(new ArrayList<>(entities), ctx.file());
        List<Entity> in = w.in;
        int n = in.size();

        // markers, friends, lambda variables
        for (int i = 0; i < n; i++) {
            Entity e = in.get(i);
            if (isMarker(e.kind(), e.name())) {
                w.fate[i] = TEMPLATE.equals(e.name()) ? Fate.TEMPLATE : FRIEND.equals(e.name()) ? Fate.FRIEND : Fate.ANONYMOUS;
                if (w.fate[i] == Fate.TEMPLATE && i + 1 < n && isInside(in.get(i + 1), e)) {
                    w.heir[i] = i + 1;
                }
            }
        }
        for (int i = 0; i < n; i++) {
            Entity e = in.get(i);
            int p = w.parent[i];
            if (p >= 0 && w.fate[p] == Fate.FRIEND && isDeclaration(e)) {
                w.fate[i] = Fate.FRIEND_DECL;
            } else if (e.label() == Label.VALUE && i + 1 < n && w.parent[i + 1] == i
                    && in.get(i + 1).label() == Label.CALLABLE && in.get(i + 1).name().equals(e.name())) {
                w.fate[i] = Fate.FOLD;
                w.heir[i] = i + 1;
            }
        }
        // names a bad parse made (text of an ERROR taken for a declarator): dropped like locals
        for (int i = 0; i < n; i++) {
            if (w.fate[i] == Fate.KEEP && !VALID_NAME.matcher(in.get(i).name()).matches()) {
                w.fate[i] = Fate.LOCAL;
            }
        }
        // locals: values and declarations whose nearest kept ancestor is a callable
        for (int i = 0; i < n; i++) {
            Entity e = in.get(i);
            if (w.fate[i] != Fate.KEEP || !(e.label() == Label.VALUE || isDeclaration(e))) {
                continue;
            }
            int o = w.owner(i);
            if (o >= 0 && in.get(o).label() == Label.CALLABLE) {
                w.fate[i] = Fate.LOCAL;
            }
        }

        // pass 1: names as if nothing else were dropped, to pair prototypes with definitions
        name(w);
        Map<String, List<Integer>> defsByQn = new HashMap<>();
        for (int i = 0; i < n; i++) {
            Entity e = in.get(i);
            if (!w.dropped(i) && e.label() == Label.CALLABLE && !isDeclaration(e) && !e.annotations().contains(MACRO)) {
                defsByQn.computeIfAbsent(stripSuffix(w.newQn[i]), k -> new ArrayList<>()).add(i);
            }
        }
        Map<Integer, Integer> declOf = new HashMap<>();
        for (int i = 0; i < n; i++) {
            Entity e = in.get(i);
            if (w.dropped(i) || e.label() != Label.CALLABLE || !isDeclaration(e)) {
                continue;
            }
            List<Integer> defs = defsByQn.get(stripSuffix(w.newQn[i]));
            if (defs == null) {
                continue;
            }
            // a definition inside the declaring class body is not this declaration's (C++ forbids both)
            int o = w.owner(i);
            Entity owner = o >= 0 ? in.get(o) : null;
            int params = paramCount(e.signature(), e.name());
            Integer best = null;
            boolean defined = false;
            for (int d : defs) {
                Entity def = in.get(d);
                if (owner != null && owner.label() == Label.TYPE_DEF
                        && def.lineStart() >= owner.lineStart() && def.lineEnd() <= owner.lineEnd()) {
                    continue;
                }
                defined = true;
                if (declOf.containsKey(d)) {
                    continue; // a repeated prototype goes too, without a definition of its own
                }
                if (best == null || paramCount(def.signature(), def.name()) == params
                        && paramCount(in.get(best).signature(), def.name()) != params) {
                    best = d;
                }
            }
            if (defined) {
                w.fate[i] = Fate.PROTO;
            }
            if (best != null) {
                declOf.put(best, i);
            }
        }
        // pass 2: final names
        java.util.Arrays.fill(w.newQn, null);
        name(w);

        // access labels (C++): per class (old name), the labels in line order
        Map<String, List<Reference>> labels = new HashMap<>();
        List<Reference> refs = new ArrayList<>(ctx.references().size());
        for (Reference r : ctx.references()) {
            if (r.rel() == RelType.USES_TYPE && ACCESS.equals(r.context())) {
                labels.computeIfAbsent(r.from(), k -> new ArrayList<>()).add(r);
            } else {
                refs.add(r);
            }
        }

        // the entities
        List<Entity> result = new ArrayList<>(n);
        Map<String, Entity> lastType = new HashMap<>();
        for (int i = 0; i < n; i++) {
            if (w.dropped(i)) {
                continue;
            }
            Entity e = in.get(i);
            int start = e.lineStart();
            String signature = e.signature();
            String doc = docOf(ctx.source(), e);
            // the template markers / lambda variable this entity takes the place of, outermost first
            List<Integer> wrappers = new ArrayList<>();
            for (int j = i - 1; j >= 0 && w.heir[j] == (wrappers.isEmpty() ? i : wrappers.get(0)); j--) {
                wrappers.add(0, j);
            }
            if (!wrappers.isEmpty()) {
                Entity outer = in.get(wrappers.get(0));
                start = outer.lineStart();
                StringBuilder sig = new StringBuilder();
                for (int j : wrappers) {
                    Entity m = in.get(j);
                    if (w.fate[j] == Fate.TEMPLATE) {
                        sig.append(m.signature()).append(' ');
                    } else {
                        // `auto f = [..](..) { .. };`: the variable's text up to the lambda's body
                        String v = m.signature();
                        int at = signature.isEmpty() ? -1 : v.indexOf(signature);
                        sig.setLength(0);
                        sig.append(at >= 0 ? v.substring(0, at + signature.length()) : v).append(' ');
                        signature = "";
                    }
                }
                signature = (sig + signature).strip();
                String outerDoc = docOf(ctx.source(), outer);
                if (!outerDoc.isEmpty()) {
                    doc = outerDoc;
                }
            }
            String parentKey = w.parent[i] >= 0 || e.parent().isEmpty() ? String.valueOf(w.owner(i)) : e.parent();
            if (e.label() == Label.TYPE_DEF && e.kind() != EntityKind.TYPE_ALIAS) {
                if (signature.equals(keyword(e.kind()))) {
                    signature = "typedef " + signature + " {…} " + e.name(); // typedef struct { .. } Foo;
                }
                lastType.put(parentKey, e);
            } else if (e.kind() == EntityKind.TYPE_ALIAS && !signature.startsWith("typedef")
                    && !signature.startsWith("using") && !signature.startsWith("template")) {
                // the alias of `typedef struct node { .. } node_t;` is captured at its declarator
                Entity t = lastType.get(parentKey);
                if (t != null && t.lineEnd() == e.lineStart()) {
                    String tag = t.name().equals(e.name()) ? "" : " " + t.name();
                    signature = "typedef " + keyword(t.kind()) + tag + " {…} " + signature;
                }
            }
            Integer decl = declOf.get(i);
            if (decl != null && doc.isEmpty()) {
                doc = docOf(ctx.source(), in.get(decl));
            }
            int o = w.owner(i);
            Entity owner = o >= 0 ? in.get(o) : null;
            if (o >= 0 && w.out[o] != null && start == w.out[o].lineStart() && doc.equals(w.out[o].docstring())) {
                doc = ""; // `enum e { A, B };` on one line: the comment above is the enum's
            }
            EntityKind kind = e.kind();
            int p = w.parent[i];
            boolean inType = owner != null && owner.label() == Label.TYPE_DEF
                    || owner == null && cpp && !e.parent().isEmpty() && p < 0;
            // directly inside a marker, CppLanguage.adjustKind left functions and constructors
            int outerMost = wrappers.isEmpty() ? i : wrappers.get(0);
            int markerParent = w.parent[outerMost];
            boolean inMarker = !wrappers.isEmpty() && w.fate[wrappers.get(wrappers.size() - 1)] == Fate.TEMPLATE
                    || markerParent >= 0 && (w.fate[markerParent] == Fate.FRIEND || w.fate[markerParent] == Fate.ANONYMOUS
                    || w.fate[markerParent] == Fate.TEMPLATE);
            if (markerParent >= 0 && w.fate[markerParent] == Fate.FRIEND) {
                kind = kind == EntityKind.METHOD || kind == EntityKind.CONSTRUCTOR ? EntityKind.FUNCTION : kind;
            } else if (inMarker) {
                if (kind == EntityKind.FUNCTION && inType) {
                    kind = EntityKind.METHOD;
                } else if (kind == EntityKind.CONSTRUCTOR && !inType) {
                    kind = EntityKind.FUNCTION;
                }
            }
            Visibility vis;
            if (decl != null) {
                vis = visibility(w, decl, labels, cpp, in.get(decl).lineStart());
            } else {
                vis = visibility(w, i, labels, cpp, start);
            }
            if (markerParent >= 0 && w.fate[markerParent] == Fate.ANONYMOUS) {
                vis = Visibility.PRIVATE; // internal linkage
            }
            String parentQn = o >= 0 ? w.newQn[o] : e.parent().isEmpty() || p >= 0 ? "" : w.rename(e.parent());
            w.out[i] = new Entity(kind, e.name(), w.newQn[i], start, e.lineEnd(), signature, doc, vis,
                    e.annotations(), parentQn);
            result.add(w.out[i]);
        }

        // references: follow renames and drops, set declaration type contexts
        LinkedHashSet<Reference> outRefs = new LinkedHashSet<>();
        for (Reference r : refs) {
            Integer fi = w.index.get(r.from());
            String from = r.from();
            boolean local = false;
            Entity fromEntity = null;
            Reference construction = null;
            if (fi != null) {
                int i = fi;
                Fate f = w.fate[i];
                if (f == Fate.PROTO || f == Fate.FRIEND_DECL) {
                    continue; // the definition carries the same references
                }
                local = f == Fate.LOCAL;
                int target = resolveFrom(w, i);
                from = target >= 0 ? w.newQn[target] : ctx.file();
                fromEntity = target >= 0 ? w.out[target] : null;
                Entity source = in.get(i);
                if (cpp && local && source.label() == Label.CALLABLE && r.rel() == RelType.USES_TYPE) {
                    // `Foo f(a, b);` in a body parses as a prototype (the most vexing parse): it
                    // constructs a Foo; its "parameter types" are the arguments
                    if ("parameter".equals(r.context())) {
                        continue;
                    }
                    construction = new Reference(RelType.CALLS, from, r.toName(), "", Math.max(0,
                            paramCount(source.signature(), source.name())), r.line(), "", "", "new", false, false);
                }
            }
            String context = r.context();
            if (r.rel() == RelType.USES_TYPE && ("variable".equals(context) || "field".equals(context))) {
                if (local) {
                    context = "local";
                } else if (fromEntity != null && fromEntity.label() == Label.CALLABLE) {
                    context = isDeclaration(fromEntity) ? "return" : "local";
                }
            }
            outRefs.add(from.equals(r.from()) && context.equals(r.context()) ? r
                    : new Reference(r.rel(), from, r.toName(), r.receiver(), r.argCount(), r.line(), r.module(),
                    r.alias(), context, r.isStatic(), r.wildcard()));
            if (construction != null) {
                outRefs.add(construction);
            }
        }
        entities.clear();
        entities.addAll(result);
        ctx.references().clear();
        ctx.references().addAll(outRefs);
    }

    /**
     * The entity's doc comment, unless it is really a trailing comment of the code line above
     * ({@code int len; /* bytes *}{@code /}), which the generic lookup takes for a block comment.
     */
    private static String docOf(SourceText src, Entity e) {
        String doc = e.docstring();
        if (doc.isEmpty() || e.lineStart() < 2) {
            return doc;
        }
        int l = e.lineStart() - 1;
        if (!src.lineText(l).strip().endsWith("*/")) {
            return doc;
        }
        for (int k = l, guard = 0; k >= 1 && guard < 60; k--, guard++) {
            String t = src.lineText(k);
            int open = t.lastIndexOf("/*");
            if (open >= 0) {
                return t.substring(0, open).isBlank() ? doc : "";
            }
        }
        return doc;
    }

    private static String keyword(EntityKind kind) {
        return switch (kind) {
            case STRUCT -> "struct";
            case UNION -> "union";
            case ENUM -> "enum";
            case CLASS -> "class";
            default -> "?";
        };
    }

    /** Whether {@code inner} is nested in {@code outer} (by its parent chain of names). */
    private static boolean isInside(Entity inner, Entity outer) {
        String p = inner.parent();
        String q = outer.qualifiedName();
        return p.equals(q) || p.startsWith(q + ".");
    }

    /** Number of parameters after the name in a signature (0 for "()" or "(void)"), -1 if not found. */
    static int paramCount(String signature, String name) {
        if (name.startsWith("operator ") && signature.indexOf(name) < 0) {
            name = "operator" + name.substring("operator ".length()); // named "operator ==", written "operator=="
        }
        int idx = signature.indexOf(name);
        while (idx >= 0) {
            int j = idx + name.length();
            while (j < signature.length() && signature.charAt(j) == ' ') {
                j++;
            }
            if (j < signature.length() && signature.charAt(j) == '(') {
                int depth = 0;
                int commas = 0;
                for (int k = j + 1; k < signature.length(); k++) {
                    char c = signature.charAt(k);
                    if (c == '(' || c == '<' || c == '[' || c == '{') {
                        depth++;
                    } else if ((c == ')' || c == '>' || c == ']' || c == '}') && depth > 0) {
                        depth--;
                    } else if (c == ')') {
                        String inside = signature.substring(j + 1, k).strip();
                        return inside.isEmpty() || inside.equals("void") ? 0 : commas + 1;
                    } else if (c == ',' && depth == 0) {
                        commas++;
                    }
                }
                return -1;
            }
            idx = signature.indexOf(name, idx + 1);
        }
        return -1;
    }

    private static String stripSuffix(String qn) {
        int hash = qn.lastIndexOf('#');
        int dot = qn.lastIndexOf('.');
        return hash > dot ? qn.substring(0, hash) : qn;
    }

    /** Names every kept entity from its parent's new name; numbers repeats #2, #3. */
    private static void name(Work w) {
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < w.in.size(); i++) {
            if (w.dropped(i)) {
                continue;
            }
            Entity e = w.in.get(i);
            String base = w.rename(stripLast(e.qualifiedName()));
            base = base.isEmpty() ? e.name() : base + "." + e.name();
            int k = seen.merge(base, 1, Integer::sum);
            w.newQn[i] = k == 1 ? base : base + "#" + k;
        }
    }

    /** The kept entity a reference from entity i belongs to, or -1 for the file. */
    private static int resolveFrom(Work w, int i) {
        int cur = i;
        for (int guard = 0; guard < 100; guard++) {
            if (!w.dropped(cur)) {
                return cur;
            }
            if (w.heir[cur] >= 0) {
                cur = w.heir[cur];
                continue;
            }
            int p = w.parent[cur];
            if (p < 0) {
                return -1;
            }
            cur = p;
        }
        return -1;
    }

    private static Visibility visibility(Work w, int i, Map<String, List<Reference>> labels, boolean cpp, int line) {
        Entity e = w.in.get(i);
        int o = w.owner(i);
        if (o >= 0 && w.in.get(o).label() == Label.TYPE_DEF) {
            Entity owner = w.in.get(o);
            if (owner.kind() == EntityKind.ENUM) {
                return Visibility.PUBLIC;
            }
            if (line < owner.lineStart() || line > owner.lineEnd()) {
                return cpp ? Visibility.UNKNOWN : e.visibility(); // defined outside its class
            }
            Visibility vis = cpp && owner.kind() == EntityKind.CLASS ? Visibility.PRIVATE : Visibility.PUBLIC;
            List<Reference> ownerLabels = labels.get(owner.qualifiedName());
            if (ownerLabels != null) {
                for (Reference label : ownerLabels) {
                    if (label.line() > line) {
                        break;
                    }
                    vis = switch (label.toName()) {
                        case "public" -> Visibility.PUBLIC;
                        case "protected" -> Visibility.PROTECTED;
                        case "private" -> Visibility.PRIVATE;
                        default -> vis;
                    };
                }
            }
            return vis;
        }
        if (cpp && o < 0 && !e.parent().isEmpty() && w.parent[i] < 0) {
            return Visibility.UNKNOWN; // out-of-class definition of a class declared elsewhere
        }
        return e.visibility();
    }
}
