package dev.codeatlas.parser.lang.rust;

import dev.codeatlas.model.Entity;
import dev.codeatlas.model.EntityKind;
import dev.codeatlas.model.Reference;
import dev.codeatlas.model.RelType;
import dev.codeatlas.model.Visibility;
import dev.codeatlas.parser.CommentStyle;
import dev.codeatlas.parser.ExtractionContext;
import dev.codeatlas.parser.LanguageSupport;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.treesitter.TSLanguage;
import org.treesitter.TreeSitterRust;

/**
 * Rust: the module prefix is the path without extension ({@code src/net/tcp.rs} gives
 * {@code src/net/tcp}); {@code impl Foo<T>} blocks are scopes named {@code Foo}, inline
 * {@code mod m { }} blocks are namespaces. Modifiers are the visibility modifier and the
 * attributes above an item: {@code pub} is public, {@code pub(crate)}/{@code pub(super)}/
 * {@code pub(in p)} internal, nothing private; enum variants, their fields and trait items take
 * the visibility of their enum or trait; a {@code #[macro_export]} macro is public. Attribute
 * paths are the annotations ({@code #[derive(Debug)]} gives "derive").
 *
 * <p>{@code use} trees are captured whole and split here, one import per leaf
 * ({@code use a::{b, c as d, e::*}}): module = the path before the leaf joined with "::", name =
 * the leaf ("" for a glob, which sets wildcard), alias from {@code as}; {@code self} in a group
 * imports the group's path itself. An {@code impl Trait for Type} gives an IMPLEMENTS reference
 * from {@code Type} (see {@link #adjustReference}).
 */
public final class RustLanguage extends LanguageSupport {

    private static final CommentStyle STYLE = CommentStyle.C_LIKE.withSkippable("#[");

    @Override
    public String name() {
        return "rust";
    }

    @Override
    public Set<String> extensions() {
        return Set.of(".rs");
    }

    @Override
    public TSLanguage grammar() {
        return new TreeSitterRust();
    }

    @Override
    public CommentStyle commentStyle() {
        return STYLE;
    }

    /** Definition names are identifiers; an impl scope's name is a type as written, reduced to its name. */
    @Override
    public List<String> nameSegments(String rawName) {
        return List.of(typeName(rawName));
    }

    /**
     * {@code &'a mut foo::Bar<T>} becomes {@code Bar}; a type without a name of its own
     * ({@code [T]}, {@code (A, B)}, {@code fn()}) stays as written, whitespace collapsed.
     */
    static String typeName(String raw) {
        String s = raw.strip();
        boolean changed = true;
        while (changed) {
            changed = false;
            for (String p : new String[] {"&", "*const ", "*mut ", "mut ", "dyn ", "impl "}) {
                if (s.startsWith(p)) {
                    s = s.substring(p.length()).strip();
                    changed = true;
                }
            }
            if (s.startsWith("'")) { // lifetime
                int sp = s.indexOf(' ');
                s = sp < 0 ? s : s.substring(sp + 1).strip();
                changed = sp >= 0;
            }
        }
        int lt = s.indexOf('<');
        if (lt > 0) {
            s = s.substring(0, lt).strip();
        }
        int colons = s.lastIndexOf("::");
        if (colons >= 0 && colons + 2 < s.length()) {
            s = s.substring(colons + 2);
        }
        return s.replaceAll("\\s+", " ");
    }

    /**
     * A type as written reduced to the name it uses: {@code &'a mut Vec<T>} is {@code Vec},
     * {@code [Foo; 4]} and {@code &[Foo]} are {@code Foo}, {@code dyn A + Send} is {@code A},
     * {@code impl Fn(u8) -> u8} is {@code Fn}, {@code Item = Foo} (an associated type binding) is
     * {@code Foo}; paths stay as written ({@code io::Error}). A type without a name (tuple, unit,
     * fn pointer, qualified path) gives "", dropped by {@link #finish}.
     */
    @Override
    public String normalizeTypeName(String raw) {
        String s = raw.strip();
        for (int guard = 0; guard < 20; guard++) {
            String before = s;
            int eq = s.indexOf('=');
            int lt = s.indexOf('<');
            if (eq > 0 && (lt < 0 || eq < lt)) { // Item = Foo
                s = s.substring(eq + 1).strip();
            }
            for (String p : new String[] {"&", "*const ", "*mut ", "mut ", "dyn ", "impl ", "?"}) {
                if (s.startsWith(p)) {
                    s = s.substring(p.length()).strip();
                }
            }
            if (s.startsWith("'")) { // lifetime, alone or before a type
                int sp = s.indexOf(' ');
                s = sp < 0 ? "" : s.substring(sp + 1).strip();
            }
            if (s.startsWith("[")) { // [T], [T; N]
                int end = s.lastIndexOf(']');
                int semi = s.lastIndexOf(';', end < 0 ? s.length() : end);
                s = s.substring(1, semi > 0 ? semi : end > 0 ? end : s.length()).strip();
            }
            if (s.equals(before)) {
                break;
            }
        }
        if (s.startsWith("(") || s.startsWith("<") || s.startsWith("fn") && s.length() > 2
                && (s.charAt(2) == '(' || s.charAt(2) == ' ') || s.startsWith("unsafe ") || s.startsWith("extern ")) {
            return "";
        }
        int cut = s.length();
        for (char c : new char[] {'<', '(', '+', ' '}) {
            int i = s.indexOf(c);
            if (i >= 0 && i < cut) {
                cut = i;
            }
        }
        return s.substring(0, cut).strip();
    }

    @Override
    public String normalizeParentName(String raw) {
        return typeName(raw);
    }

    @Override
    public Visibility visibility(String name, String modifiers) {
        String m = withoutAttributes(modifiers).strip();
        if (m.startsWith("pub")) {
            String rest = m.substring(3).replace(" ", "");
            if (rest.isEmpty() || !rest.startsWith("(")) {
                return Visibility.PUBLIC;
            }
            return rest.startsWith("(self)") ? Visibility.PRIVATE : Visibility.INTERNAL;
        }
        if (modifiers.contains("macro_export")) {
            return Visibility.PUBLIC;
        }
        return Visibility.PRIVATE;
    }

    /** Attribute paths in modifier text: {@code #[derive(Debug)] #[serde::rename = "x"]} gives derive, serde::rename. */
    @Override
    public List<String> annotations(String modifiers) {
        if (modifiers.indexOf("#[") < 0) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        int i = 0;
        while ((i = modifiers.indexOf("#[", i)) >= 0) {
            int j = i + 2;
            while (j < modifiers.length() && Character.isWhitespace(modifiers.charAt(j))) {
                j++;
            }
            int k = j;
            while (k < modifiers.length() && (Character.isLetterOrDigit(modifiers.charAt(k))
                    || modifiers.charAt(k) == '_' || modifiers.charAt(k) == ':')) {
                k++;
            }
            if (k > j) {
                out.add(modifiers.substring(j, k));
            }
            i = skipBracket(modifiers, i + 1);
        }
        return out;
    }

    /** Modifier text with every {@code #[...]} removed (brackets balanced, strings skipped). */
    static String withoutAttributes(String modifiers) {
        if (modifiers.indexOf("#[") < 0) {
            return modifiers;
        }
        StringBuilder b = new StringBuilder();
        int i = 0;
        while (i < modifiers.length()) {
            int a = modifiers.indexOf("#[", i);
            if (a < 0) {
                b.append(modifiers, i, modifiers.length());
                break;
            }
            b.append(modifiers, i, a);
            i = skipBracket(modifiers, a + 1);
        }
        return b.toString();
    }

    /** Index after the bracket group that opens at {@code open} ('['), strings skipped. */
    private static int skipBracket(String s, int open) {
        int depth = 0;
        boolean inString = false;
        for (int i = open; i < s.length(); i++) {
            char c = s.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '[') {
                depth++;
            } else if (c == ']' && --depth == 0) {
                return i + 1;
            }
        }
        return s.length();
    }

    /**
     * {@code impl Trait for Type}: the reference is written inside the impl scope, which is not a
     * definition, so the extractor attributes it to the enclosing definition or the file. It is
     * re-attributed to the scope's name: MODULE.Type (or ENCLOSING_FN.Type), the name the impl's
     * methods are qualified with. Not exact for an impl inside an inline {@code mod m { }}: the
     * namespace segment is not known here; {@link #finish} repairs the common case (a type
     * defined in the same inline module). The exact fix is a core change: let a {@code @scope}
     * be a reference's {@code from}.
     */
    @Override
    public Reference adjustReference(Reference r) {
        if (r.rel() != RelType.IMPLEMENTS || r.receiver().isEmpty()) {
            return r;
        }
        String owner = r.from().endsWith(".rs") ? stripExtension(r.from()) : r.from();
        String from = owner.isEmpty() ? typeName(r.receiver()) : owner + "." + typeName(r.receiver());
        return new Reference(r.rel(), from, r.toName(), "", r.argCount(), r.line(), r.module(), r.alias(),
                r.context(), r.isStatic(), r.wildcard());
    }

    @Override
    public void finish(ExtractionContext context) {
        inheritVisibility(context.entities());
        dropUnnamedTypes(context.references());
        expandUses(context.references());
        implementsInInlineModules(context.entities(), context.references());
    }

    /**
     * An IMPLEMENTS reference of an impl inside an inline {@code mod m { }} was attributed to
     * MODULE.Type by {@link #adjustReference}; when no entity of the file is (or is the parent
     * named) MODULE.Type but exactly one is MODULE.(…).Type, that one is meant.
     */
    private static void implementsInInlineModules(List<Entity> entities, List<Reference> refs) {
        Set<String> names = null;
        for (int i = 0; i < refs.size(); i++) {
            Reference r = refs.get(i);
            if (r.rel() != RelType.IMPLEMENTS) {
                continue;
            }
            if (names == null) {
                names = new java.util.HashSet<>();
                for (Entity e : entities) {
                    names.add(e.qualifiedName());
                    if (!e.parent().isEmpty()) {
                        names.add(e.parent());
                    }
                }
            }
            if (names.contains(r.from())) {
                continue;
            }
            int dot = r.from().lastIndexOf('.');
            if (dot <= 0) {
                continue;
            }
            String owner = r.from().substring(0, dot + 1);
            String type = r.from().substring(dot);
            String found = null;
            int count = 0;
            for (String n : names) {
                if (n.startsWith(owner) && n.endsWith(type)) {
                    found = n;
                    count++;
                }
            }
            if (count == 1) {
                refs.set(i, new Reference(r.rel(), found, r.toName(), r.receiver(), r.argCount(), r.line(), r.module(),
                        r.alias(), r.context(), r.isStatic(), r.wildcard()));
            }
        }
    }

    private static final Set<String> PRIMITIVES = Set.of("bool", "char", "str", "u8", "u16", "u32", "u64",
            "u128", "usize", "i8", "i16", "i32", "i64", "i128", "isize", "f32", "f64", "_", "!");
    private static final java.util.regex.Pattern TYPE_PATH =
            java.util.regex.Pattern.compile("(::)?[\\p{L}_][\\p{L}\\p{N}_]*(::[\\p{L}_][\\p{L}\\p{N}_]*)*");

    /** Type uses that name no type: primitives, tuples, fn pointers, "_", one-letter type parameters. */
    private static void dropUnnamedTypes(List<Reference> refs) {
        refs.removeIf(r -> r.rel() == RelType.USES_TYPE && !isTypeName(r.toName()));
    }

    static boolean isTypeName(String name) {
        if (name.isEmpty() || PRIMITIVES.contains(name)) {
            return false;
        }
        if (name.length() == 1 && Character.isUpperCase(name.charAt(0))) {
            return false;
        }
        return TYPE_PATH.matcher(name).matches();
    }

    /** Enum variants (and their fields) and trait items are as visible as their enum or trait. */
    private static void inheritVisibility(List<Entity> entities) {
        Map<String, Entity> byName = new HashMap<>();
        for (int i = 0; i < entities.size(); i++) {
            Entity e = entities.get(i);
            Entity parent = e.parent().isEmpty() ? null : byName.get(e.parent());
            if (parent != null && (parent.kind() == EntityKind.ENUM || parent.kind() == EntityKind.TRAIT
                    || parent.kind() == EntityKind.ENUM_MEMBER) && e.visibility() != parent.visibility()) {
                e = new Entity(e.kind(), e.name(), e.qualifiedName(), e.lineStart(), e.lineEnd(), e.signature(),
                        e.docstring(), parent.visibility(), e.annotations(), e.parent());
                entities.set(i, e);
            }
            byName.put(e.qualifiedName(), e);
        }
    }

    /** Replaces each captured {@code use} tree (context "use") by one import per leaf. */
    private static void expandUses(List<Reference> refs) {
        boolean any = false;
        for (Reference r : refs) {
            if (r.rel() == RelType.IMPORTS && "use".equals(r.context())) {
                any = true;
                break;
            }
        }
        if (!any) {
            return;
        }
        LinkedHashSet<Reference> out = new LinkedHashSet<>();
        for (Reference r : refs) {
            if (r.rel() != RelType.IMPORTS || !"use".equals(r.context())) {
                out.add(r);
                continue;
            }
            List<UseTree.Leaf> leaves = UseTree.parse(r.module());
            for (UseTree.Leaf leaf : leaves) {
                Reference x = new Reference(RelType.IMPORTS, r.from(), leaf.name(), "", -1, r.line() + leaf.lineOffset(),
                        leaf.module(), leaf.alias(), "", false, leaf.wildcard());
                out.add(x);
            }
        }
        refs.clear();
        refs.addAll(out);
    }
}
