package dev.codeatlas.parser.lang.rust;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits the text of a Rust use tree ({@code std::io::{self, Write as W}, a::*}) into its leaves.
 * This reads the one captured node's text, not the syntax tree; comments are skipped and an
 * unbalanced or broken tree yields the leaves read so far.
 */
final class UseTree {

    /** One imported item: module path ("" for a crate-level name), name ("" for a glob). */
    record Leaf(String module, String name, String alias, boolean wildcard, int lineOffset) {
    }

    private final String s;
    private int pos;
    private final List<Leaf> out = new ArrayList<>();

    private UseTree(String s) {
        this.s = s;
    }

    static List<Leaf> parse(String text) {
        UseTree t = new UseTree(text);
        try {
            t.tree(new ArrayList<>());
        } catch (RuntimeException e) {
            // malformed: keep what was read
        }
        return t.out;
    }

    /** tree := path ["::" ("*" | "{" list "}")] ["as" ident] | "*" | "{" list "}" */
    private void tree(List<String> prefix) {
        List<String> path = new ArrayList<>(prefix);
        skipSpace();
        if (peek("::")) { // use ::std::x
            pos += 2;
        }
        while (true) {
            skipSpace();
            if (peek("*")) {
                int at = pos++;
                out.add(new Leaf(String.join("::", path), "", "", true, lineOffset(at)));
                return;
            }
            if (peek("{")) {
                pos++;
                list(path);
                return;
            }
            int at = pos;
            String id = ident();
            if (id.isEmpty()) {
                return;
            }
            skipSpace();
            if (peek("::")) {
                pos += 2;
                path.add(id);
                continue;
            }
            String alias = "";
            if (peekWord("as")) {
                pos += 2;
                skipSpace();
                alias = ident();
            }
            if (id.equals("self") && !path.isEmpty()) { // a::{self} imports a
                String name = path.remove(path.size() - 1);
                out.add(new Leaf(String.join("::", path), name, alias, false, lineOffset(at)));
            } else {
                out.add(new Leaf(String.join("::", path), id, alias, false, lineOffset(at)));
            }
            return;
        }
    }

    private void list(List<String> prefix) {
        while (true) {
            skipSpace();
            if (pos >= s.length()) {
                return;
            }
            if (peek("}")) {
                pos++;
                return;
            }
            if (peek(",")) {
                pos++;
                continue;
            }
            int before = pos;
            tree(prefix);
            if (pos == before) {
                pos++; // skip an unexpected character
            }
        }
    }

    private String ident() {
        int start = pos;
        if (peek("r#")) {
            pos += 2;
        }
        while (pos < s.length() && (Character.isLetterOrDigit(s.charAt(pos)) || s.charAt(pos) == '_' || s.charAt(pos) == '$')) {
            pos++;
        }
        return s.substring(start, pos);
    }

    private void skipSpace() {
        while (pos < s.length()) {
            char c = s.charAt(pos);
            if (Character.isWhitespace(c)) {
                pos++;
            } else if (peek("//")) {
                int nl = s.indexOf('\n', pos);
                pos = nl < 0 ? s.length() : nl + 1;
            } else if (peek("/*")) {
                int end = s.indexOf("*/", pos + 2);
                pos = end < 0 ? s.length() : end + 2;
            } else {
                return;
            }
        }
    }

    private boolean peek(String t) {
        return s.startsWith(t, pos);
    }

    private boolean peekWord(String w) {
        return s.startsWith(w, pos) && (pos + w.length() >= s.length()
                || !Character.isLetterOrDigit(s.charAt(pos + w.length())) && s.charAt(pos + w.length()) != '_');
    }

    private int lineOffset(int at) {
        int n = 0;
        for (int i = 0; i < at && i < s.length(); i++) {
            if (s.charAt(i) == '\n') {
                n++;
            }
        }
        return n;
    }
}
