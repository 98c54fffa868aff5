package dev.codeatlas.parser;

import java.util.ArrayList;
import java.util.List;

/** Splitting code text at a separator that stands outside brackets and string literals. */
public final class TopLevel {

    private TopLevel() {
    }

    /**
     * The parts of {@code text} between top-level {@code separator}s, stripped, empty parts
     * dropped. Brackets are () [] {} and, when {@code angleBrackets}, also &lt;&gt; (type
     * arguments); strings are "..", '..' and `..` with backslash escapes.
     */
    public static List<String> split(String text, char separator, boolean angleBrackets) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        int start = 0;
        char quote = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                if (c == '\\') {
                    i++;
                } else if (c == quote) {
                    quote = 0;
                }
                continue;
            }
            if (c == '"' || c == '\'' || c == '`') {
                quote = c;
            } else if (c == '(' || c == '[' || c == '{' || (angleBrackets && c == '<')) {
                depth++;
            } else if (c == ')' || c == ']' || c == '}' || (angleBrackets && c == '>')) {
                depth = Math.max(0, depth - 1);
            } else if (c == separator && depth == 0) {
                add(out, text.substring(start, i));
                start = i + 1;
            }
        }
        add(out, text.substring(Math.min(start, n)));
        return out;
    }

    private static void add(List<String> out, String part) {
        String p = part.strip();
        if (!p.isEmpty()) {
            out.add(p);
        }
    }
}
