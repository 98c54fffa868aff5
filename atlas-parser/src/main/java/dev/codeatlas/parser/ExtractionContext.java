package dev.codeatlas.parser;

import dev.codeatlas.model.Entity;
import dev.codeatlas.model.Reference;
import java.util.List;

/**
 * The mutable result of one file's extraction, handed to {@link LanguageSupport#finish} so a
 * language can add what its query cannot express (Markdown sections, for example).
 */
public final class ExtractionContext {
    private final String file;
    private final SourceText source;
    private final List<Entity> entities;
    private final List<Reference> references;
    private final List<String> errors;

    ExtractionContext(String file, SourceText source, List<Entity> entities, List<Reference> references, List<String> errors) {
        this.file = file;
        this.source = source;
        this.entities = entities;
        this.references = references;
        this.errors = errors;
    }

    public String file() {
        return file;
    }

    public SourceText source() {
        return source;
    }

    public List<Entity> entities() {
        return entities;
    }

    public List<Reference> references() {
        return references;
    }

    public List<String> errors() {
        return errors;
    }
}
