package dev.codeatlas.parser.lang.python;

import dev.codeatlas.model.Entity;
import dev.codeatlas.model.EntityKind;
import dev.codeatlas.model.Reference;
import dev.codeatlas.model.RelType;
import dev.codeatlas.model.Visibility;
import dev.codeatlas.parser.CommentStyle;
import dev.codeatlas.parser.ExtractionContext;
import dev.codeatlas.parser.LanguageSupport;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.treesitter.TSLanguage;
import org.treesitter.TreeSitterPython;

/**
 * Python: qualified names start with the dotted module path ({@code src/flask/app.py} is
 * {@code src.flask.app}, {@code pkg/__init__.py} is {@code pkg}). Functions in a class are methods,
 * {@code __init__} is the constructor; UPPER_CASE module names are constants. A leading underscore
 * makes a name private (dunder names stay public). Decorators are the annotations
 * ({@code @app.route("/")} is {@code app.route}).
 *
 * <p>Imports: {@code from m import a as b} is module {@code m}, name {@code a}, alias {@code b}
 * (relative modules keep their dots: {@code ..pkg.mod}, {@code .}); {@code import a.b as c} is
 * split like Java, module {@code a}, name {@code b}, alias {@code c} (so it reads the same as
 * {@code from a import b as c}); {@code import os} is module "", name {@code os};
 * {@code from m import *} is module {@code m} with the wildcard flag.
 */
public final class PythonLanguage extends LanguageSupport {

    private static final CommentStyle STYLE = CommentStyle.HASH.withSkippable("@");

    @Override
    public String name() {
        return "python";
    }

    @Override
    public Set<String> extensions() {
        return Set.of(".py", ".pyi");
    }

    @Override
    public TSLanguage grammar() {
        return new TreeSitterPython();
    }

    @Override
    public String modulePrefix(String relativePath, String packageName) {
        String p = stripExtension(relativePath);
        if (p.equals("__init__")) {
            return "";
        }
        if (p.endsWith("/__init__")) {
            p = p.substring(0, p.length() - "/__init__".length());
        }
        return p.replace('/', '.');
    }

    @Override
    public Visibility visibility(String name, String modifiers) {
        if (name.startsWith("_") && !(name.length() > 4 && name.startsWith("__") && name.endsWith("__"))) {
            return Visibility.PRIVATE;
        }
        return Visibility.PUBLIC;
    }

    /** Decorator names: the dotted name after each top-level '@' ({@code @a.b(x)} is "a.b"). */
    @Override
    public List<String> annotations(String modifiers) {
        if (modifiers.indexOf('@') < 0) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        int depth = 0;
        char quote = 0;
        int n = modifiers.length();
        for (int i = 0; i < n; i++) {
            char c = modifiers.charAt(i);
            if (quote != 0) {
                if (c == '\\') {
                    i++;
                } else if (c == quote) {
                    quote = 0;
                }
                continue;
            }
            switch (c) {
                case '\'', '"' -> quote = c;
                case '(', '[', '{' -> depth++;
                case ')', ']', '}' -> depth = Math.max(0, depth - 1);
                case '@' -> {
                    if (depth == 0) {
                        int j = i + 1;
                        while (j < n && Character.isWhitespace(modifiers.charAt(j))) {
                            j++;
                        }
                        int start = j;
                        while (j < n && (Character.isJavaIdentifierPart(modifiers.charAt(j)) || modifiers.charAt(j) == '.'
                                || Character.isWhitespace(modifiers.charAt(j)) && nextNonSpace(modifiers, j) == '.')) {
                            j++;
                        }
                        String name = modifiers.substring(start, j).replaceAll("\\s+", "");
                        if (!name.isEmpty()) {
                            out.add(name);
                        }
                        i = j - 1;
                    }
                }
                default -> { }
            }
        }
        return out;
    }

    private static char nextNonSpace(String s, int from) {
        for (int k = from; k < s.length(); k++) {
            if (!Character.isWhitespace(s.charAt(k))) {
                return s.charAt(k);
            }
        }
        return 0;
    }

    @Override
    public EntityKind adjustKind(EntityKind kind, String name, String modifiers, EntityKind enclosing, boolean inTypeScope) {
        EntityKind k = super.adjustKind(kind, name, modifiers, enclosing, inTypeScope);
        if (k == EntityKind.METHOD && name.equals("__init__")) {
            return EntityKind.CONSTRUCTOR;
        }
        if (k == EntityKind.VARIABLE && isUpperCase(name)) {
            return EntityKind.CONSTANT;
        }
        return k;
    }

    private static boolean isUpperCase(String name) {
        boolean letter = false;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            letter |= Character.isUpperCase(c);
        }
        return letter;
    }

    @Override
    public CommentStyle commentStyle() {
        return STYLE;
    }

    /** A docstring literal: prefix and quotes stripped, then dedented like {@code inspect.cleandoc}. */
    @Override
    public String cleanDocString(String raw) {
        String s = raw.strip();
        int p = 0;
        while (p < s.length() && p < 3 && "rRuUbBfF".indexOf(s.charAt(p)) >= 0) {
            p++;
        }
        s = s.substring(p);
        for (String q : new String[] {"\"\"\"", "'''", "\"", "'"}) {
            if (s.startsWith(q)) {
                s = s.substring(q.length());
                if (s.endsWith(q)) {
                    s = s.substring(0, s.length() - q.length());
                }
                break;
            }
        }
        String[] lines = s.split("\r?\n", -1);
        int indent = Integer.MAX_VALUE;
        for (int i = 1; i < lines.length; i++) {
            String l = lines[i].replace("\t", "        ");
            lines[i] = l;
            int lead = 0;
            while (lead < l.length() && l.charAt(lead) == ' ') {
                lead++;
            }
            if (lead < l.length()) {
                indent = Math.min(indent, lead);
            }
        }
        List<String> out = new ArrayList<>(lines.length);
        out.add(lines[0].strip());
        for (int i = 1; i < lines.length; i++) {
            String l = lines[i];
            l = indent != Integer.MAX_VALUE && l.length() >= indent ? l.substring(indent) : l.strip();
            out.add(l.stripTrailing());
        }
        while (!out.isEmpty() && out.get(0).isEmpty()) {
            out.remove(0);
        }
        while (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) {
            out.remove(out.size() - 1);
        }
        return String.join("\n", out);
    }

    /** Drops string quotes of forward references; {@code Optional[Foo]} is {@code Optional}. */
    @Override
    public String normalizeTypeName(String raw) {
        String s = raw.strip();
        if (s.length() >= 2 && (s.charAt(0) == '"' || s.charAt(0) == '\'') && s.charAt(s.length() - 1) == s.charAt(0)) {
            s = s.substring(1, s.length() - 1).strip();
        }
        return stripTypeArguments(s);
    }

    @Override
    public Reference adjustReference(Reference r) {
        if (r.rel() != RelType.IMPORTS) {
            return r;
        }
        if (r.wildcard()) {
            return withName(r, "", r.module());
        }
        if (!r.toName().startsWith("import") || r.toName().length() < 7
                || !Character.isWhitespace(r.toName().charAt(6))) {
            return r; // from-import: module and name captured as written
        }
        // `import a.b [as c]` (no @name, so toName is the statement): split the path like Java
        String path = r.module().replaceAll("\\s+", "");
        int dot = path.lastIndexOf('.');
        return withName(r, path.substring(dot + 1), dot < 0 ? "" : path.substring(0, dot));
    }

    /** Drops comments from signatures ({@code def f(self):  # noqa} is {@code def f(self)}). */
    @Override
    public void finish(ExtractionContext context) {
        List<Entity> entities = context.entities();
        for (int i = 0; i < entities.size(); i++) {
            Entity e = entities.get(i);
            String sig = withoutComment(e.signature());
            if (!sig.equals(e.signature())) {
                entities.set(i, new Entity(e.kind(), e.name(), e.qualifiedName(), e.lineStart(), e.lineEnd(), sig,
                        e.docstring(), e.visibility(), e.annotations(), e.parent()));
            }
        }
    }

    /** Cuts a signature at the first '#' outside string literals; trailing ':' goes too. */
    static String withoutComment(String signature) {
        if (signature.indexOf('#') < 0) {
            return signature;
        }
        char quote = 0;
        for (int i = 0; i < signature.length(); i++) {
            char c = signature.charAt(i);
            if (quote != 0) {
                if (c == '\\') {
                    i++;
                } else if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '#') {
                String s = signature.substring(0, i).strip();
                while (s.endsWith(":") || s.endsWith("=") || s.endsWith("{") || s.endsWith(";")) {
                    s = s.substring(0, s.length() - 1).strip();
                }
                return s;
            }
        }
        return signature;
    }

    private static Reference withName(Reference r, String name, String module) {
        return new Reference(r.rel(), r.from(), name, "", -1, r.line(), module, r.alias(), r.context(), false, r.wildcard());
    }
}
