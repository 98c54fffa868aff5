package dev.codeatlas.parser;

import java.util.List;

/**
 * How comments look in a language, for finding and cleaning the comment that documents a
 * definition (the lines right above it).
 *
 * @param linePrefixes    line comment markers ("//", "#")
 * @param blockStart      block comment opener, "" if none
 * @param blockEnd        block comment closer
 * @param skippablePrefixes lines that may sit between the comment and the definition
 *                        (attributes, decorators: "#[", "@", "[")
 */
public record CommentStyle(List<String> linePrefixes, String blockStart, String blockEnd, List<String> skippablePrefixes) {

    public static final CommentStyle C_LIKE = new CommentStyle(List.of("///", "//"), "/*", "*/", List.of());
    public static final CommentStyle HASH = new CommentStyle(List.of("#"), "", "", List.of());

    public CommentStyle withSkippable(String... prefixes) {
        return new CommentStyle(linePrefixes, blockStart, blockEnd, List.of(prefixes));
    }

    /** Strips comment markers and leading '*' from each line; keeps paragraph breaks. */
    public String clean(String raw) {
        StringBuilder out = new StringBuilder(raw.length());
        int from = 0;
        while (from <= raw.length()) {
            int nl = raw.indexOf('\n', from);
            int to = nl < 0 ? raw.length() : nl;
            String t = raw.substring(from, to).strip();
            from = to + 1;
            if (!blockStart.isEmpty()) {
                if (t.startsWith(blockStart)) {
                    t = t.substring(blockStart.length());
                    while (t.startsWith("*") || t.startsWith("!")) {
                        t = t.substring(1);
                    }
                }
                if (t.endsWith(blockEnd)) {
                    t = t.substring(0, t.length() - blockEnd.length());
                }
                if (t.startsWith("*")) {
                    t = t.substring(1);
                }
            }
            for (String p : linePrefixes) {
                if (t.startsWith(p)) {
                    t = t.substring(p.length());
                    while (t.startsWith("/") || t.startsWith("!")) {
                        t = t.substring(1);
                    }
                    break;
                }
            }
            t = t.strip();
            if (out.length() > 0) {
                out.append('\n');
            }
            out.append(t);
        }
        return out.toString().strip();
    }
}
