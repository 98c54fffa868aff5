package dev.codeatlas.parser.lang.cpp;

import dev.codeatlas.model.EntityKind;
import dev.codeatlas.model.Label;
import dev.codeatlas.model.Reference;
import dev.codeatlas.model.RelType;
import dev.codeatlas.model.Visibility;
import dev.codeatlas.parser.ExtractionContext;
import dev.codeatlas.parser.LanguageSupport;
import dev.codeatlas.parser.lang.c.CFamily;
import dev.codeatlas.parser.lang.c.CLanguage;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.treesitter.TSLanguage;
import org.treesitter.TreeSitterCpp;

/**
 * C++: qualified names are the path without extension, then namespaces, classes and the name
 * ({@code src/net/http.cpp}: {@code src/net/http.net.Client.send}). A name written qualified is
 * split on {@code ::}, so {@code void Client::send() {}} defined outside its class is the method
 * {@code src/net/http.Client.send} and {@code ns::Foo::bar} gives {@code ...ns.Foo.bar}; template
 * arguments are dropped from names ({@code Foo<T>::bar} is {@code Foo.bar}).
 * <ul>
 *   <li>Classes, structs, unions, enums (members: fields, methods, constructors; destructors and
 *       operators are methods named {@code ~Foo}, {@code operator==}), type aliases
 *       ({@code using X = ..}, typedef), functions, globals, enumerators, macros as in C.</li>
 *   <li>A template's definition starts at {@code template <..>} (range, signature, doc).</li>
 *   <li>In-class method declarations and prototypes are annotated {@code declaration}; one is
 *       dropped when the same file defines the function, which then takes its doc and visibility.</li>
 *   <li>Visibility of members from access labels ({@code class} members private until a label,
 *       {@code struct}/{@code union} public); file-level {@code static} is private; an
 *       out-of-class definition not declared in the same file is unknown.</li>
 *   <li>References: calls with receiver ({@code a.f()}, {@code p->f()}, {@code ns::f()} has
 *       receiver {@code ns}), {@code new Foo(..)} and {@code Foo f(..)} as constructor calls,
 *       includes (as in C), using-declarations ({@code using ns::X} imports X from ns,
 *       {@code using namespace ns} is a wildcard import; context {@code using}), base classes,
 *       type uses.</li>
 * </ul>
 */
public final class CppLanguage extends LanguageSupport {

    @Override
    public String name() {
        return "cpp";
    }

    @Override
    public Set<String> extensions() {
        return Set.of(".cc", ".cpp", ".cxx", ".c++", ".hh", ".hpp", ".hxx", ".h++", ".ipp", ".tpp");
    }

    @Override
    public TSLanguage grammar() {
        return new TreeSitterCpp();
    }

    @Override
    public List<String> nameSegments(String rawName) {
        return splitName(rawName);
    }

    /**
     * Splits {@code ns::Foo<T>::bar} into {@code [ns, Foo, bar]}: on {@code ::} outside template
     * arguments, template arguments dropped, an operator name kept whole
     * ({@code Foo::operator<<}, {@code operator bool() const} becomes {@code operator bool}).
     */
    static List<String> splitName(String raw) {
        String s = raw.strip();
        if (s.indexOf(':') < 0 && s.indexOf('<') < 0 && s.indexOf('(') < 0 && !s.startsWith("operator")
                && s.indexOf(' ') < 0 && s.indexOf('\n') < 0 && s.indexOf('\t') < 0) {
            return List.of(s);
        }
        List<String> out = new ArrayList<>(3);
        String last = null;
        int op = operatorStart(s);
        String head = s;
        if (op >= 0) {
            last = operatorName(s.substring(op));
            head = s.substring(0, op).strip();
            if (!head.endsWith("::")) {
                head = ""; // "json_pointer operator/": a return type the grammar took for a scope
            }
        }
        int depth = 0;
        int from = 0;
        for (int i = 0; i < head.length(); i++) {
            char c = head.charAt(i);
            if (c == '<' || c == '(') {
                depth++;
            } else if ((c == '>' || c == ')') && depth > 0) {
                depth--;
            } else if (c == ':' && depth == 0 && i + 1 < head.length() && head.charAt(i + 1) == ':') {
                addSegment(out, head.substring(from, i));
                from = i + 2;
                i++;
            }
        }
        addSegment(out, head.substring(from));
        if (last != null) {
            out.add(last);
        }
        if (out.isEmpty()) {
            out.add(s);
        }
        return out;
    }

    private static int operatorStart(String s) {
        int i = s.indexOf("operator");
        while (i >= 0) {
            boolean before = i == 0 || !Character.isJavaIdentifierPart(s.charAt(i - 1));
            int end = i + "operator".length();
            boolean after = end >= s.length() || !Character.isJavaIdentifierPart(s.charAt(end));
            if (before && after) {
                return i;
            }
            i = s.indexOf("operator", i + 1);
        }
        return -1;
    }

    /**
     * An operator's name as ctags writes it: {@code operator ==}, {@code operator ()},
     * {@code operator bool} (a conversion loses its parameter list, keeps template arguments).
     */
    private static String operatorName(String op) {
        String rest = op.substring("operator".length()).strip();
        if (rest.startsWith("()")) {
            return "operator ()";
        }
        int depth = 0;
        int end = rest.length();
        for (int i = 0; i < rest.length(); i++) {
            char c = rest.charAt(i);
            if (c == '<' && i > 0 && Character.isJavaIdentifierPart(rest.charAt(i - 1))) {
                depth++;
            } else if (c == '>' && depth > 0) {
                depth--;
            } else if (c == '(' && depth == 0 && i > 0) {
                end = i;
                break;
            }
        }
        String symbol = rest.substring(0, end).strip();
        if (!symbol.isEmpty() && !Character.isJavaIdentifierStart(symbol.charAt(0)) && symbol.charAt(0) != '"') {
            symbol = symbol.replaceAll("\\s+", "");
        } else {
            symbol = symbol.replaceAll("\\s+", " ");
        }
        return symbol.isEmpty() ? "operator" : "operator " + symbol;
    }

    private static void addSegment(List<String> out, String segment) {
        String s = segment.strip();
        int lt = s.indexOf('<');
        if (lt > 0) {
            s = s.substring(0, lt).strip();
        }
        // "template X", or "Cardinality AtLeast" where the grammar recovered a missing "::"
        // after an export macro: the name is the last word
        int space = Math.max(s.lastIndexOf(' '), Math.max(s.lastIndexOf('\n'), s.lastIndexOf('\t')));
        if (space >= 0) {
            s = s.substring(space + 1);
        }
        if (!s.isEmpty()) {
            out.add(s);
        }
    }

    @Override
    public String normalizeParentName(String raw) {
        return raw.strip();
    }

    @Override
    public String normalizeTypeName(String raw) {
        String s = raw.strip();
        if (s.startsWith("typename ")) {
            s = s.substring("typename ".length()).strip();
        }
        if (s.startsWith("::")) {
            s = s.substring(2);
        }
        int lt = s.indexOf('<');
        return lt > 0 ? s.substring(0, lt).strip() : s;
    }

    @Override
    public Visibility visibility(String name, String modifiers) {
        return CFamily.hasWord(modifiers, "static") ? Visibility.PRIVATE : Visibility.PUBLIC;
    }

    @Override
    public List<String> annotations(String modifiers) {
        return CFamily.annotations(modifiers);
    }

    @Override
    public EntityKind adjustKind(EntityKind kind, String name, String modifiers, EntityKind enclosing, boolean inTypeScope) {
        boolean inType;
        if (enclosing == EntityKind.ANNOTATION) {
            // directly inside a template/friend/namespace marker (a TypeDef, so inTypeScope is
            // set): a function or constructor is left for CFamily.finish to decide
            if (kind == EntityKind.FUNCTION || kind == EntityKind.CONSTRUCTOR) {
                return kind;
            }
            inType = false;
        } else {
            inType = inTypeScope || enclosing != null && enclosing.label() == Label.TYPE_DEF;
        }
        switch (kind) {
            case CONSTRUCTOR:
                return inType ? kind : EntityKind.FUNCTION;
            case FUNCTION:
                return inType ? EntityKind.METHOD : kind;
            case VARIABLE:
                if (inType) {
                    return CFamily.hasWord(modifiers, "static") && isConst(modifiers) ? EntityKind.CONSTANT : EntityKind.FIELD;
                }
                return isConst(modifiers) ? EntityKind.CONSTANT : kind;
            case FIELD:
                return CFamily.hasWord(modifiers, "static") && isConst(modifiers) ? EntityKind.CONSTANT : kind;
            default:
                return kind;
        }
    }

    private static boolean isConst(String modifiers) {
        return CFamily.hasWord(modifiers, "const") || CFamily.hasWord(modifiers, "constexpr");
    }

    @Override
    public Reference adjustReference(Reference r) {
        if (r.rel() == RelType.IMPORTS) {
            if (!"using".equals(r.context())) {
                return CLanguage.adjustInclude(r);
            }
            String module = r.module().strip();
            if (r.wildcard()) {
                return new Reference(r.rel(), r.from(), "", "", -1, r.line(), module, "", r.context(), false, true);
            }
            List<String> parts = splitName(module);
            String name = parts.get(parts.size() - 1);
            String owner = String.join("::", parts.subList(0, parts.size() - 1));
            return new Reference(r.rel(), r.from(), name, "", -1, r.line(), owner, "", r.context(), false, false);
        }
        if (r.rel() == RelType.CALLS && !"new".equals(r.context())) {
            String written = r.toName();
            String receiver = r.receiver();
            List<String> parts = splitName(written);
            String name = parts.get(parts.size() - 1);
            if (parts.size() > 1 && receiver.isEmpty()) {
                int cut = lastScopeSeparator(written);
                receiver = cut > 0 ? written.substring(0, cut) : String.join("::", parts.subList(0, parts.size() - 1));
            }
            if (!name.equals(written) || !receiver.equals(r.receiver())) {
                return new Reference(r.rel(), r.from(), name, receiver, r.argCount(), r.line(), r.module(), r.alias(),
                        r.context(), r.isStatic(), r.wildcard());
            }
        }
        return r;
    }

    /** Index of the last {@code ::} outside template arguments, or -1. */
    private static int lastScopeSeparator(String s) {
        int depth = 0;
        int last = -1;
        int op = operatorStart(s);
        int end = op >= 0 ? op : s.length();
        for (int i = 0; i < end; i++) {
            char c = s.charAt(i);
            if (c == '<' || c == '(') {
                depth++;
            } else if ((c == '>' || c == ')') && depth > 0) {
                depth--;
            } else if (c == ':' && depth == 0 && i + 1 < end && s.charAt(i + 1) == ':') {
                last = i;
                i++;
            }
        }
        return last;
    }

    @Override
    public void finish(ExtractionContext context) {
        CFamily.finish(context, true);
    }

    @Override
    public byte[] parseBytes(byte[] source) {
        return CFamily.blankMacros(source);
    }
}
