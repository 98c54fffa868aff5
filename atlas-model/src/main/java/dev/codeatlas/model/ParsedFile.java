package dev.codeatlas.model;

import java.util.List;
import java.util.Objects;

/**
 * Everything one file says: its definitions and raw references, plus the problems met while
 * reading it. A file that could not be parsed still has a ParsedFile, with {@code errors} set.
 *
 * @param file     path relative to the root it was found under, '/' separated
 * @param language language name ("java", "python", ...), "" when unknown
 */
public record ParsedFile(
        String file,
        String language,
        List<Entity> entities,
        List<Reference> references,
        List<String> errors) {

    public ParsedFile {
        Objects.requireNonNull(file, "file");
        language = Objects.requireNonNullElse(language, "");
        entities = entities == null ? List.of() : List.copyOf(entities);
        references = references == null ? List.of() : List.copyOf(references);
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    public static ParsedFile failed(String file, String language, String error) {
        return new ParsedFile(file, language, List.of(), List.of(), List.of(error));
    }
}
