package dev.codeatlas.search.embed;

import dev.codeatlas.model.GraphNode;
import dev.codeatlas.model.Label;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * The text an entity is embedded from, most telling first (small models read only the first
 * ~128 word pieces): what it is and its name in words, the qualified name, the signature, then
 * the docstring or, for an undocumented entity, the head of its source lines. Capped at
 * {@link #MAX_CHARS} (~256 tokens). Code after a docstring only diluted it: on the retrieval
 * dev split the vector channel alone scored NDCG@10 0.785 with the body always, 0.804 with the
 * body only when there is no docstring, and embedding was faster (shorter texts).
 */
final class EntityText {

    static final int MAX_CHARS = 1024;
    /** Part of every text hash: a change in how texts are made re-embeds everything. */
    private static final String VERSION = "t2";
    private static final int MAX_DOC = 400;

    private EntityText() {
    }

    /**
     * Entities worth a vector: definitions that retrieval returns (types, callables, files, doc
     * sections) and documented values. Not packages, externals, undocumented fields.
     */
    static boolean embeddable(GraphNode n) {
        if (n.file().isEmpty()) {
            return false;
        }
        return switch (n.label()) {
            case TYPE_DEF, CALLABLE, MODULE, DOC_SECTION -> true;
            case VALUE -> !n.docstring().isBlank();
            default -> false;
        };
    }

    /** Embedding order: types first, then callables, so a partial run already covers the broad units. */
    static int priority(GraphNode n) {
        return switch (n.label()) {
            case TYPE_DEF -> 0;
            case CALLABLE -> 1;
            case MODULE -> 2;
            case DOC_SECTION -> 3;
            default -> 4;
        };
    }

    static String of(GraphNode n, List<String> fileLines) {
        StringBuilder b = new StringBuilder(MAX_CHARS + 64);
        String words = words(n.name());
        b.append(n.kind().isEmpty() ? n.label().wireName().toLowerCase(Locale.ROOT) : n.kind()).append(' ').append(n.name());
        if (!words.equalsIgnoreCase(n.name())) {
            b.append(" (").append(words).append(')');
        }
        b.append('\n');
        if (!n.qualifiedName().isEmpty() && !n.qualifiedName().equals(n.name())) {
            b.append(n.qualifiedName()).append('\n');
        }
        if (n.label() == Label.MODULE && !n.file().equals(n.qualifiedName())) {
            b.append(n.file()).append('\n');
        }
        if (!n.signature().isEmpty()) {
            b.append(n.signature()).append('\n');
        }
        String doc = n.docstring().replaceAll("\\s+", " ").strip();
        if (!doc.isEmpty()) {
            b.append(doc.length() > MAX_DOC ? doc.substring(0, MAX_DOC) : doc).append('\n');
        } else {
            appendBody(b, n, fileLines);
        }
        return b.length() > MAX_CHARS ? b.substring(0, MAX_CHARS) : b.toString().strip();
    }

    /** The entity's own lines (a file: its first lines after the header comment and imports). */
    private static void appendBody(StringBuilder b, GraphNode n, List<String> lines) {
        if (lines.isEmpty()) {
            return;
        }
        boolean module = n.label() == Label.MODULE;
        int from = module ? 1 : Math.max(1, n.lineStart());
        int to = module ? lines.size() : Math.min(lines.size(), Math.max(n.lineEnd(), from));
        boolean header = module; // a licence comment, the package line and imports say little about a file
        boolean inComment = false;
        for (int i = from; i <= to && b.length() < MAX_CHARS; i++) {
            String t = lines.get(i - 1).strip();
            if (t.isEmpty()) {
                continue;
            }
            if (header) {
                if (inComment) {
                    inComment = !t.contains("*/");
                    continue;
                }
                if (t.startsWith("/*") && !t.startsWith("/**")) {
                    inComment = !t.contains("*/");
                    continue;
                }
                if (t.startsWith("//") || t.startsWith("#!") || t.startsWith("import ") || t.startsWith("package ")
                        || t.startsWith("from ") || t.startsWith("using ") || t.startsWith("#include")) {
                    continue;
                }
                header = false;
            }
            b.append(t.length() > 200 ? t.substring(0, 200) : t).append('\n');
        }
    }

    /** "parseJSONObject" / "parse_json_object" -> "parse json object". */
    static String words(String name) {
        String s = name.replaceAll("([a-z0-9])([A-Z])", "$1 $2").replaceAll("([A-Z]+)([A-Z][a-z])", "$1 $2")
                .replaceAll("[_\\-.$/]+", " ");
        return s.strip().toLowerCase(Locale.ROOT);
    }

    /** What the stored vector is checked against: the text and the fields copied to the vector document. */
    static String hash(GraphNode n, String text) {
        try {
            MessageDigest d = MessageDigest.getInstance("SHA-1");
            d.update((VERSION + '\0' + n.label().wireName() + '\0' + n.kind() + '\0' + n.language() + '\0' + n.file() + '\0')
                    .getBytes(StandardCharsets.UTF_8));
            d.update(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
