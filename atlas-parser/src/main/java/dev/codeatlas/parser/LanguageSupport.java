package dev.codeatlas.parser;

import dev.codeatlas.model.EntityKind;
import dev.codeatlas.model.Reference;
import dev.codeatlas.model.Visibility;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.treesitter.TSLanguage;

/**
 * One language: its grammar, its query file and its naming rules. Subclasses live in a package
 * of their own ({@code dev.codeatlas.parser.lang.NAME}) next to a {@code tags.scm} resource and
 * are registered in {@link LanguageRegistry}. Everything that can be said in the query file is
 * said there; the hooks below cover what a query cannot express (how a path becomes a module
 * name, what modifiers mean).
 *
 * <p>Query capture conventions are documented in {@code docs/queries.md}.
 */
public abstract class LanguageSupport {

    private static final Pattern ANNOTATION = Pattern.compile("@([A-Za-z_][\\w.]*)");

    /** Lower-case language name used in JSON ("java", "typescript"). */
    public abstract String name();

    /** File extensions including the dot, lower case (".java"). */
    public abstract Set<String> extensions();

    /** Whole file names recognised regardless of extension (e.g. "Makefile"); empty by default. */
    public Set<String> fileNames() {
        return Set.of();
    }

    /** A fresh grammar handle; called once per thread. */
    public abstract TSLanguage grammar();

    /**
     * Whether this language is parsed with tree-sitter. A language whose grammar is unfit for
     * untrusted input returns false and implements {@link #scan(ExtractionContext)} instead.
     */
    public boolean usesTreeSitter() {
        return true;
    }

    /** Extraction without tree-sitter: fills the context's lists from the source text. */
    public void scan(ExtractionContext context) {
        throw new UnsupportedOperationException(name() + " is parsed with tree-sitter");
    }

    /** The query source; by default {@code tags.scm} beside the subclass. */
    public String querySource() {
        return resource(getClass(), "tags.scm");
    }

    /**
     * The module prefix of a file's qualified names. {@code packageName} is the text of the
     * {@code @package} capture, or "" when the file declares none. Default: the path without its
     * extension ("src/app/main.ts" becomes "src/app/main").
     */
    public String modulePrefix(String relativePath, String packageName) {
        if (!packageName.isEmpty()) {
            return packageName;
        }
        return stripExtension(relativePath);
    }

    /**
     * Splits a definition's name as written into qualified-name segments. Default: one segment.
     * C++ splits {@code Foo::bar}; a language with dotted definitions may split on '.'.
     */
    public List<String> nameSegments(String rawName) {
        return List.of(rawName);
    }

    /** Normalises an explicit parent type name ({@code @parent_name}), e.g. Go's {@code *Router[T]}. */
    public String normalizeParentName(String raw) {
        return stripTypeArguments(raw.replace("*", "").replace("&", "").trim());
    }

    /** Normalises a type name as written in a supertype or type-use reference. */
    public String normalizeTypeName(String raw) {
        return stripTypeArguments(raw.trim());
    }

    /** Visibility from modifier text and the name (for naming conventions). */
    public Visibility visibility(String name, String modifiers) {
        String m = " " + modifiers.toLowerCase(Locale.ROOT) + " ";
        if (m.contains(" public ") || m.contains("public ")) {
            return Visibility.PUBLIC;
        }
        if (m.contains(" private ")) {
            return Visibility.PRIVATE;
        }
        if (m.contains(" protected ")) {
            return Visibility.PROTECTED;
        }
        if (m.contains(" internal ")) {
            return Visibility.INTERNAL;
        }
        return Visibility.UNKNOWN;
    }

    /**
     * Visibility knowing what encloses the definition (null at top level); by default the
     * two-argument rule. Java makes interface members public without saying so.
     */
    public Visibility visibility(String name, String modifiers, EntityKind enclosing) {
        return visibility(name, modifiers);
    }

    /** Annotations or decorators named in modifier text; default finds {@code @Name}. */
    public List<String> annotations(String modifiers) {
        if (modifiers.indexOf('@') < 0) {
            return List.of();
        }
        Matcher matcher = ANNOTATION.matcher(modifiers);
        java.util.ArrayList<String> out = new java.util.ArrayList<>();
        while (matcher.find()) {
            out.add(matcher.group(1));
        }
        return out;
    }

    /**
     * The kind a definition ends up with, given the label of what encloses it. Default: a
     * function directly inside a type (or a type-like scope) is a method.
     */
    public EntityKind adjustKind(EntityKind kind, String name, String modifiers, EntityKind enclosing, boolean inTypeScope) {
        if (kind == EntityKind.FUNCTION && (inTypeScope || (enclosing != null
                && enclosing.label() == dev.codeatlas.model.Label.TYPE_DEF))) {
            return EntityKind.METHOD;
        }
        return kind;
    }

    /** Comment markers used to find a definition's leading comment. */
    public CommentStyle commentStyle() {
        return CommentStyle.C_LIKE;
    }

    /** Cleans a {@code @doc} capture (e.g. a Python docstring literal). */
    public String cleanDocString(String raw) {
        return commentStyle().clean(raw);
    }

    /** Rewrites one raw reference as the language means it (e.g. splits a Java import path); default: as is. */
    public Reference adjustReference(Reference reference) {
        return reference;
    }

    /**
     * The language that should parse this content; by default this one. A language sharing an
     * extension with another (C and C++ share ".h") may hand the file over after a look at it.
     */
    public LanguageSupport forContent(String path, byte[] content, LanguageRegistry registry) {
        return this;
    }

    /**
     * The bytes the parser sees, same length as the source so every offset stays valid (e.g.
     * export macros blanked out); captured text is always read from the original.
     */
    public byte[] parseBytes(byte[] source) {
        return source;
    }

    /** Hook to post-process the whole result (e.g. Markdown sections); default does nothing. */
    public void finish(ExtractionContext context) {
    }

    // ---- helpers for subclasses ----

    protected static String stripExtension(String path) {
        int slash = path.lastIndexOf('/');
        int dot = path.lastIndexOf('.');
        return dot > slash + 1 ? path.substring(0, dot) : path;
    }

    /**
     * Modifier text without parenthesised parts and string literals (annotation arguments), so
     * a keyword inside {@code @Ann("private")} does not count as a modifier.
     */
    protected static String withoutParenthesized(String modifiers) {
        if (modifiers.indexOf('(') < 0 && modifiers.indexOf('"') < 0) {
            return modifiers;
        }
        StringBuilder b = new StringBuilder(modifiers.length());
        int depth = 0;
        boolean inString = false;
        for (int i = 0; i < modifiers.length(); i++) {
            char c = modifiers.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
                continue;
            }
            if (c == '"') {
                inString = true;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth = Math.max(0, depth - 1);
                b.append(' ');
            } else if (depth == 0) {
                b.append(c);
            }
        }
        return b.toString();
    }

    public static String stripTypeArguments(String s) {
        int lt = indexOfAny(s, '<', '[');
        return lt > 0 ? s.substring(0, lt).trim() : s;
    }

    private static int indexOfAny(String s, char a, char b) {
        int i = s.indexOf(a);
        int j = s.indexOf(b);
        if (i < 0) {
            return j;
        }
        return j < 0 ? i : Math.min(i, j);
    }

    public static String resource(Class<?> owner, String name) {
        try (InputStream in = owner.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name + " beside " + owner.getName());
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String toString() {
        return name();
    }
}
