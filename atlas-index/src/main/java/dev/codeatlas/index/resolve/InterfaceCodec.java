package dev.codeatlas.index.resolve;

import dev.codeatlas.model.Entity;
import dev.codeatlas.model.EntityKind;
import dev.codeatlas.model.ParsedFile;
import dev.codeatlas.model.Reference;
import dev.codeatlas.model.RelType;
import dev.codeatlas.model.Visibility;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A {@link FileInterface} view as compact bytes, for the index: every delta reads every file's
 * interface, and this decodes several times faster than the parse JSON. Each distinct string
 * is written once (qualified names recur as parents and sources), and decoding shares them.
 * Docstrings, annotations and errors are not part of a view and are not kept.
 */
public final class InterfaceCodec {
    private static final int VERSION = 1;

    private InterfaceCodec() {
    }

    public static byte[] encode(ParsedFile view) {
        Map<String, Integer> ids = new HashMap<>();
        List<String> strings = new ArrayList<>();
        Out body = new Out(256 + view.entities().size() * 16 + view.references().size() * 12);
        body.varint(view.entities().size());
        for (Entity e : view.entities()) {
            body.varint(id(e.kind().name(), ids, strings));
            body.varint(id(e.name(), ids, strings));
            body.varint(id(e.qualifiedName(), ids, strings));
            body.varint(e.lineStart());
            body.varint(e.lineEnd());
            body.varint(id(e.signature(), ids, strings));
            body.varint(id(e.visibility().name(), ids, strings));
            body.varint(id(e.parent(), ids, strings));
        }
        body.varint(view.references().size());
        for (Reference r : view.references()) {
            body.varint(id(r.rel().name(), ids, strings));
            body.varint(id(r.from(), ids, strings));
            body.varint(id(r.toName(), ids, strings));
            body.varint(id(r.receiver(), ids, strings));
            body.varint(r.argCount() + 1); // -1 (unknown) and up
            body.varint(r.line());
            body.varint(id(r.module(), ids, strings));
            body.varint(id(r.alias(), ids, strings));
            body.varint(id(r.context(), ids, strings));
            body.varint((r.isStatic() ? 1 : 0) | (r.wildcard() ? 2 : 0));
            body.varint(r.arguments().size());
            for (String a : r.arguments()) {
                body.varint(id(a, ids, strings));
            }
        }
        Out out = new Out(body.size() + strings.size() * 16 + 64);
        out.varint(VERSION);
        out.string(view.file());
        out.string(view.language());
        out.varint(strings.size());
        for (String s : strings) {
            out.string(s);
        }
        out.bytes.write(body.bytes.toByteArray(), 0, body.size());
        return out.bytes.toByteArray();
    }

    public static ParsedFile decode(byte[] b) {
        In in = new In(b);
        if (in.varint() != VERSION) {
            throw new IllegalArgumentException("unknown interface encoding");
        }
        String file = in.string();
        String language = in.string();
        String[] s = new String[in.varint()];
        for (int i = 0; i < s.length; i++) {
            s[i] = in.string();
        }
        int ne = in.varint();
        List<Entity> entities = new ArrayList<>(ne);
        for (int i = 0; i < ne; i++) {
            EntityKind kind = EntityKind.valueOf(s[in.varint()]);
            String name = s[in.varint()];
            String qn = s[in.varint()];
            int start = in.varint();
            int end = in.varint();
            String sig = s[in.varint()];
            Visibility vis = Visibility.valueOf(s[in.varint()]);
            String parent = s[in.varint()];
            entities.add(new Entity(kind, name, qn, start, end, sig, "", vis, List.of(), parent));
        }
        int nr = in.varint();
        List<Reference> refs = new ArrayList<>(nr);
        for (int i = 0; i < nr; i++) {
            RelType rel = RelType.valueOf(s[in.varint()]);
            String from = s[in.varint()];
            String to = s[in.varint()];
            String receiver = s[in.varint()];
            int args = in.varint() - 1;
            int line = in.varint();
            String module = s[in.varint()];
            String alias = s[in.varint()];
            String context = s[in.varint()];
            int flags = in.varint();
            int na = in.varint();
            List<String> arguments = na == 0 ? List.of() : new ArrayList<>(na);
            for (int k = 0; k < na; k++) {
                arguments.add(s[in.varint()]);
            }
            refs.add(new Reference(rel, from, to, receiver, args, line, module, alias, context, (flags & 1) != 0, (flags & 2) != 0,
                    arguments));
        }
        return new ParsedFile(file, language, entities, refs, List.of());
    }

    private static int id(String v, Map<String, Integer> ids, List<String> strings) {
        Integer id = ids.get(v);
        if (id == null) {
            id = strings.size();
            ids.put(v, id);
            strings.add(v);
        }
        return id;
    }

    private static final class Out {
        final ByteArrayOutputStream bytes;

        Out(int capacity) {
            bytes = new ByteArrayOutputStream(capacity);
        }

        int size() {
            return bytes.size();
        }

        void varint(int v) {
            while ((v & ~0x7F) != 0) {
                bytes.write((v & 0x7F) | 0x80);
                v >>>= 7;
            }
            bytes.write(v);
        }

        void string(String v) {
            byte[] u = v.getBytes(StandardCharsets.UTF_8);
            varint(u.length);
            bytes.write(u, 0, u.length);
        }
    }

    private static final class In {
        private final byte[] b;
        private int pos;

        In(byte[] b) {
            this.b = b;
        }

        int varint() {
            int v = 0;
            for (int shift = 0; ; shift += 7) {
                byte x = b[pos++];
                v |= (x & 0x7F) << shift;
                if (x >= 0) {
                    return v;
                }
            }
        }

        String string() {
            int n = varint();
            String v = new String(b, pos, n, StandardCharsets.UTF_8);
            pos += n;
            return v;
        }
    }
}
