package dev.codeatlas.index.text;

import dev.codeatlas.model.Entity;
import dev.codeatlas.model.ParsedFile;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What search indexes of a file: one chunk per definition, holding the definition's own lines
 * (its nested definitions' lines left to them, so no text is counted twice), and the file
 * itself, holding its whole text and its path.
 */
public final class SearchText {

    /** Bodies longer than this are cut: enough for any ranking signal, bounded cost. */
    static final int MAX_BODY_CHARS = 16_000;
    static final int MAX_FILE_CHARS = 400_000;

    public record Chunk(String qname, String name, String label, String kind, String signature,
                        String doc, String body) {
    }

    private SearchText() {
    }

    public static List<Chunk> chunks(ParsedFile f, String text) {
        List<Chunk> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        int[] lineStarts = lineStarts(text);
        int lines = lineStarts.length;
        // nested definitions' lines, per parent
        Map<String, List<int[]>> children = new HashMap<>();
        for (Entity e : f.entities()) {
            if (!e.parent().isEmpty()) {
                children.computeIfAbsent(e.parent(), k -> new ArrayList<>()).add(new int[] {e.lineStart(), e.lineEnd()});
            }
        }
        for (Entity e : f.entities()) {
            int from = Math.max(1, e.lineStart());
            int to = Math.min(lines, Math.max(from, e.lineEnd()));
            StringBuilder body = new StringBuilder();
            List<int[]> kids = children.getOrDefault(e.qualifiedName(), List.of());
            if (kids.size() > 1) {
                kids.sort((a, b) -> Integer.compare(a[0], b[0]));
            }
            int k = 0;
            int line = from;
            while (line <= to && body.length() < MAX_BODY_CHARS) {
                while (k < kids.size() && kids.get(k)[1] < line) {
                    k++;
                }
                if (k < kids.size() && kids.get(k)[0] <= line && kids.get(k)[0] > from) {
                    line = kids.get(k)[1] + 1;
                    continue;
                }
                body.append(lineText(text, lineStarts, line)).append('\n');
                line++;
            }
            if (body.length() > MAX_BODY_CHARS) {
                body.setLength(MAX_BODY_CHARS);
            }
            out.add(new Chunk(e.qualifiedName(), e.name(), e.label().wireName(), e.kind().wireName(),
                    e.signature(), e.docstring(), body.toString()));
        }
        return out;
    }

    public static String fileText(String text) {
        if (text == null) {
            return "";
        }
        return text.length() > MAX_FILE_CHARS ? text.substring(0, MAX_FILE_CHARS) : text;
    }

    /** Path words: directories and the file name with and without its extension. */
    public static String pathText(String path) {
        String p = path.replace('/', ' ').replace('.', ' ').replace('-', ' ');
        return p;
    }

    private static int[] lineStarts(String text) {
        int n = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                n++;
            }
        }
        int[] starts = new int[n];
        int k = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                starts[k++] = i + 1;
            }
        }
        return starts;
    }

    private static String lineText(String text, int[] starts, int line) {
        int s = starts[line - 1];
        int e = line < starts.length ? starts[line] - 1 : text.length();
        return text.substring(s, Math.max(s, e));
    }
}
