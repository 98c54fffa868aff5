package dev.codeatlas.parser;

import dev.codeatlas.model.Entity;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Post-processing shared by the JVM-style languages:
 * <ul>
 * <li>a definition without a body whose first line does not name it (annotations or attributes
 * on lines of their own) gets the lines up to its name as signature;</li>
 * <li>a definition whose doc is its parent's (a primary constructor and its parameters on the
 * class's first lines find the comment above the class) loses it.</li>
 * </ul>
 */
public final class EntityPolish {

    private static final int MAX_SIGNATURE = 300;
    private static final int MAX_LINES = 30;

    private EntityPolish() {
    }

    public static void apply(ExtractionContext context) {
        List<Entity> entities = context.entities();
        Map<String, Entity> byName = new HashMap<>();
        for (Entity e : entities) {
            byName.putIfAbsent(e.qualifiedName(), e);
        }
        SourceText src = context.source();
        for (int i = 0; i < entities.size(); i++) {
            Entity e = entities.get(i);
            String sig = e.signature();
            if (!sig.contains(e.name()) && e.lineEnd() > e.lineStart()) {
                sig = signatureUpToName(src, e, sig);
            }
            String doc = e.docstring();
            Entity parent = e.parent().isEmpty() ? null : byName.get(e.parent());
            if (!doc.isEmpty() && parent != null && parent.docstring().equals(doc)) {
                doc = "";
            }
            if (!sig.equals(e.signature()) || !doc.equals(e.docstring())) {
                entities.set(i, new Entity(e.kind(), e.name(), e.qualifiedName(), e.lineStart(), e.lineEnd(), sig, doc,
                        e.visibility(), e.annotations(), e.parent()));
            }
        }
    }

    private static String signatureUpToName(SourceText src, Entity e, String fallback) {
        StringBuilder b = new StringBuilder();
        int last = Math.min(e.lineEnd(), e.lineStart() + MAX_LINES);
        for (int line = e.lineStart(); line <= last; line++) {
            String t = src.lineText(line).strip();
            if (b.length() > 0 && !t.isEmpty()) {
                b.append(' ');
            }
            b.append(t);
            if (t.contains(e.name())) {
                String s = b.toString().replaceAll("\\s+", " ").strip();
                while (s.endsWith("{") || s.endsWith(":") || s.endsWith("=") || s.endsWith(";")) {
                    s = s.substring(0, s.length() - 1).strip();
                }
                return s.length() > MAX_SIGNATURE ? s.substring(0, MAX_SIGNATURE) + "…" : s;
            }
        }
        return fallback;
    }
}
