package dev.codeatlas.index.resolve;

import dev.codeatlas.model.Entity;
import dev.codeatlas.model.Label;
import dev.codeatlas.model.ParsedFile;
import dev.codeatlas.model.Reference;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * What other files can observe of a file when they are resolved: its definitions (names,
 * kinds, parents, signatures), the declared types of its fields and return values, its
 * supertypes, its imports and the dependencies it declares. Locals, calls and line numbers are private to the file: while
 * the interface is unchanged, editing the file cannot change how any other file resolves.
 */
public final class FileInterface {

    private FileInterface() {
    }

    /**
     * The file reduced to its interface. Docstrings and annotations are dropped: an incremental
     * delta never rewrites the nodes of files it only reads the interface of.
     */
    public static ParsedFile of(ParsedFile f) {
        Map<String, Entity> byQn = new HashMap<>();
        List<Entity> entities = new ArrayList<>(f.entities().size());
        for (Entity e : f.entities()) {
            byQn.put(e.qualifiedName(), e);
            entities.add(new Entity(e.kind(), e.name(), e.qualifiedName(), e.lineStart(), e.lineEnd(), e.signature(), "",
                    e.visibility(), List.of(), e.parent()));
        }
        List<Reference> refs = new ArrayList<>();
        for (Reference r : f.references()) {
            Entity from = byQn.get(r.from());
            if (observable(r, from == null ? null : from.label())) {
                refs.add(r);
            }
        }
        return new ParsedFile(f.file(), f.language(), entities, refs, List.of());
    }

    /**
     * Whether other files can observe a reference: supertypes, imports, dependencies, and the
     * declared types of anything but a callable's locals and parameters (its return type, the
     * fields it declares, e.g. {@code self.x: Foo} in a constructor).
     */
    static boolean observable(Reference r, Label from) {
        return switch (r.rel()) {
            case INHERITS, IMPLEMENTS, IMPORTS, DEPENDS_ON -> true;
            case USES_TYPE -> from == null || from != Label.CALLABLE
                    || "return".equals(r.context()) || "field".equals(r.context()) || "property".equals(r.context());
            default -> false;
        };
    }

    /** A hash of the interface, blind to line numbers and docs (they resolve nothing). */
    public static String hash(ParsedFile view) {
        MessageDigest d;
        try {
            d = MessageDigest.getInstance("SHA-1");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        StringBuilder b = new StringBuilder(4096);
        b.append(view.language()).append('\n');
        for (Entity e : view.entities()) {
            b.append(e.kind()).append('|').append(e.qualifiedName()).append('|').append(e.name()).append('|')
                    .append(e.parent()).append('|').append(e.signature()).append('\n');
        }
        for (Reference r : view.references()) {
            b.append(r.rel()).append('|').append(r.from()).append('|').append(r.toName()).append('|')
                    .append(r.module()).append('|').append(r.alias()).append('|').append(r.context()).append('|')
                    .append(r.isStatic()).append(r.wildcard()).append('\n');
        }
        return HexFormat.of().formatHex(d.digest(b.toString().getBytes(StandardCharsets.UTF_8)));
    }
}
