package dev.codeatlas.parser.lang.javascript;

import dev.codeatlas.model.EntityKind;
import dev.codeatlas.model.Label;
import dev.codeatlas.model.Reference;
import dev.codeatlas.model.RelType;
import dev.codeatlas.model.Visibility;
import dev.codeatlas.parser.CommentStyle;
import dev.codeatlas.parser.ExtractionContext;
import dev.codeatlas.parser.LanguageSupport;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.treesitter.TSLanguage;
import org.treesitter.TreeSitterJavascript;

/**
 * JavaScript with JSX: qualified names start with the path without extension
 * ({@code lib/router/index.js} gives {@code lib/router/index.Router.handle}).
 *
 * <p>Naming: {@code const f = () => {}} is the function {@code f}; {@code exports.f = function}
 * and {@code module.exports.f = ...} are module-level functions {@code f};
 * {@code Foo.prototype.m = function} is the method {@code Foo.m}; {@code app.m = function} the
 * method {@code app.m}. Visibility: TypeScript accessibility modifiers, {@code #name} is
 * private, an {@code export}ed declaration is public, anything else unknown. Decorators are
 * annotations. Imports: {@code import x from 'm'} is name {@code default} alias {@code x};
 * {@code import * as ns} and {@code const ns = require('m')} are name {@code *} alias {@code ns};
 * side-effect and dynamic imports have an empty name; {@code export ... from} has context
 * {@code reexport} ({@code export * from} is a wildcard).
 */
public class JavaScriptLanguage extends LanguageSupport {

    private static final CommentStyle STYLE = CommentStyle.C_LIKE.withSkippable("@");

    @Override
    public String name() {
        return "javascript";
    }

    @Override
    public Set<String> extensions() {
        return Set.of(".js", ".jsx", ".mjs", ".cjs");
    }

    @Override
    public TSLanguage grammar() {
        return new TreeSitterJavascript();
    }

    /** {@code tags.scm} plus the JSX patterns shared with TSX. */
    @Override
    public String querySource() {
        return resource(JavaScriptLanguage.class, "tags.scm") + "\n" + jsxQuery();
    }

    /** JSX element uses as call-like references; valid for the JavaScript and TSX grammars. */
    public static String jsxQuery() {
        return resource(JavaScriptLanguage.class, "jsx.scm");
    }

    @Override
    public CommentStyle commentStyle() {
        return STYLE;
    }

    /**
     * The owner written before a member assignment: {@code Foo.prototype} is {@code Foo};
     * {@code exports} and {@code module.exports} are the module itself (no owner).
     */
    @Override
    public String normalizeParentName(String raw) {
        String s = raw.trim();
        if (s.endsWith(".prototype")) {
            s = s.substring(0, s.length() - ".prototype".length());
        }
        for (String module : new String[] {"module.exports", "exports"}) {
            if (s.equals(module)) {
                return "";
            }
            if (s.startsWith(module + ".")) {
                s = s.substring(module.length() + 1);
                break;
            }
        }
        return super.normalizeParentName(s);
    }

    @Override
    public Visibility visibility(String name, String modifiers) {
        String m = " " + modifiers.toLowerCase(Locale.ROOT).replace('\n', ' ') + " ";
        if (m.contains(" private ")) {
            return Visibility.PRIVATE;
        }
        if (m.contains(" protected ")) {
            return Visibility.PROTECTED;
        }
        if (m.contains(" public ")) {
            return Visibility.PUBLIC;
        }
        if (name.startsWith("#")) {
            return Visibility.PRIVATE;
        }
        if (m.contains(" export ")) {
            return Visibility.PUBLIC;
        }
        return Visibility.UNKNOWN;
    }

    @Override
    public EntityKind adjustKind(EntityKind kind, String name, String modifiers, EntityKind enclosing, boolean inTypeScope) {
        if (kind == EntityKind.METHOD && name.equals("constructor")) {
            return EntityKind.CONSTRUCTOR;
        }
        // a function in an object literal bound to a module-level name: `const api = { get() {} }`
        if (kind == EntityKind.FUNCTION && enclosing != null && enclosing.label() == Label.VALUE) {
            return EntityKind.METHOD;
        }
        return super.adjustKind(kind, name, modifiers, enclosing, inTypeScope);
    }

    /**
     * Drops what the query cannot rule out: a {@code require('m')} seen both as a bare require and
     * as a named import on the same line keeps only the import with the name; {@code require}
     * calls themselves are imports, not calls.
     */
    @Override
    public void finish(ExtractionContext context) {
        List<Reference> refs = context.references();
        Set<String> named = new HashSet<>();
        for (Reference r : refs) {
            if (r.rel() == RelType.IMPORTS && !r.toName().isEmpty()) {
                named.add(r.line() + "\u0000" + r.module());
            }
        }
        refs.removeIf(r -> (r.rel() == RelType.CALLS && r.toName().equals("require") && r.receiver().isEmpty())
                || (r.rel() == RelType.IMPORTS && r.toName().isEmpty() && r.context().equals("require")
                        && named.contains(r.line() + "\u0000" + r.module())));
    }

    @Override
    public Reference adjustReference(Reference r) {
        if (r.rel() != RelType.IMPORTS) {
            return r;
        }
        String name = r.toName();
        String context = r.context();
        if (context.equals("default")) {
            name = "default"; // import x from 'm' == import {default as x} from 'm'
            context = "";
        } else if (name.equals("import") || name.equals("require")) {
            name = ""; // `import 'm'`, `import('m')`, a bare `require('m')`: the module only
        } else if (context.equals("require") && name.contains("(")) {
            name = "*"; // const ns = require('m'): the whole module object
        }
        if (name.equals(r.toName()) && context.equals(r.context())) {
            return r;
        }
        return new Reference(r.rel(), r.from(), name, r.receiver(), r.argCount(), r.line(), r.module(), r.alias(),
                context, r.isStatic(), r.wildcard());
    }
}
