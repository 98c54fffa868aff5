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

    @Override
    public String normalizeTypeName(String raw) {
        String s = raw.trim();
        while (s.startsWith("*")) {
            s = s.substring(1).trim();
        }
        return stripTypeArguments(s);
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
