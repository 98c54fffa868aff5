package dev.codeatlas.mcp;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.codeatlas.model.GraphNode;

/** A graph node as tools return it: the fields of the CLI's search result, plus signature and a doc summary. */
public final class NodeJson {

    /** Docstrings are summarised: the first paragraph, at most this many characters. */
    static final int DOC_CHARS = 300;

    private NodeJson() {
    }

    public static ObjectNode of(GraphNode n) {
        ObjectNode o = brief(n);
        o.put("kind", n.kind()).put("line_end", n.lineEnd());
        if (!n.signature().isEmpty()) {
            o.put("signature", n.signature());
        }
        if (!n.docstring().isEmpty()) {
            o.put("docstring", summary(n.docstring()));
        }
        return o;
    }

    /** Identity and place only: for path steps and long dependent lists. */
    public static ObjectNode brief(GraphNode n) {
        ObjectNode o = Json.object();
        o.put("uid", n.uid()).put("name", n.name()).put("qualified_name", n.qualifiedName()).put("label", n.label().wireName());
        if (!n.file().isEmpty()) {
            o.put("file", n.file()).put("line_start", n.lineStart());
        }
        return o;
    }

    private static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("\\s+");

    static String summary(String doc) {
        String s = doc.strip();
        int para = s.indexOf("\n\n");
        if (para > 0) {
            s = s.substring(0, para);
        }
        s = WHITESPACE.matcher(s).replaceAll(" ");
        return s.length() <= DOC_CHARS ? s : s.substring(0, DOC_CHARS - 3) + "...";
    }
}
