package dev.codeatlas.model;

import java.util.List;
import java.util.Objects;

/**
 * One definition found in a file, as the file states it (no cross-file meaning yet).
 * Absent text is the empty string, never null; lines are 1-based and inclusive.
 *
 * @param parent qualified name of the enclosing definition, or "" at module level
 */
public record Entity(
        EntityKind kind,
        String name,
        String qualifiedName,
        int lineStart,
        int lineEnd,
        String signature,
        String docstring,
        Visibility visibility,
        List<String> annotations,
        String parent) {

    public Entity {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(qualifiedName, "qualifiedName");
        signature = Objects.requireNonNullElse(signature, "");
        docstring = Objects.requireNonNullElse(docstring, "");
        visibility = Objects.requireNonNullElse(visibility, Visibility.UNKNOWN);
        annotations = annotations == null ? List.of() : List.copyOf(annotations);
        parent = Objects.requireNonNullElse(parent, "");
    }

    public Label label() {
        return kind.label();
    }
}
