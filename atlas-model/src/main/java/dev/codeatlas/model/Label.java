package dev.codeatlas.model;

import java.util.Locale;

/** Node labels of the code graph. The wire name is what JSON, Lucene and Cypher see. */
public enum Label {
    PROJECT("Project"),
    PACKAGE("Package"),
    MODULE("Module"),
    TYPE_DEF("TypeDef"),
    CALLABLE("Callable"),
    VALUE("Value"),
    DOC_FILE("DocFile"),
    DOC_SECTION("DocSection"),
    EXTERNAL_PACKAGE("ExternalPackage"),
    EXTERNAL_SYMBOL("ExternalSymbol");

    private final String wireName;

    Label(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static Label fromWireName(String name) {
        for (Label l : values()) {
            if (l.wireName.equals(name) || l.name().equals(name.toUpperCase(Locale.ROOT))) {
                return l;
            }
        }
        throw new IllegalArgumentException("unknown label: " + name);
    }
}
