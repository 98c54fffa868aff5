package dev.codeatlas.index.resolve;

import dev.codeatlas.model.Entity;
import dev.codeatlas.model.EntityKind;
import dev.codeatlas.model.Label;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One definition with what resolution needs to know about it. Mutable while the table is built. */
final class Sym {
    final String uid;
    final Entity entity;
    final FileUnit file;
    /** Parameters declared; -1 unknown. */
    final int params;
    final int implicitParams;
    final boolean variadic;
    Sym parent;
    // for types
    final List<String> rawSupertypes = new ArrayList<>();
    final List<Sym> supertypes = new ArrayList<>();
    final List<Sym> subtypes = new ArrayList<>();
    final Map<String, List<Sym>> members = new LinkedHashMap<>();
    // for callables: declared return type; for values: declared type (raw, as written)
    String declaredType = "";
    /** Locals and parameters of a callable: variable name to declared type as written. */
    Map<String, String> locals;

    Sym(String uid, Entity entity, FileUnit file) {
        this.uid = uid;
        this.entity = entity;
        this.file = file;
        String sig = entity.signature();
        this.params = entity.label() == Label.CALLABLE ? Signatures.paramCount(sig, entity.name()) : -1;
        this.implicitParams = Signatures.implicitParams(file.language(), entity.kind().wireName(), sig);
        this.variadic = entity.label() == Label.CALLABLE && Signatures.isVariadic(sig, entity.name());
    }

    String name() {
        return entity.name();
    }

    EntityKind kind() {
        return entity.kind();
    }

    boolean isType() {
        return entity.label() == Label.TYPE_DEF;
    }

    boolean isCallable() {
        return entity.label() == Label.CALLABLE;
    }

    boolean isConstructor() {
        return entity.kind() == EntityKind.CONSTRUCTOR;
    }

    /** Whether a call with {@code args} arguments can bind to this callable. */
    boolean accepts(int args) {
        if (params < 0 || args < 0) {
            return true;
        }
        int declared = params - implicitParams;
        if (variadic) {
            return args >= declared - 1;
        }
        return args == declared;
    }

    /** The innermost enclosing type (this one if it is a type). */
    Sym enclosingType() {
        Sym s = this;
        while (s != null && !s.isType()) {
            s = s.parent;
        }
        return s;
    }

    @Override
    public String toString() {
        return uid;
    }
}
