package dev.codeatlas.parser.lang.csharp;

import dev.codeatlas.model.Entity;
import dev.codeatlas.model.EntityKind;
import dev.codeatlas.model.Label;
import dev.codeatlas.model.Reference;
import dev.codeatlas.model.RelType;
import dev.codeatlas.model.Visibility;
import dev.codeatlas.parser.ExtractionContext;
import dev.codeatlas.parser.EntityPolish;
import dev.codeatlas.parser.LanguageSupport;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.treesitter.TSLanguage;
import org.treesitter.TreeSitterCSharp;

/**
 * C#: qualified names start with the namespace (file-scoped {@code namespace A.B;} is the module
 * prefix, block namespaces qualify what they contain; no namespace: the global namespace, no
 * prefix). {@code using A.B;} is a wildcard import of namespace {@code A.B}, {@code using static
 * A.B;} a static wildcard import of type {@code A.B}, {@code using X = A.B.C;} imports {@code C}
 * from {@code A.B} as {@code X}.
 *
 * <p>Modifier text holds attribute lists ({@code [Serializable]}) and keywords; attributes become
 * annotations. Members without an access keyword get C#'s defaults in {@link #finish}: private in
 * classes, structs and records, public in interfaces and enums, internal for top-level types,
 * private for nested types. XML doc comments ({@code ///}) lose their tags.
 */
public final class CSharpLanguage extends LanguageSupport {

    private static final Pattern XML_TAG = Pattern.compile("</?[A-Za-z][^>]*?/?>");
    private static final Pattern PARAM = Pattern.compile("<(?:param|typeparam)\\s+name=\"([^\"]*)\"\\s*>");
    private static final Pattern RETURNS = Pattern.compile("<returns>");
    private static final Pattern CREF = Pattern.compile("<(?:see|seealso|paramref|typeparamref)\\s+(?:cref|name|langword)=\"(?:[A-Z]:)?([^\"]*)\"\\s*/>");

    @Override
    public String name() {
        return "csharp";
    }

    @Override
    public Set<String> extensions() {
        return Set.of(".cs");
    }

    @Override
    public TSLanguage grammar() {
        return new TreeSitterCSharp();
    }

    @Override
    public String modulePrefix(String relativePath, String packageName) {
        return packageName.replaceAll("\\s+", "");
    }

    /** Operators are named as written after the keyword: {@code operator ==}, {@code implicit operator}. */
    @Override
    public List<String> nameSegments(String rawName) {
        if (rawName.equals("implicit") || rawName.equals("explicit")) {
            return List.of(rawName + " operator");
        }
        if (!rawName.isEmpty() && !Character.isLetterOrDigit(rawName.charAt(0)) && rawName.charAt(0) != '_'
                && rawName.charAt(0) != '@') {
            return List.of("operator " + rawName);
        }
        return List.of(rawName);
    }

    @Override
    public String normalizeTypeName(String raw) {
        String s = raw.trim();
        if (s.startsWith("global::")) {
            s = s.substring("global::".length());
        }
        s = stripTypeArguments(s);
        while (s.endsWith("?")) {
            s = s.substring(0, s.length() - 1);
        }
        return s.trim();
    }

    @Override
    public Visibility visibility(String name, String modifiers) {
        String k = " " + keywords(modifiers) + " ";
        if (k.contains(" public ")) {
            return Visibility.PUBLIC;
        }
        if (k.contains(" private ")) {
            return Visibility.PRIVATE; // also "private protected"
        }
        if (k.contains(" protected ")) {
            return Visibility.PROTECTED; // also "protected internal"
        }
        if (k.contains(" internal ")) {
            return Visibility.INTERNAL;
        }
        if (k.contains(" record ") || k.contains(" class ") || k.contains(" struct ")) {
            return Visibility.PUBLIC; // primary constructor, positional record parameter (see tags.scm)
        }
        return Visibility.UNKNOWN; // default filled in by finish()
    }

    @Override
    public List<String> annotations(String modifiers) {
        if (modifiers.indexOf('[') < 0) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        int depth = 0; // nesting of () inside an attribute list
        boolean inList = false;
        boolean expectName = false;
        for (int i = 0; i < modifiers.length(); i++) {
            char c = modifiers.charAt(i);
            if (c == '"') {
                i = skipString(modifiers, i);
                continue;
            }
            if (!inList) {
                if (c == '[') {
                    inList = true;
                    expectName = true;
                }
                continue;
            }
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (depth == 0 && c == ']') {
                inList = false;
            } else if (depth == 0 && c == ',') {
                expectName = true;
            } else if (depth == 0 && expectName && (Character.isLetter(c) || c == '_' || c == '@')) {
                int j = i;
                while (j < modifiers.length() && (Character.isLetterOrDigit(modifiers.charAt(j))
                        || modifiers.charAt(j) == '_' || modifiers.charAt(j) == '.' || modifiers.charAt(j) == '@'
                        || modifiers.charAt(j) == ':')) {
                    j++;
                }
                String n = modifiers.substring(i, j);
                if (n.endsWith(":") && !n.endsWith("::")) {
                    i = j - 1; // attribute target "assembly:", "return:"
                    continue;
                }
                if (n.startsWith("global::")) {
                    n = n.substring("global::".length());
                }
                if (n.startsWith("@")) {
                    n = n.substring(1);
                }
                out.add(n);
                expectName = false;
                i = j - 1;
            }
        }
        return out;
    }

    /** Modifier keywords without the attribute lists. */
    private static String keywords(String modifiers) {
        if (modifiers.indexOf('[') < 0) {
            return modifiers;
        }
        StringBuilder b = new StringBuilder();
        int depth = 0;
        for (int i = 0; i < modifiers.length(); i++) {
            char c = modifiers.charAt(i);
            if (c == '"') {
                i = skipString(modifiers, i);
                continue;
            }
            if (c == '[') {
                depth++;
            } else if (c == ']') {
                depth = Math.max(0, depth - 1);
                b.append(' ');
            } else if (depth == 0) {
                b.append(c);
            }
        }
        return b.toString();
    }

    private static int skipString(String s, int quote) {
        int i = quote + 1;
        while (i < s.length() && s.charAt(i) != '"') {
            if (s.charAt(i) == '\\') {
                i++;
            }
            i++;
        }
        return i;
    }

    @Override
    public EntityKind adjustKind(EntityKind kind, String name, String modifiers, EntityKind enclosing, boolean inTypeScope) {
        if (kind == EntityKind.FIELD) {
            String k = " " + keywords(modifiers) + " ";
            if (k.contains(" const ") || (k.contains(" static ") && k.contains(" readonly "))) {
                return EntityKind.CONSTANT;
            }
        }
        return super.adjustKind(kind, name, modifiers, enclosing, inTypeScope);
    }

    @Override
    public Reference adjustReference(Reference r) {
        if (r.rel() != RelType.IMPORTS) {
            return r;
        }
        String path = r.module().replaceAll("\\s+", "");
        if (path.startsWith("global::")) {
            path = path.substring("global::".length());
        }
        if (r.wildcard()) {
            return new Reference(r.rel(), r.from(), "", "", -1, r.line(), path, "", r.context(), r.isStatic(), true);
        }
        String plain = stripTypeArguments(path);
        int dot = plain.lastIndexOf('.');
        String module = dot < 0 ? "" : plain.substring(0, dot);
        String name = plain.substring(dot + 1);
        return new Reference(r.rel(), r.from(), name, "", -1, r.line(), module, r.alias(), r.context(), r.isStatic(), false);
    }

    /** Fills in default accessibility and strips XML doc tags. */
    @Override
    public void finish(ExtractionContext context) {
        List<Entity> entities = context.entities();
        Map<String, EntityKind> kinds = new HashMap<>();
        for (Entity e : entities) {
            kinds.put(e.qualifiedName(), e.kind());
        }
        for (int i = 0; i < entities.size(); i++) {
            Entity e = entities.get(i);
            Visibility v = e.visibility();
            if (v == Visibility.UNKNOWN) {
                v = defaultVisibility(e, e.parent().isEmpty() ? null : kinds.get(e.parent()));
            }
            String doc = e.docstring();
            if (doc.indexOf('<') >= 0) {
                doc = cleanXmlDoc(doc);
            }
            if (v != e.visibility() || !doc.equals(e.docstring())) {
                entities.set(i, new Entity(e.kind(), e.name(), e.qualifiedName(), e.lineStart(), e.lineEnd(),
                        e.signature(), doc, v, e.annotations(), e.parent()));
            }
        }
        EntityPolish.apply(context);
    }

    private static Visibility defaultVisibility(Entity e, EntityKind parentKind) {
        if (parentKind == null) {
            return e.kind().label() == Label.TYPE_DEF ? Visibility.INTERNAL : Visibility.PRIVATE;
        }
        if (parentKind == EntityKind.INTERFACE || parentKind == EntityKind.ENUM) {
            return Visibility.PUBLIC;
        }
        return Visibility.PRIVATE; // class/struct/record members, nested types, local functions
    }

    static String cleanXmlDoc(String doc) {
        String s = CREF.matcher(doc).replaceAll("$1");
        s = PARAM.matcher(s).replaceAll("$1: ");
        s = RETURNS.matcher(s).replaceAll("Returns: ");
        s = XML_TAG.matcher(s).replaceAll("");
        s = s.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
        StringBuilder b = new StringBuilder();
        for (String line : s.split("\n", -1)) {
            String t = line.strip();
            if (t.isEmpty() && (b.length() == 0 || b.charAt(b.length() - 1) == '\n')) {
                continue;
            }
            b.append(t).append('\n');
        }
        return b.toString().strip();
    }
}
