package dev.codeatlas.model;

/** Relationship types of the code graph (design.md, "Graph model"). */
public enum RelType {
    CONTAINS,
    DEFINES,
    INHERITS,
    IMPLEMENTS,
    OVERRIDES,
    CALLS,
    IMPORTS,
    USES_TYPE,
    REFERENCES,
    TESTS,
    DOCUMENTS,
    DEPENDS_ON
}
