package dev.codeatlas.parser.lang.scala;

import dev.codeatlas.model.Entity;
import dev.codeatlas.model.EntityKind;
import dev.codeatlas.model.Reference;
import dev.codeatlas.model.RelType;
import dev.codeatlas.model.Visibility;
import dev.codeatlas.parser.ExtractionContext;
import dev.codeatlas.parser.EntityPolish;
import dev.codeatlas.parser.LanguageSupport;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.treesitter.TSLanguage;
import org.treesitter.TreeSitterScala;

/**
 * Scala 2 and 3: qualified names start with the package. Chained package clauses at the top of a
 * file ({@code package a.b} then {@code package c}) make the package {@code a.b.c}; a package
 * clause with a body ({@code package c { .. }}) qualifies what it contains. Default visibility
 * is public; {@code private[pkg]} is package visibility, {@code private[this]} private.
 * {@code def this(..)} is a constructor named after its class; the primary constructor is an
 * entity on the class name. Members ({@code val}/{@code var}, {@code val}/{@code var} class
 * parameters, case class parameters) are fields, top-level ones variables, {@code final val}s constants.
 * Imports: {@code import a.b.{C, D => E, _}} gives name C (module a.b), name D alias E, and a
 * wildcard import of a.b.
 */
public final class ScalaLanguage extends LanguageSupport {

    private static final Pattern ACCESS = Pattern.compile("\\b(private|protected)\\b\\s*(\\[\\s*([\\w.]+)\\s*\\])?");
    private static final Pattern FINAL_VAL = Pattern.compile("\\bfinal\\b.*\\bval\\b");
    /** Leading package clauses without a body, after comments. */
    private static final Pattern HEADER_PACKAGE = Pattern.compile(
            "\\G(?:\\s|//[^\\n]*\\n|/\\*(?:[^*]|\\*(?!/))*\\*/)*package\\s+(?!object\\b)([\\w.`]+)\\s*(?:;|(?=\\n))");

    @Override
    public String name() {
        return "scala";
    }

    @Override
    public Set<String> extensions() {
        return Set.of(".scala", ".sc");
    }

    @Override
    public TSLanguage grammar() {
        return new TreeSitterScala();
    }

    @Override
    public String modulePrefix(String relativePath, String packageName) {
        return clean(packageName);
    }

    private static String clean(String name) {
        return name.replaceAll("[\\s`]+", "");
    }

    @Override
    public List<String> nameSegments(String rawName) {
        if (rawName.length() > 1 && rawName.startsWith("`") && rawName.endsWith("`")) {
            return List.of(rawName.substring(1, rawName.length() - 1));
        }
        return List.of(rawName);
    }

    @Override
    public Visibility visibility(String name, String modifiers) {
        if (modifiers.isEmpty()) {
            return Visibility.PUBLIC;
        }
        Matcher m = ACCESS.matcher(withoutParenthesized(modifiers));
        if (!m.find()) {
            return Visibility.PUBLIC;
        }
        String qualifier = m.group(3);
        if (m.group(1).equals("protected")) {
            return Visibility.PROTECTED;
        }
        return qualifier == null || qualifier.equals("this") ? Visibility.PRIVATE : Visibility.PACKAGE;
    }

    @Override
    public List<String> annotations(String modifiers) {
        return super.annotations(withoutParenthesized(modifiers));
    }



    @Override
    public EntityKind adjustKind(EntityKind kind, String name, String modifiers, EntityKind enclosing, boolean inTypeScope) {
        if (kind == EntityKind.FIELD && enclosing == null && !inTypeScope) {
            return EntityKind.VARIABLE;
        }
        if (kind == EntityKind.FIELD && FINAL_VAL.matcher(withoutParenthesized(modifiers)).find()) {
            return EntityKind.CONSTANT;
        }
        return super.adjustKind(kind, name, modifiers, enclosing, inTypeScope);
    }

    @Override
    public String normalizeTypeName(String raw) {
        return stripTypeArguments(raw.trim()).replace("`", "").replaceAll("\\s+", "");
    }

    @Override
    public Reference adjustReference(Reference r) {
        if (r.rel() != RelType.IMPORTS) {
            return r;
        }
        String text = r.module();
        if (text.startsWith("import")) {
            text = text.substring("import".length());
        }
        String name = r.wildcard() ? "" : clean(r.toName());
        String module = importPath(text, name, r.wildcard());
        return new Reference(r.rel(), r.from(), name, "", -1, r.line(), module,
                clean(r.alias()), r.context(), false, r.wildcard());
    }

    /**
     * The module of one imported name in the text of an import declaration, which may hold
     * several clauses ({@code a.B, c.{D, E => F}}): for a selector, the path before its braces;
     * for a plain path, the path without its last segment; for a wildcard, the path before it.
     */
    static String importPath(String text, String name, boolean wildcard) {
        List<String> clauses = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth--;
            } else if (c == ',' && depth == 0) {
                clauses.add(text.substring(start, i));
                start = i + 1;
            }
        }
        clauses.add(text.substring(start));
        String fallback = "";
        for (String raw : clauses) {
            String clause = clean(raw);
            int brace = raw.indexOf('{');
            if (brace >= 0) {
                String path = trimDot(clean(raw.substring(0, brace)));
                int close = raw.lastIndexOf('}');
                String selectors = raw.substring(brace + 1, close > brace ? close : raw.length());
                for (String sel : selectors.split(",")) {
                    String first = clean(sel.split("=>|\\sas\\s", 2)[0]);
                    if (wildcard ? (first.equals("_") || first.equals("*") || first.equals("given")) : first.equals(name)) {
                        return path;
                    }
                }
                continue;
            }
            if (wildcard) {
                if (clause.endsWith("._") || clause.endsWith(".*")) {
                    return clause.substring(0, clause.length() - 2);
                }
                continue;
            }
            if (clause.equals(name)) {
                return "";
            }
            if (clause.endsWith("." + name)) {
                return clause.substring(0, clause.length() - name.length() - 1);
            }
            if (fallback.isEmpty()) {
                fallback = clause;
            }
        }
        return fallback;
    }

    private static String trimDot(String s) {
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }

    /** Joins chained package clauses ({@code package a.b} + {@code package c}) into the prefix. */
    @Override
    public void finish(ExtractionContext context) {
        trimLineEnds(context);
        EntityPolish.apply(context);
        String src = context.source().text(0, Math.min(context.source().bytes().length, 8192));
        Matcher m = HEADER_PACKAGE.matcher(src);
        List<String> parts = new ArrayList<>();
        while (m.find()) {
            parts.add(clean(m.group(1)));
        }
        if (parts.size() < 2) {
            return;
        }
        String first = parts.get(0);
        String full = String.join(".", parts);
        List<Entity> entities = context.entities();
        for (int i = 0; i < entities.size(); i++) {
            Entity e = entities.get(i);
            entities.set(i, new Entity(e.kind(), e.name(), requalify(e.qualifiedName(), first, full),
                    e.lineStart(), e.lineEnd(), e.signature(), e.docstring(), e.visibility(), e.annotations(),
                    requalify(e.parent(), first, full)));
        }
        List<Reference> refs = context.references();
        for (int i = 0; i < refs.size(); i++) {
            Reference r = refs.get(i);
            String from = requalify(r.from(), first, full);
            if (!from.equals(r.from())) {
                refs.set(i, new Reference(r.rel(), from, r.toName(), r.receiver(), r.argCount(), r.line(), r.module(),
                        r.alias(), r.context(), r.isStatic(), r.wildcard()));
            }
        }
    }

    /** Lines that start something after a definition rather than end it. */
    private static final Pattern FOLLOWER = Pattern.compile(
            "(?:(?:def|val|var|lazy|type|class|object|trait|case|enum|given|extension|import|export|package"
            + "|override|private|protected|final|implicit|sealed|abstract|inline|opaque|transparent|open)\\b|@|/\\*|\\*|//|[})\\]]).*");

    /**
     * The grammar ends a definition whose body is an indented expression where the next token
     * starts (after blank lines and comments, on the next definition's line); this moves the end
     * back over lines that start the next thing: blank lines, comments, and lines indented no
     * deeper than the definition that start a definition (or close an enclosing block).
     */
    private static void trimLineEnds(ExtractionContext context) {
        List<Entity> entities = context.entities();
        for (int i = 0; i < entities.size(); i++) {
            Entity e = entities.get(i);
            if (e.lineEnd() <= e.lineStart()) {
                continue;
            }
            int indent = indentation(context.source().lineText(e.lineStart()));
            int end = e.lineEnd();
            while (end > e.lineStart()) {
                String line = context.source().lineText(end);
                String t = line.strip();
                int ind = indentation(line);
                boolean closerOfParent = (t.startsWith("}") || t.startsWith(")") || t.startsWith("]")) && ind < indent;
                boolean follower = ind <= indent && FOLLOWER.matcher(t).matches()
                        && !(t.startsWith("}") || t.startsWith(")") || t.startsWith("]"));
                boolean comment = t.startsWith("/*") || t.startsWith("*") || t.startsWith("//");
                if (t.isEmpty() || closerOfParent || follower || comment) {
                    end--;
                } else {
                    break;
                }
            }
            if (end != e.lineEnd()) {
                entities.set(i, new Entity(e.kind(), e.name(), e.qualifiedName(), e.lineStart(), end, e.signature(),
                        e.docstring(), e.visibility(), e.annotations(), e.parent()));
            }
        }
    }

    private static int indentation(String line) {
        int n = 0;
        while (n < line.length() && (line.charAt(n) == ' ' || line.charAt(n) == '\t')) {
            n++;
        }
        return n;
    }

    private static String requalify(String qn, String first, String full) {
        if (qn.startsWith(first + ".")) {
            return full + qn.substring(first.length());
        }
        return qn;
    }
}
