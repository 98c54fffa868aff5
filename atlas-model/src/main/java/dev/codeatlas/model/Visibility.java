package dev.codeatlas.model;

import java.util.Locale;

/** Declared or conventional visibility; {@link #UNKNOWN} when the language says nothing. */
public enum Visibility {
    PUBLIC, PROTECTED, INTERNAL, PACKAGE, PRIVATE, UNKNOWN;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
