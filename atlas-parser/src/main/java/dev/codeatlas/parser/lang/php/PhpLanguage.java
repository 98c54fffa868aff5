package dev.codeatlas.parser.lang.php;

import dev.codeatlas.model.Entity;
import dev.codeatlas.model.EntityKind;
import dev.codeatlas.model.Label;
import dev.codeatlas.model.Reference;
import dev.codeatlas.model.RelType;
import dev.codeatlas.model.Visibility;
import dev.codeatlas.parser.CommentStyle;
import dev.codeatlas.parser.ExtractionContext;
import dev.codeatlas.parser.LanguageSupport;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.ListIterator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.treesitter.TSLanguage;
import org.treesitter.TreeSitterPhp;

/**
 * PHP (the full grammar: {@code <?php} code mixed with HTML). Qualified names start with the
 * declared namespace, backslashes written as dots ({@code namespace App\Http;} gives
 * {@code App.Http.Controller.index}); a file without a namespace uses its path without extension.
 * Type names, import modules, {@code new} targets, qualified function names and class-name
 * receivers of static calls get the same treatment ({@code \Foo\Bar} becomes {@code Foo.Bar}).
 * Members without a visibility modifier are public, as PHP defines them. Properties keep their
 * {@code $} ({@code Order.$items}): PHP keeps them apart from methods, and {@code items()} next
 * to {@code $items} is common. {@code __construct} is a constructor; promoted constructor
 * parameters are also fields of the class.
 */
public final class PhpLanguage extends LanguageSupport {

    private static final CommentStyle STYLE = new CommentStyle(List.of("///", "//", "#"), "/*", "*/", List.of("#["));
    private static final Pattern CLASS_NAME = Pattern.compile("\\\\?[A-Za-z_\\x80-\\uffff][\\w\\x80-\\uffff]*(\\\\[A-Za-z_\\x80-\\uffff][\\w\\x80-\\uffff]*)*");
    private static final Set<String> RELATIVE_TYPES = Set.of("self", "static", "parent");

    @Override
    public String name() {
        return "php";
    }

    @Override
    public Set<String> extensions() {
        return Set.of(".php", ".phtml");
    }

    @Override
    public TSLanguage grammar() {
        return new TreeSitterPhp();
    }

    @Override
    public String modulePrefix(String relativePath, String packageName) {
        String ns = dotted(packageName);
        return ns.isEmpty() ? stripExtension(relativePath) : ns;
    }

    @Override
    public String normalizeTypeName(String raw) {
        return dotted(raw);
    }

    @Override
    public Visibility visibility(String name, String modifiers) {
        Visibility v = super.visibility(name, withoutAttributes(modifiers));
        return v == Visibility.UNKNOWN ? Visibility.PUBLIC : v;
    }

    /** Attribute names from {@code #[A(1), B\C]} groups, namespaces written with dots. */
    @Override
    public List<String> annotations(String modifiers) {
        List<String> out = new ArrayList<>();
        int i = modifiers.indexOf("#[");
        while (i >= 0) {
            int depth = 0;
            boolean expectName = true;
            int j = i + 2;
            for (; j < modifiers.length(); j++) {
                char c = modifiers.charAt(j);
                if (c == '\'' || c == '"') {
                    j = skipString(modifiers, j);
                } else if (c == '(' || c == '[' || c == '{') {
                    depth++;
                } else if (c == ')' || c == '}' || (c == ']' && depth > 0)) {
                    depth--;
                } else if (c == ']') {
                    break;
                } else if (c == ',' && depth == 0) {
                    expectName = true;
                } else if (expectName && depth == 0 && (c == '\\' || Character.isLetter(c) || c == '_')) {
                    int k = j;
                    while (k < modifiers.length() && (modifiers.charAt(k) == '\\'
                            || Character.isLetterOrDigit(modifiers.charAt(k)) || modifiers.charAt(k) == '_')) {
                        k++;
                    }
                    out.add(dotted(modifiers.substring(j, k)));
                    expectName = false;
                    j = k - 1;
                }
            }
            i = modifiers.indexOf("#[", j);
        }
        return out;
    }

    @Override
    public EntityKind adjustKind(EntityKind kind, String name, String modifiers, EntityKind enclosing, boolean inTypeScope) {
        if (kind == EntityKind.METHOD && name.equalsIgnoreCase("__construct")) {
            return EntityKind.CONSTRUCTOR;
        }
        return super.adjustKind(kind, name, modifiers, enclosing, inTypeScope);
    }

    @Override
    public CommentStyle commentStyle() {
        return STYLE;
    }

    @Override
    public Reference adjustReference(Reference r) {
        if (r.rel() == RelType.IMPORTS) {
            // `use A\B\C as D` -> module A.B, name C; grouped `use A\{B\C}` -> module A.B, name C
            String path = dotted(r.toName());
            String module = dotted(r.module());
            int dot = path.lastIndexOf('.');
            if (dot >= 0) {
                module = module.isEmpty() ? path.substring(0, dot) : module + "." + path.substring(0, dot);
                path = path.substring(dot + 1);
            }
            return new Reference(r.rel(), r.from(), path, "", -1, r.line(), module, r.alias(), r.context(), false, false);
        }
        if (r.rel() == RelType.CALLS) {
            String name = r.toName().indexOf('\\') >= 0 ? dotted(r.toName()) : r.toName();
            String receiver = r.receiver();
            boolean isStatic = false;
            if (!receiver.isEmpty() && CLASS_NAME.matcher(receiver).matches()) {
                receiver = dotted(receiver); // Foo::bar(), \A\B::bar(), self::/static::/parent::
                isStatic = true;
            }
            if (!name.equals(r.toName()) || !receiver.equals(r.receiver()) || isStatic) {
                return new Reference(r.rel(), r.from(), name, receiver, r.argCount(), r.line(), r.module(), r.alias(),
                        r.context(), isStatic, r.wildcard());
            }
        }
        return r;
    }

    /**
     * {@code new self} / {@code new static} name the enclosing class: written as its qualified
     * name. {@code self}, {@code static}, {@code parent} as type uses are dropped (the index cannot
     * resolve them by name and they add nothing).
     */
    @Override
    public void finish(ExtractionContext context) {
        context.references().removeIf(r -> r.rel() == RelType.USES_TYPE
                && RELATIVE_TYPES.contains(r.toName().toLowerCase(Locale.ROOT)));
        Map<String, Entity> byName = null;
        for (ListIterator<Reference> it = context.references().listIterator(); it.hasNext(); ) {
            Reference r = it.next();
            if (r.rel() != RelType.CALLS || !"new".equals(r.context())
                    || !(r.toName().equalsIgnoreCase("self") || r.toName().equalsIgnoreCase("static"))) {
                continue;
            }
            if (byName == null) {
                byName = new HashMap<>();
                for (Entity e : context.entities()) {
                    byName.put(e.qualifiedName(), e);
                }
            }
            Entity e = byName.get(r.from());
            while (e != null && e.label() != Label.TYPE_DEF) {
                e = byName.get(e.parent());
            }
            if (e != null) {
                it.set(new Reference(r.rel(), r.from(), e.qualifiedName(), r.receiver(), r.argCount(), r.line(),
                        r.module(), r.alias(), r.context(), r.isStatic(), r.wildcard()));
            }
        }
    }

    /** {@code \App\Http} -> {@code App.Http}. */
    static String dotted(String raw) {
        String s = raw.strip();
        while (s.startsWith("\\")) {
            s = s.substring(1);
        }
        return s.replace('\\', '.');
    }

    private static String withoutAttributes(String modifiers) {
        if (!modifiers.contains("#[")) {
            return modifiers;
        }
        // attribute arguments may hold words like "public"; keep only text outside #[...]
        StringBuilder b = new StringBuilder();
        int depth = 0;
        for (int i = 0; i < modifiers.length(); i++) {
            char c = modifiers.charAt(i);
            if (depth == 0 && c == '#' && i + 1 < modifiers.length() && modifiers.charAt(i + 1) == '[') {
                depth = 1;
                i++;
            } else if (depth > 0) {
                if (c == '\'' || c == '"') {
                    i = skipString(modifiers, i);
                } else if (c == '[') {
                    depth++;
                } else if (c == ']') {
                    depth--;
                }
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    private static int skipString(String s, int start) {
        char q = s.charAt(start);
        int i = start + 1;
        while (i < s.length() && s.charAt(i) != q) {
            if (s.charAt(i) == '\\') {
                i++;
            }
            i++;
        }
        return Math.min(i, s.length() - 1);
    }
}
