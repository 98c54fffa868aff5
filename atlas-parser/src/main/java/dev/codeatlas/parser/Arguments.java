package dev.codeatlas.parser;

import java.util.ArrayList;
import java.util.List;

/** Splits an argument list as written ("(a, f(b, c), \"x,y\")") into its top-level arguments. */
final class Arguments {

    static final int MAX_ARGUMENT = 60;
    static final int MAX_ARGUMENTS = 12;

    private Arguments() {
    }

    static List<String> split(String list, int expected) {
        String s = list.strip();
        if (s.startsWith("(") && s.endsWith(")")) {
            s = s.substring(1, s.length() - 1);
        }
        List<String> out = new ArrayList<>(Math.min(expected, MAX_ARGUMENTS));
        int depth = 0;
        int start = 0;
        char quote = 0;
        for (int i = 0; i < s.length() && out.size() < MAX_ARGUMENTS; i++) {
            char c = s.charAt(i);
            if (quote != 0) {
                if (c == '\\') {
                    i++;
                } else if (c == quote) {
                    quote = 0;
                }
                continue;
            }
            switch (c) {
                case '"', '\'', '`' -> quote = c;
                case '(', '[', '{' -> depth++;
                case ')', ']', '}' -> depth = Math.max(0, depth - 1);
                case ',' -> {
                    if (depth == 0) {
                        out.add(cut(s.substring(start, i)));
                        start = i + 1;
                    }
                }
                default -> { }
            }
        }
        if (out.size() < MAX_ARGUMENTS && start < s.length()) {
            String last = s.substring(start).strip();
            if (!last.isEmpty()) {
                out.add(cut(last));
            }
        }
        return out;
    }

    private static String cut(String a) {
        String t = Extractor.collapse(a, MAX_ARGUMENT + 1);
        return t.length() > MAX_ARGUMENT ? t.substring(0, MAX_ARGUMENT) : t;
    }
}
