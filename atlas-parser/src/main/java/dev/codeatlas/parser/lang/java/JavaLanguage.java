package dev.codeatlas.parser.lang.java;

import dev.codeatlas.model.EntityKind;
import dev.codeatlas.model.Reference;
import dev.codeatlas.model.RelType;
import dev.codeatlas.model.Visibility;
import dev.codeatlas.parser.LanguageSupport;
import java.util.Set;
import org.treesitter.TSLanguage;
import org.treesitter.TreeSitterJava;

/**
 * Java: qualified names start with the package ({@code com.x.Outer.Inner.method}); imports are
 * split into module and name ({@code import static a.B.c} is module {@code a.B}, name {@code c}).
 */
public final class JavaLanguage extends LanguageSupport {

    @Override
    public String name() {
        return "java";
    }

    @Override
    public Set<String> extensions() {
        return Set.of(".java");
    }

    @Override
    public TSLanguage grammar() {
        return new TreeSitterJava();
    }

    @Override
    public String modulePrefix(String relativePath, String packageName) {
        return packageName;
    }

    @Override
    public Visibility visibility(String name, String modifiers) {
        Visibility v = super.visibility(name, modifiers);
        return v == Visibility.UNKNOWN ? Visibility.PACKAGE : v;
    }

    @Override
    public Visibility visibility(String name, String modifiers, EntityKind enclosing) {
        Visibility v = visibility(name, modifiers);
        if (v == Visibility.PACKAGE && (enclosing == EntityKind.INTERFACE || enclosing == EntityKind.ANNOTATION)) {
            return Visibility.PUBLIC; // interface and annotation members are implicitly public
        }
        return v;
    }

    @Override
    public EntityKind adjustKind(EntityKind kind, String name, String modifiers, EntityKind enclosing, boolean inTypeScope) {
        if (kind == EntityKind.FIELD && modifiers.contains("static") && modifiers.contains("final")) {
            return EntityKind.CONSTANT;
        }
        return super.adjustKind(kind, name, modifiers, enclosing, inTypeScope);
    }

    @Override
    public String normalizeTypeName(String raw) {
        String s = stripTypeArguments(raw.trim());
        int space = s.lastIndexOf(' ');
        return space >= 0 ? s.substring(space + 1) : s; // drop type annotations
    }

    @Override
    public Reference adjustReference(Reference r) {
        if (r.rel() != RelType.IMPORTS || r.module().isEmpty()) {
            return r;
        }
        String path = r.module();
        if (r.wildcard()) {
            return new Reference(r.rel(), r.from(), "", "", -1, r.line(), path, "", r.context(), r.isStatic(), true);
        }
        int dot = path.lastIndexOf('.');
        String module = dot < 0 ? "" : path.substring(0, dot);
        String name = path.substring(dot + 1);
        return new Reference(r.rel(), r.from(), name, "", -1, r.line(), module, "", r.context(), r.isStatic(), false);
    }
}
