package dev.codeatlas.index.resolve;

import dev.codeatlas.parser.TopLevel;
import java.util.ArrayList;
import java.util.List;

/** Just enough expression reading to type a call receiver as written ("a.b(c).d"). */
final class Expressions {

    private Expressions() {
    }

    /** Splits at top-level '.', '->' and '?.' (not inside brackets or strings). */
    static List<String> segments(String expr) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        int start = 0;
        char quote = 0;
        String e = expr.strip();
        for (int i = 0; i < e.length(); i++) {
            char c = e.charAt(i);
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
                case '.' -> {
                    if (depth == 0 && !(i + 1 < e.length() && Character.isDigit(e.charAt(i + 1)) && i > 0 && Character.isDigit(e.charAt(i - 1)))) {
                        int end = i > 0 && e.charAt(i - 1) == '?' ? i - 1 : i;
                        out.add(e.substring(start, end).strip());
                        start = i + 1;
                    }
                }
                case '-' -> {
                    if (depth == 0 && i + 1 < e.length() && e.charAt(i + 1) == '>') {
                        out.add(e.substring(start, i).strip());
                        start = i + 2;
                        i++;
                    }
                }
                case ':' -> {
                    if (depth == 0 && i + 1 < e.length() && e.charAt(i + 1) == ':') {
                        out.add(e.substring(start, i).strip());
                        start = i + 2;
                        i++;
                    }
                }
                default -> { }
            }
        }
        out.add(e.substring(start).strip());
        out.removeIf(String::isEmpty);
        return out;
    }

    /** Index of {@code ch} outside brackets and strings, or -1. */
    static int topLevel(String e, char ch) {
        int depth = 0;
        char quote = 0;
        for (int i = 0; i < e.length(); i++) {
            char c = e.charAt(i);
            if (quote != 0) {
                if (c == '\\') {
                    i++;
                } else if (c == quote) {
                    quote = 0;
                }
                continue;
            }
            if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                depth--;
            } else if (c == ch && depth == 0) {
                return i;
            }
        }
        return -1;
    }

    static boolean isCall(String seg) {
        return seg.endsWith(")") && seg.indexOf('(') > 0 && !seg.startsWith("(") && !seg.startsWith("new ");
    }

    static String callName(String seg) {
        String head = seg.substring(0, seg.indexOf('(')).strip();
        int gt = head.lastIndexOf('>');
        if (gt >= 0) {
            head = head.substring(gt + 1).strip(); // Foo.<T>bar()
        }
        return head;
    }

    static int callArgs(String seg) {
        int open = seg.indexOf('(');
        return TopLevel.split(seg.substring(open + 1, seg.length() - 1), ',', true).size();
    }

    /** "new Foo<T>(..)" gives "Foo"; null otherwise. */
    static String constructedType(String seg) {
        if (!seg.startsWith("new ")) {
            return null;
        }
        String rest = seg.substring(4).strip();
        int end = 0;
        while (end < rest.length() && (Character.isJavaIdentifierPart(rest.charAt(end)) || rest.charAt(end) == '.')) {
            end++;
        }
        return end == 0 ? null : rest.substring(0, end);
    }

    /** "((Foo) x)" gives "Foo"; null otherwise. */
    static String castType(String seg) {
        if (!seg.startsWith("((")) {
            return null;
        }
        int close = seg.indexOf(')');
        if (close < 2) {
            return null; // cut off before the cast closes (arguments are kept to 60 characters)
        }
        String t = seg.substring(2, close).strip();
        int lt = t.indexOf('<');
        if (lt > 0) {
            t = t.substring(0, lt);
        }
        return t.isEmpty() || !Character.isJavaIdentifierStart(t.charAt(0)) ? null : t;
    }

    static boolean isLiteral(String seg) {
        char c = seg.charAt(0);
        return c == '"' || c == '\'' || c == '`' || Character.isDigit(c) || seg.startsWith("[");
    }

    /** A plain identifier (array indexing stripped), or null. */
    static String identifier(String seg) {
        String s = seg;
        int bracket = s.indexOf('[');
        if (bracket > 0) {
            s = s.substring(0, bracket);
        }
        if (s.startsWith("$") && s.length() > 1) {
            s = s.substring(1);
        }
        if (s.startsWith("@") && s.length() > 1) {
            s = s.substring(1);
        }
        if (s.isEmpty() || !Character.isJavaIdentifierStart(s.charAt(0))) {
            return null;
        }
        for (int i = 1; i < s.length(); i++) {
            if (!Character.isJavaIdentifierPart(s.charAt(i))) {
                return null;
            }
        }
        return s;
    }
}
