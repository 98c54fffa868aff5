package dev.codeatlas.parser.lang.markdown;

import dev.codeatlas.model.Entity;
import dev.codeatlas.model.EntityKind;
import dev.codeatlas.model.Reference;
import dev.codeatlas.model.RelType;
import dev.codeatlas.model.Visibility;
import dev.codeatlas.parser.ExtractionContext;
import dev.codeatlas.parser.SourceText;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads Markdown's block structure line by line (CommonMark's rules, as far as sections and
 * references need them): ATX and setext headings, top-level paragraphs, fenced and indented
 * code and HTML blocks (skipped), link reference definitions, and inline code spans and link
 * destinations. Linear in the input, no recursion, nothing to overflow.
 */
final class MarkdownScanner {

    private static final Pattern ATX = Pattern.compile("^ {0,3}(#{1,6})(?:[ \\t]+(.*?))?[ \\t]*$");
    private static final Pattern SETEXT = Pattern.compile("^ {0,3}(=+|-+)[ \\t]*$");
    private static final Pattern FENCE = Pattern.compile("^ {0,3}(`{3,}|~{3,})(.*)$");
    private static final Pattern LIST_OR_QUOTE = Pattern.compile("^ {0,3}(?:[-+*][ \\t]|\\d{1,9}[.)][ \\t]|>)");
    private static final Pattern THEMATIC = Pattern.compile("^ {0,3}(?:(?:-[ \\t]*){3,}|(?:\\*[ \\t]*){3,}|(?:_[ \\t]*){3,})$");
    private static final Pattern HTML_START = Pattern.compile("^ {0,3}<(?:[A-Za-z][A-Za-z0-9-]*|/[A-Za-z]|!--)");
    private static final Pattern LINK_DEF = Pattern.compile("^ {0,3}\\[[^\\]]+\\]:[ \\t]*(<[^>]*>|\\S+)");

    private MarkdownScanner() {
    }

    static void scan(ExtractionContext ctx) {
        SourceText src = ctx.source();
        List<Entity> entities = ctx.entities();
        List<Reference> refs = ctx.references();
        String file = ctx.file();
        int lines = src.lineCount();
        String fence = null;
        boolean html = false;
        int paraStart = -1;
        StringBuilder para = new StringBuilder();
        boolean paraTopLevel = false;
        for (int l = 1; l <= lines; l++) {
            String line = src.lineText(l);
            if (fence != null) {
                String t = line.strip();
                if (t.startsWith(fence) && t.replace(fence.substring(0, 1), "").isBlank()) {
                    fence = null;
                }
                continue;
            }
            if (html) {
                if (line.isBlank()) {
                    html = false;
                }
                continue;
            }
            boolean blank = line.isBlank();
            Matcher fm = FENCE.matcher(line);
            Matcher atx = ATX.matcher(line);
            if (paraStart > 0) {
                Matcher setext = SETEXT.matcher(line);
                if (setext.matches() && paraTopLevel) {
                    entities.add(section(file, para.toString(), paraStart, l));
                    inline(refs, file, para.toString(), paraStart);
                    paraStart = -1;
                    para.setLength(0);
                    continue;
                }
                if (blank || fm.matches() || atx.matches() || THEMATIC.matcher(line).matches()
                        || (paraTopLevel && LIST_OR_QUOTE.matcher(line).find())) {
                    endParagraph(refs, file, para, paraStart, paraTopLevel);
                    paraStart = -1;
                } else {
                    para.append('\n').append(line);
                    continue;
                }
            }
            if (blank) {
                continue;
            }
            if (fm.matches()) {
                fence = fm.group(1);
                continue;
            }
            if (atx.matches()) {
                String text = atx.group(2) == null ? "" : atx.group(2);
                if (!MarkdownLanguage.headingText(text).isEmpty()) { // an empty heading is no section
                    entities.add(section(file, text, l, l));
                    inline(refs, file, text, l);
                }
                continue;
            }
            if (THEMATIC.matcher(line).matches()) {
                continue;
            }
            if (HTML_START.matcher(line).find()) {
                html = true;
                continue;
            }
            if (line.startsWith("    ") || line.startsWith("\t")) {
                continue; // indented code
            }
            Matcher def = LINK_DEF.matcher(line);
            if (def.find()) {
                refs.add(new Reference(RelType.DOCUMENTS, file, def.group(1), "", -1, l, "", "", "link", false, false));
                continue;
            }
            paraStart = l;
            paraTopLevel = !LIST_OR_QUOTE.matcher(line).find();
            para.setLength(0);
            para.append(line);
        }
        if (paraStart > 0) {
            endParagraph(refs, file, para, paraStart, paraTopLevel);
        }
    }

    private static Entity section(String file, String text, int start, int end) {
        return new Entity(EntityKind.SECTION, text.strip(), file + "#" + text.strip(), start, end, "", "",
                Visibility.UNKNOWN, List.of(), "");
    }

    private static void endParagraph(List<Reference> refs, String file, StringBuilder para, int start, boolean topLevel) {
        String text = para.toString();
        if (topLevel) {
            refs.add(new Reference(RelType.DOCUMENTS, file, text, "", -1, start, "", "", "paragraph", false, false));
        }
        inline(refs, file, text, start);
    }

    /** Code spans (backtick runs closed by a run of the same length) and inline link destinations. */
    static void inline(List<Reference> refs, String file, String text, int firstLine) {
        int line = firstLine;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
            } else if (c == '\\') {
                i++;
            } else if (c == '`') {
                int run = 1;
                while (i + run < n && text.charAt(i + run) == '`') {
                    run++;
                }
                int close = findRun(text, i + run, run);
                if (close < 0) {
                    i += run - 1;
                    continue;
                }
                refs.add(new Reference(RelType.DOCUMENTS, file, text.substring(i, close + run).replace('\n', ' '),
                        "", -1, line, "", "", "code", false, false));
                for (int k = i; k < close + run; k++) {
                    if (text.charAt(k) == '\n') {
                        line++;
                    }
                }
                i = close + run - 1;
            } else if (c == ']' && i + 1 < n && text.charAt(i + 1) == '(') {
                int end = text.indexOf(')', i + 2);
                if (end > 0) {
                    String dest = text.substring(i + 2, end).strip();
                    int sp = dest.indexOf(' ');
                    if (sp > 0 && !dest.startsWith("<")) {
                        dest = dest.substring(0, sp); // drop a title
                    }
                    if (!dest.isEmpty()) {
                        refs.add(new Reference(RelType.DOCUMENTS, file, dest, "", -1, line, "", "", "link", false, false));
                    }
                }
            }
        }
    }

    private static int findRun(String text, int from, int run) {
        int i = from;
        while (i < text.length()) {
            if (text.charAt(i) == '`') {
                int r = 1;
                while (i + r < text.length() && text.charAt(i + r) == '`') {
                    r++;
                }
                if (r == run) {
                    return i;
                }
                i += r;
            } else {
                i++;
            }
        }
        return -1;
    }
}
