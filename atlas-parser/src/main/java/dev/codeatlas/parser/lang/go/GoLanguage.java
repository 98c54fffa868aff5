package dev.codeatlas.parser.lang.go;

import dev.codeatlas.model.Entity;
import dev.codeatlas.model.EntityKind;
import dev.codeatlas.model.Reference;
import dev.codeatlas.model.RelType;
import dev.codeatlas.model.Visibility;
import dev.codeatlas.parser.ExtractionContext;
import dev.codeatlas.parser.LanguageSupport;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.treesitter.TSLanguage;
import org.treesitter.TreeSitterGo;

/**
 * Go: the module prefix is the file's directory ({@code cmd/tool/main.go} gives {@code cmd/tool});
 * files at the repository root use the declared package name. Methods are qualified by their
 * receiver type ({@code func (s *Server[T]) Start()} is {@code cmd/tool.Server.Start}).
 * Visibility follows capitalisation. An import's name is the package's default local name (the
 * last path element, skipping a major-version suffix such as {@code /v2}); dot and blank imports
 * carry the alias "." or "_" (a dot import is also a wildcard). A package-level
 * {@code var f = func(...) {...}} is a function named f. Compiler directives in a doc comment
 * ({@code //go:generate ...}, {@code //nolint:x}) are not part of the doc.
 */
public final class GoLanguage extends LanguageSupport {

    /** A directive line once the comment marker is gone: "go:generate x", "nolint:govet". */
    private static final Pattern DIRECTIVE = Pattern.compile("^[a-z0-9]+:[a-z0-9].*$");

    @Override
    public String name() {
        return "go";
    }

    @Override
    public Set<String> extensions() {
        return Set.of(".go");
    }

    @Override
    public TSLanguage grammar() {
        return new TreeSitterGo();
    }

    @Override
    public String modulePrefix(String relativePath, String packageName) {
        int slash = relativePath.lastIndexOf('/');
        if (slash > 0) {
            return relativePath.substring(0, slash);
        }
        return packageName.isEmpty() ? stripExtension(relativePath.substring(slash + 1)) : packageName;
    }

    @Override
    public String normalizeParentName(String raw) {
        String s = raw.replace("*", "").replace("(", "").replace(")", "").trim();
        return stripTypeArguments(s);
    }

    /**
     * A type as written reduced to the name it uses: {@code *T}, {@code []T}, {@code [N]T},
     * {@code ...T}, {@code chan T}, {@code <-chan T} are {@code T}; {@code map[K]V} is {@code V};
     * {@code G[T]} is {@code G}; {@code pkg.T} stays. A type literal without a name
     * ({@code func(..)}, {@code struct{..}}, {@code interface{..}}, a result list) gives "",
     * dropped by {@link #finish}.
     */
    @Override
    public String normalizeTypeName(String raw) {
        String s = raw.strip();
        for (int guard = 0; guard < 20; guard++) {
            String before = s;
            if (s.startsWith("*")) {
                s = s.substring(1).strip();
            } else if (s.startsWith("...")) {
                s = s.substring(3).strip();
            } else if (s.startsWith("<-chan") || s.startsWith("chan<-")) {
                s = s.substring(6).strip();
            } else if (s.startsWith("chan ") || s.startsWith("chan\t")) {
                s = s.substring(5).strip();
            } else if (s.startsWith("[")) { // []T, [N]T, [...]T
                int close = matching(s, 0);
                s = close < 0 ? "" : s.substring(close + 1).strip();
            } else if (s.startsWith("map[")) {
                int close = matching(s, 3);
                s = close < 0 ? "" : s.substring(close + 1).strip();
            } else if (s.startsWith("(")) { // (T) or a result list
                int close = matching(s, 0);
                String inner = close < 0 ? "" : s.substring(1, close);
                s = inner.indexOf(',') >= 0 || inner.indexOf(' ') >= 0 ? "" : inner.strip();
            }
            if (s.equals(before)) {
                break;
            }
        }
        return stripTypeArguments(s);
    }

    /** Index of the bracket closing the one at {@code open}, or -1. */
    private static int matching(String s, int open) {
        char o = s.charAt(open);
        char c = o == '[' ? ']' : o == '(' ? ')' : '}';
        int depth = 0;
        for (int i = open; i < s.length(); i++) {
            char x = s.charAt(i);
            if (x == o) {
                depth++;
            } else if (x == c && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    private static final Set<String> PREDECLARED = Set.of("any", "bool", "byte", "comparable", "complex64",
            "complex128", "error", "float32", "float64", "int", "int8", "int16", "int32", "int64", "rune",
            "string", "uint", "uint8", "uint16", "uint32", "uint64", "uintptr");
    private static final Pattern TYPE_NAME = Pattern.compile("[\\p{L}_][\\p{L}\\p{N}_]*(\\.[\\p{L}_][\\p{L}\\p{N}_]*)?");

    /** A type use that names a declared type: not predeclared, not a type parameter (one capital letter), not a literal. */
    static boolean isTypeName(String name) {
        if (name.isEmpty() || PREDECLARED.contains(name)) {
            return false;
        }
        if (name.length() == 1 && Character.isUpperCase(name.charAt(0))) {
            return false;
        }
        return TYPE_NAME.matcher(name).matches();
    }

    @Override
    public Visibility visibility(String name, String modifiers) {
        if (name.isEmpty()) {
            return Visibility.UNKNOWN;
        }
        return Character.isUpperCase(name.codePointAt(0)) ? Visibility.PUBLIC : Visibility.PRIVATE;
    }

    /** Go has no annotations; @modifiers only carries a variable's function literal. */
    @Override
    public List<String> annotations(String modifiers) {
        return List.of();
    }

    @Override
    public EntityKind adjustKind(EntityKind kind, String name, String modifiers, EntityKind enclosing, boolean inTypeScope) {
        if (kind == EntityKind.VARIABLE && modifiers.startsWith("func")) {
            return EntityKind.FUNCTION;
        }
        return kind; // methods are captured as methods; nothing else changes with its context
    }

    @Override
    public void finish(ExtractionContext context) {
        context.references().removeIf(r -> r.rel() == RelType.USES_TYPE && !isTypeName(r.toName()));
        List<Entity> entities = context.entities();
        for (int i = 0; i < entities.size(); i++) {
            Entity e = entities.get(i);
            if (e.docstring().indexOf(':') < 0) {
                continue;
            }
            String doc = stripDirectives(e.docstring());
            if (!doc.equals(e.docstring())) {
                entities.set(i, new Entity(e.kind(), e.name(), e.qualifiedName(), e.lineStart(), e.lineEnd(),
                        e.signature(), doc, e.visibility(), e.annotations(), e.parent()));
            }
        }
    }

    static String stripDirectives(String doc) {
        StringBuilder out = new StringBuilder(doc.length());
        for (String line : doc.split("\n", -1)) {
            if (DIRECTIVE.matcher(line).matches()) {
                continue;
            }
            if (out.length() > 0) {
                out.append('\n');
            }
            out.append(line);
        }
        return out.toString().strip();
    }

    @Override
    public Reference adjustReference(Reference r) {
        if (r.rel() != RelType.IMPORTS || r.module().isEmpty()) {
            return r;
        }
        return new Reference(r.rel(), r.from(), packageNameOf(r.module()), "", -1, r.line(), r.module(),
                r.alias(), r.context(), r.isStatic(), r.wildcard());
    }

    /** The default local name of an imported package: its last path element, version suffixes skipped. */
    static String packageNameOf(String path) {
        String[] parts = path.split("/");
        int i = parts.length - 1;
        if (i > 0 && parts[i].matches("v[0-9]+")) {
            i--;
        }
        String last = parts[i];
        if (path.startsWith("gopkg.in/")) {
            int dot = last.lastIndexOf(".v");
            if (dot > 0) {
                last = last.substring(0, dot);
            }
        }
        return last;
    }
}
