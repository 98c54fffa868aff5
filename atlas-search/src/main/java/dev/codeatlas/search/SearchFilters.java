package dev.codeatlas.search;

import dev.codeatlas.model.Label;
import java.util.Set;

/**
 * Restrictions on what a search returns. Empty sets mean "any".
 *
 * @param labels       node labels to keep (e.g. Callable, TypeDef)
 * @param kinds        entity kinds to keep (method, class, function ...)
 * @param languages    languages to keep (java, python ...)
 * @param pathGlob     a glob over the root-relative file path ("src/**&#47;*.java"), "" for any
 * @param excludeTests drop results in test code
 */
public record SearchFilters(Set<Label> labels, Set<String> kinds, Set<String> languages, String pathGlob,
                            boolean excludeTests) {

    public static final SearchFilters NONE = new SearchFilters(Set.of(), Set.of(), Set.of(), "", false);

    public SearchFilters {
        labels = labels == null ? Set.of() : Set.copyOf(labels);
        kinds = kinds == null ? Set.of() : Set.copyOf(kinds);
        languages = languages == null ? Set.of() : Set.copyOf(languages);
        pathGlob = pathGlob == null ? "" : pathGlob;
    }
}
