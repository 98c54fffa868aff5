package dev.codeatlas.parser.lang.c;

import dev.codeatlas.model.EntityKind;
import dev.codeatlas.model.Reference;
import dev.codeatlas.model.RelType;
import dev.codeatlas.model.Visibility;
import dev.codeatlas.parser.ExtractionContext;
import dev.codeatlas.parser.LanguageSupport;
import java.util.List;
import java.util.Set;
import org.treesitter.TSLanguage;
import org.treesitter.TreeSitterC;

/**
 * C: qualified names are the path without extension plus the name ({@code src/util/str.c} gives
 * {@code src/util/str.trim}; struct members {@code src/util/str.buf.len}).
 * <ul>
 *   <li>{@code .h} files are C; C++ written in {@code .h} files is parsed with the C grammar and
 *       comes out poorly (see the report of the C/C++ work for the content check proposed).</li>
 *   <li>Function definitions are functions; prototypes are functions annotated
 *       {@code declaration}, dropped when the same file defines the function (the definition then
 *       takes the prototype's doc comment).</li>
 *   <li>{@code #define NAME value} is a constant, {@code #define NAME(args) ...} a function, both
 *       annotated {@code macro}; a {@code #define} without a value (include guard, flag) is skipped.</li>
 *   <li>{@code typedef struct { .. } Foo;} is a struct named Foo; {@code typedef struct foo { .. } foo_t;}
 *       is struct foo plus type alias foo_t; other typedefs are type aliases.</li>
 *   <li>Globals are variables ({@code const} ones constants; {@code extern} ones annotated
 *       {@code declaration}); locals are not extracted.</li>
 *   <li>Visibility: {@code static} at file level is private, everything else public.</li>
 *   <li>{@code #include <x.h>} is an import of module {@code x.h}, context {@code system};
 *       {@code #include "x.h"} context {@code local}; both are wildcard imports (all names).</li>
 * </ul>
 */
public final class CLanguage extends LanguageSupport {

    @Override
    public String name() {
        return "c";
    }

    @Override
    public Set<String> extensions() {
        return Set.of(".c", ".h");
    }

    @Override
    public TSLanguage grammar() {
        return new TreeSitterC();
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
        if (kind == EntityKind.VARIABLE && CFamily.hasWord(modifiers, "const")) {
            return EntityKind.CONSTANT;
        }
        return kind;
    }

    @Override
    public Reference adjustReference(Reference r) {
        return adjustInclude(r);
    }

    /** An include: module is the path without quotes or brackets, a wildcard import of no single name. */
    public static Reference adjustInclude(Reference r) {
        if (r.rel() != RelType.IMPORTS) {
            return r;
        }
        String m = r.module().strip();
        if (m.length() >= 2 && (m.charAt(0) == '<' || m.charAt(0) == '"')) {
            m = m.substring(1, m.length() - 1).strip();
        }
        return new Reference(r.rel(), r.from(), "", "", -1, r.line(), m, "", r.context(), false, true);
    }

    @Override
    public void finish(ExtractionContext context) {
        CFamily.finish(context, false);
    }

    @Override
    public byte[] parseBytes(byte[] source) {
        return CFamily.blankMacros(source);
    }

    /** A ".h" file that reads as C++ (templates, namespaces, classes, std::) goes to the C++ grammar. */
    @Override
    public LanguageSupport forContent(String path, byte[] content, dev.codeatlas.parser.LanguageRegistry registry) {
        if (path.endsWith(".h") && CFamily.looksLikeCpp(content)) {
            return registry.byName("cpp").orElse(this);
        }
        return this;
    }
}
