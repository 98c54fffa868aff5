package dev.codeatlas.model;

import java.util.Objects;

/**
 * A node of the code graph. {@code uid} is {@code PROJECT:QUALIFIED_NAME} (see {@link Uids});
 * {@code file} is relative to the project root with '/' separators, "" for nodes without a file
 * (Project, Package, external nodes). Absent text is "".
 */
public record GraphNode(
        String uid,
        Label label,
        String kind,
        String name,
        String qualifiedName,
        String file,
        int lineStart,
        int lineEnd,
        String signature,
        String docstring,
        String language,
        String visibility,
        String parent) {

    public GraphNode {
        Objects.requireNonNull(uid, "uid");
        Objects.requireNonNull(label, "label");
        kind = Objects.requireNonNullElse(kind, "");
        name = Objects.requireNonNullElse(name, "");
        qualifiedName = Objects.requireNonNullElse(qualifiedName, "");
        file = Objects.requireNonNullElse(file, "");
        signature = Objects.requireNonNullElse(signature, "");
        docstring = Objects.requireNonNullElse(docstring, "");
        language = Objects.requireNonNullElse(language, "");
        visibility = Objects.requireNonNullElse(visibility, "");
        parent = Objects.requireNonNullElse(parent, "");
    }
}
