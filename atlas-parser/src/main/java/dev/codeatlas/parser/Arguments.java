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
        List<String> parts = TopLevel.split(s, ',', false);
        List<String> out = new ArrayList<>(Math.min(parts.size(), MAX_ARGUMENTS));
        for (int i = 0; i < parts.size() && i < MAX_ARGUMENTS; i++) {
            out.add(cut(parts.get(i)));
        }
        return out;
    }

    private static String cut(String a) {
        String t = Extractor.collapse(a, MAX_ARGUMENT + 1);
        return t.length() > MAX_ARGUMENT ? t.substring(0, MAX_ARGUMENT) : t;
    }
}
