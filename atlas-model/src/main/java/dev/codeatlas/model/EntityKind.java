package dev.codeatlas.model;

import java.util.Locale;

/**
 * What a definition is, within its label. Query captures name kinds in lower snake case
 * ({@code @definition.type_alias}); {@link #wireName()} is that spelling.
 */
public enum EntityKind {
    // TypeDef
    CLASS(Label.TYPE_DEF),
    INTERFACE(Label.TYPE_DEF),
    ENUM(Label.TYPE_DEF),
    RECORD(Label.TYPE_DEF),
    STRUCT(Label.TYPE_DEF),
    TRAIT(Label.TYPE_DEF),
    PROTOCOL(Label.TYPE_DEF),
    UNION(Label.TYPE_DEF),
    TYPE_ALIAS(Label.TYPE_DEF),
    ANNOTATION(Label.TYPE_DEF),
    /** Kotlin/Scala {@code object}, companion objects. */
    OBJECT(Label.TYPE_DEF),
    /** Ruby {@code module}: a namespace that can hold methods and be mixed in. */
    MODULE(Label.TYPE_DEF),
    // Callable
    FUNCTION(Label.CALLABLE),
    METHOD(Label.CALLABLE),
    CONSTRUCTOR(Label.CALLABLE),
    LAMBDA(Label.CALLABLE),
    // Value
    FIELD(Label.VALUE),
    CONSTANT(Label.VALUE),
    VARIABLE(Label.VALUE),
    ENUM_MEMBER(Label.VALUE),
    PROPERTY(Label.VALUE),
    // Documents
    DOCUMENT(Label.DOC_FILE),
    SECTION(Label.DOC_SECTION);

    private final Label label;

    EntityKind(Label label) {
        this.label = label;
    }

    public Label label() {
        return label;
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static EntityKind fromWireName(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }
}
