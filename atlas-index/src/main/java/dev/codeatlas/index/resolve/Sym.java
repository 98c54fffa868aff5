package dev.codeatlas.index.resolve;

import dev.codeatlas.model.Entity;
import dev.codeatlas.model.EntityKind;
import dev.codeatlas.model.Label;
import dev.codeatlas.model.Uids;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One definition with what resolution needs to know about it. Kept small: a 100K-file tree has
 * millions, so collections are allocated only when something is added and the uid is derived
 * when asked for. Mutable while the table is built (locals: while its file is resolved).
 */
final class Sym {
    final FileUnit file;
    final EntityKind kind;
    final String name;
    final String qn;
    /** The declaration as written, for callables (parameter types); "" for anything else. */
    final String signature;
    /** Position in its file. */
    final int index;
    /** Another definition took this qualified name first (in path order): the uid names the file too. */
    boolean duplicate;
    /**
     * Parameters declared (-1 unknown), implicit ones (self, cls) and varargs, read from the
     * signature when first asked and packed in one int: written once as a whole, so threads
     * resolving at the same time see either nothing or all of it.
     */
    private int shape = UNREAD;
    private static final int UNREAD = Integer.MIN_VALUE;
    Sym parent;
    // for types
    List<String> rawSupertypes = List.of();
    List<Sym> supertypes = List.of();
    List<Sym> subtypes = List.of();
    Map<String, List<Sym>> members = Map.of();
    // for callables: declared return type; for values: declared type (raw, as written)
    String declaredType = "";
    /** Locals and parameters of a callable: variable name to declared type as written. */
    Map<String, String> locals;

    Sym(Entity entity, String name, FileUnit file, int index) {
        this.file = file;
        this.kind = entity.kind();
        this.name = name;
        this.qn = entity.qualifiedName();
        this.index = index;
        this.signature = entity.label() == Label.CALLABLE ? entity.signature() : "";
    }

    String uid() {
        return Uids.of(file.project, duplicate ? qn + "@" + file.path() : qn);
    }

    String name() {
        return name;
    }

    EntityKind kind() {
        return kind;
    }

    Label label() {
        return kind.label();
    }

    boolean isType() {
        return kind.label() == Label.TYPE_DEF;
    }

    boolean isCallable() {
        return kind.label() == Label.CALLABLE;
    }

    boolean isConstructor() {
        return kind == EntityKind.CONSTRUCTOR;
    }

    void addMember(Sym m) {
        if (members.isEmpty()) {
            members = new LinkedHashMap<>(4);
        }
        members.computeIfAbsent(m.name, k -> new ArrayList<>(1)).add(m);
    }

    void addRawSupertype(String raw) {
        if (rawSupertypes.isEmpty()) {
            rawSupertypes = new ArrayList<>(2);
        }
        rawSupertypes.add(raw);
    }

    void addSupertype(Sym sup) {
        if (supertypes.isEmpty()) {
            supertypes = new ArrayList<>(2);
        }
        supertypes.add(sup);
    }

    void addSubtype(Sym sub) {
        if (subtypes.isEmpty()) {
            subtypes = new ArrayList<>(2);
        }
        subtypes.add(sub);
    }

    private int shape() {
        int v = shape;
        if (v == UNREAD) {
            if (isCallable()) {
                int params = Signatures.paramCount(signature, name);
                int implicit = Signatures.implicitParams(file.language(), kind.wireName(), signature);
                boolean variadic = Signatures.isVariadic(signature, name);
                v = (Math.min(params, 0xFFFF) & 0xFFFF) | (Math.min(implicit, 0x7FFF) << 16) | (variadic ? 1 << 31 : 0);
                if (params < 0) {
                    v = 0xFFFF | (variadic ? 1 << 31 : 0);
                }
            } else {
                v = 0xFFFF;
            }
            shape = v;
        }
        return v;
    }

    /** Parameters declared; -1 unknown. */
    int params() {
        int p = shape() & 0xFFFF;
        return p == 0xFFFF ? -1 : p;
    }

    /** Whether a call with {@code args} arguments can bind to this callable. */
    boolean accepts(int args) {
        int v = shape();
        int params = params();
        int implicitParams = (v >>> 16) & 0x7FFF;
        boolean variadic = (v & (1 << 31)) != 0;
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
        return uid();
    }
}
