package dev.codeatlas.index.resolve;

import dev.codeatlas.parser.TopLevel;

/** Parameter counts read from a signature as written ("void f(int a, Map<K, V> m)" has 2). */
final class Signatures {

    /** Arity of a signature: -1 when it has no parameter list. */
    static int paramCount(String signature, String name) {
        int open = parameterListStart(signature, name);
        if (open < 0) {
            return -1;
        }
        int close = matchingParen(signature, open);
        String params = close < 0 ? signature.substring(open + 1) : signature.substring(open + 1, close);
        return TopLevel.split(params, ',', true).size();
    }

    /** Index of the '(' opening the parameter list: the first one after the name, else the first. */
    static int parameterListStart(String signature, String name) {
        int at = name.isEmpty() ? -1 : signature.indexOf(name);
        while (at >= 0) {
            int i = at + name.length();
            while (i < signature.length() && (signature.charAt(i) == ' ' || signature.charAt(i) == '<')) {
                if (signature.charAt(i) == '<') {
                    int depth = 0;
                    for (; i < signature.length(); i++) {
                        char c = signature.charAt(i);
                        depth += c == '<' ? 1 : c == '>' ? -1 : 0;
                        if (depth == 0) {
                            break;
                        }
                    }
                }
                i++;
            }
            if (i < signature.length() && signature.charAt(i) == '(') {
                return i;
            }
            at = signature.indexOf(name, at + 1);
        }
        return signature.indexOf('(');
    }

    static int matchingParen(String s, int open) {
        int depth = 0;
        for (int i = open; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /** True when the last parameter is variadic ({@code ...}, {@code *args}, {@code params}). */
    static boolean isVariadic(String signature, String name) {
        int open = parameterListStart(signature, name);
        int close = open < 0 ? -1 : matchingParen(signature, open);
        if (open < 0 || close < 0) {
            return false;
        }
        String params = signature.substring(open, close);
        return params.contains("...") || params.contains("*") || params.contains("params ");
    }

    /** Python-style receivers and defaults: the number of parameters a call may omit or not pass. */
    static int implicitParams(String language, String kind, String signature) {
        if ("python".equals(language) && ("method".equals(kind) || "constructor".equals(kind))
                && (signature.contains("(self") || signature.contains("(cls"))) {
            return 1;
        }
        return 0;
    }
}
