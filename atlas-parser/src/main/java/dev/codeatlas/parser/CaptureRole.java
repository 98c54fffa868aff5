package dev.codeatlas.parser;

import dev.codeatlas.model.EntityKind;
import dev.codeatlas.model.RelType;

/**
 * What a query capture means to the extractor. Capture names are the contract between query
 * files and Java (see {@code docs/queries.md}); an unknown name fails query compilation, so a
 * typo in a {@code .scm} file fails a test instead of silently extracting nothing.
 */
record CaptureRole(Kind kind, EntityKind entityKind, RelType rel, String context) {

    enum Kind {
        DEFINITION, SCOPE, NAMESPACE, PACKAGE, REFERENCE,
        NAME, BODY, DOC, MODIFIERS, PARENT_NAME, RECEIVER, ARGS, MODULE, ALIAS, WILDCARD, STATIC,
        IGNORED
    }

    boolean isPrimary() {
        return switch (kind) {
            case DEFINITION, SCOPE, NAMESPACE, PACKAGE, REFERENCE -> true;
            default -> false;
        };
    }

    static CaptureRole parse(String capture) {
        if (capture.startsWith("_")) {
            return simple(Kind.IGNORED);
        }
        if (capture.startsWith("definition.")) {
            String kind = capture.substring("definition.".length());
            try {
                return new CaptureRole(Kind.DEFINITION, EntityKind.fromWireName(kind), null, "");
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown definition kind in capture @" + capture);
            }
        }
        if (capture.startsWith("reference.")) {
            String rest = capture.substring("reference.".length());
            int dot = rest.indexOf('.');
            String head = dot < 0 ? rest : rest.substring(0, dot);
            String context = dot < 0 ? "" : rest.substring(dot + 1);
            return switch (head) {
                case "call" -> new CaptureRole(Kind.REFERENCE, null, RelType.CALLS, context);
                case "new" -> new CaptureRole(Kind.REFERENCE, null, RelType.CALLS, "new");
                case "import" -> new CaptureRole(Kind.REFERENCE, null, RelType.IMPORTS, context);
                case "inherits" -> new CaptureRole(Kind.REFERENCE, null, RelType.INHERITS, context);
                case "implements" -> new CaptureRole(Kind.REFERENCE, null, RelType.IMPLEMENTS, context);
                case "type" -> new CaptureRole(Kind.REFERENCE, null, RelType.USES_TYPE, context);
                case "documents" -> new CaptureRole(Kind.REFERENCE, null, RelType.DOCUMENTS, context);
                default -> throw new IllegalArgumentException("unknown reference capture @" + capture);
            };
        }
        return switch (capture) {
            case "scope" -> simple(Kind.SCOPE);
            case "scope.namespace" -> simple(Kind.NAMESPACE);
            case "package" -> simple(Kind.PACKAGE);
            case "name" -> simple(Kind.NAME);
            case "body" -> simple(Kind.BODY);
            case "doc" -> simple(Kind.DOC);
            case "modifiers" -> simple(Kind.MODIFIERS);
            case "parent_name" -> simple(Kind.PARENT_NAME);
            case "receiver" -> simple(Kind.RECEIVER);
            case "args" -> simple(Kind.ARGS);
            case "module" -> simple(Kind.MODULE);
            case "alias" -> simple(Kind.ALIAS);
            case "wildcard" -> simple(Kind.WILDCARD);
            case "static" -> simple(Kind.STATIC);
            default -> throw new IllegalArgumentException("unknown capture @" + capture);
        };
    }

    private static CaptureRole simple(Kind kind) {
        return new CaptureRole(kind, null, null, "");
    }
}
