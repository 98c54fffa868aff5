package dev.codeatlas.index.resolve;

/** Type-name spelling helpers shared by the resolver. */
final class LanguageTypes {

    private LanguageTypes() {
    }

    /** "java.util.List<String>" gives "List"; "Foo[]" keeps its brackets. */
    static String simple(String raw) {
        String t = raw.strip();
        boolean array = t.endsWith("[]");
        int lt = t.indexOf('<');
        if (lt > 0) {
            t = t.substring(0, lt);
        }
        t = t.replace("[]", "");
        int dot = t.lastIndexOf('.');
        if (dot >= 0) {
            t = t.substring(dot + 1);
        }
        return t + (array ? "[]" : "");
    }
}
