package dev.codeatlas.search;

import java.util.regex.Pattern;

/** What a query looks like, which decides how much each channel weighs. */
public enum QueryShape {
    /** One identifier or qualified name: {@code fromJson}, {@code Gson.toJson}, {@code parse_args}. */
    IDENTIFIER,
    /** A file or directory path: {@code src/flask/app.py}, {@code router/index.js}. */
    PATH,
    /** Words: {@code how are cookies signed}. */
    NATURAL;

    private static final Pattern IDENT = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*(?:(?:\\.|::|#|->)[A-Za-z_$][A-Za-z0-9_$]*)*(?:\\(\\))?");
    private static final Pattern PATHLIKE = Pattern.compile("[\\w.@-]*(?:/[\\w.@-]+)+/?|[\\w-]+\\.(?:[a-z]{1,5})");

    public static QueryShape of(String query) {
        String q = query.strip();
        if (q.isEmpty() || q.contains(" ")) {
            return NATURAL;
        }
        if (PATHLIKE.matcher(q).matches() && (q.contains("/") || !IDENT.matcher(q).matches() || looksLikeFile(q))) {
            return PATH;
        }
        return IDENT.matcher(q).matches() ? IDENTIFIER : NATURAL;
    }

    private static boolean looksLikeFile(String q) {
        int dot = q.lastIndexOf('.');
        String ext = dot < 0 ? "" : q.substring(dot + 1);
        return switch (ext) {
            case "java", "py", "js", "ts", "tsx", "jsx", "go", "rs", "c", "h", "cc", "cpp", "hpp", "cs", "rb", "php",
                 "kt", "scala", "sh", "md", "json", "yaml", "yml", "toml", "xml" -> true;
            default -> false;
        };
    }

    private static final Pattern TESTS = Pattern.compile("\\b(test|tests|testing|spec|specs|unittest|pytest|junit|mock|mocks|fixture|fixtures)\\b");

    /** True when a word of the query asks about tests. */
    public static boolean mentionsTests(String query) {
        String q = query.toLowerCase(java.util.Locale.ROOT);
        return TESTS.matcher(q).find();
    }
}
