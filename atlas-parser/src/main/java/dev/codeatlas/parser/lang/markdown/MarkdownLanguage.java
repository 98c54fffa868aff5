package dev.codeatlas.parser.lang.markdown;

import dev.codeatlas.model.Entity;
import dev.codeatlas.model.EntityKind;
import dev.codeatlas.model.Reference;
import dev.codeatlas.model.RelType;
import dev.codeatlas.model.Visibility;
import dev.codeatlas.parser.CommentStyle;
import dev.codeatlas.parser.ExtractionContext;
import dev.codeatlas.parser.LanguageSupport;
import dev.codeatlas.parser.SourceText;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.treesitter.TSLanguage;

/**
 * Markdown (read line by line, see MarkdownScanner): a file is one {@code document} entity (name = file name, qualified name = the path)
 * and each heading a {@code section} whose qualified name is the path plus {@code #} plus the
 * heading's GitHub anchor ({@code docs/guide.md#getting-started}, repeated headings get
 * {@code -1}, {@code -2}, as GitHub numbers them), so a link {@code guide.md#getting-started}
 * names it. Sections nest by heading level (the grammar's headings are flat): the parent is
 * the nearest heading above with a lower level, else the document; a section runs from its
 * heading to the line before the next heading of the same or a higher level. The docstring is
 * the section's first paragraph (the document's: the file's first paragraph), at most 500
 * characters. DOCUMENTS references: code spans that look like code ({@code foo()} is written
 * {@code foo}, {@code Foo.bar}, {@code src/x.py}; context {@code code}) and link targets that
 * are not URLs or in-page anchors (context {@code link}), from the innermost section around them.
 * YAML/TOML front matter is skipped.
 */
public final class MarkdownLanguage extends LanguageSupport {

    private static final int MAX_DOC = 500;
    private static final CommentStyle NONE = new CommentStyle(List.of(), "", "", List.of());
    /** Identifier, optionally qualified ({@code a.b}, {@code A::b}, {@code A#b}, {@code a->b}, {@code A\B}, {@code a/b}). */
    private static final Pattern CODE_NAME = Pattern.compile(
            "[A-Za-z_$@][\\w$@-]*(?:(?:\\.|::|#|->|\\\\|/)[A-Za-z_$][\\w$-]*)*");
    /** A relative path: {@code ./x}, {@code ../x/y.md}, {@code src/}. */
    private static final Pattern PATH = Pattern.compile("(?:\\.{1,2}/)?[\\w.~-]+(?:/[\\w.-]+)*/?");
    private static final Pattern URL_SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:.*");
    private static final Pattern CALL_PARENS = Pattern.compile("\\(.*\\)$");
    private static final Pattern EMPHASIS = Pattern.compile(
            "(\\*{1,3})(\\S(?:.*?\\S)?)\\1|(?<!\\w)(_{1,3})(\\S(?:.*?\\S)?)\\3(?!\\w)");
    private static final Pattern INLINE_LINK = Pattern.compile("!?\\[([^\\]]*)\\]\\([^)]*\\)");

    @Override
    public String name() {
        return "markdown";
    }

    @Override
    public Set<String> extensions() {
        return Set.of(".md", ".markdown");
    }

    @Override
    public TSLanguage grammar() {
        throw new UnsupportedOperationException("Markdown is read by MarkdownScanner, not tree-sitter");
    }

    @Override
    public CommentStyle commentStyle() {
        return NONE;
    }

    /**
     * Not tree-sitter: the only Markdown grammar published for tree-sitter-ng (ikatyang 0.7.1)
     * has an external scanner that overflows tree-sitter's fixed serialisation buffer on
     * adversarial input and aborts the JVM (found by RandomInputTest). Markdown's block
     * structure is line-oriented, so {@link MarkdownScanner} reads it directly.
     */
    @Override
    public boolean usesTreeSitter() {
        return false;
    }

    @Override
    public void scan(ExtractionContext context) {
        MarkdownScanner.scan(context);
    }

    @Override
    public Visibility visibility(String name, String modifiers) {
        return Visibility.UNKNOWN;
    }

    private static final class Section {
        int line;
        int headingEnd;
        int level;
        int end;
        String name;
        String signature;
        String qn;
        String parent;
        String doc = "";
    }

    @Override
    public void finish(ExtractionContext context) {
        SourceText src = context.source();
        String path = context.file();
        int lastLine = src.lineCount();
        while (lastLine > 1 && src.lineText(lastLine).isBlank()) {
            lastLine--;
        }
        int frontMatterEnd = frontMatterEnd(src);

        List<Section> sections = new ArrayList<>();
        for (Entity e : context.entities()) {
            if (e.kind() != EntityKind.SECTION || e.lineStart() <= frontMatterEnd) {
                continue;
            }
            Section s = new Section();
            s.line = e.lineStart();
            s.headingEnd = e.lineEnd();
            String first = src.lineText(s.line).strip();
            if (first.startsWith("#")) {
                int n = 0;
                while (n < first.length() && first.charAt(n) == '#') {
                    n++;
                }
                s.level = Math.min(n, 6);
                s.signature = first;
            } else {
                s.level = src.lineText(s.headingEnd).strip().startsWith("=") ? 1 : 2;
                s.signature = collapse(e.name());
            }
            s.name = headingText(e.name());
            sections.add(s);
        }
        sections.sort((a, b) -> Integer.compare(a.line, b.line));

        // nesting, ranges, anchors
        Map<String, Integer> anchors = new HashMap<>();
        Deque<Section> open = new ArrayDeque<>();
        for (int i = 0; i < sections.size(); i++) {
            Section s = sections.get(i);
            s.end = lastLine;
            for (int j = i + 1; j < sections.size(); j++) {
                if (sections.get(j).level <= s.level) {
                    s.end = sections.get(j).line - 1;
                    break;
                }
            }
            while (!open.isEmpty() && open.peek().level >= s.level) {
                open.pop();
            }
            s.parent = open.isEmpty() ? path : open.peek().qn;
            String slug = slug(s.name);
            Integer seen = anchors.get(slug);
            anchors.put(slug, seen == null ? 1 : seen + 1);
            s.qn = path + "#" + (seen == null ? slug : slug + "-" + seen);
            open.push(s);
        }

        // paragraphs -> docstrings; code spans and links -> DOCUMENTS from the innermost section
        String fileDoc = "";
        List<Reference> refs = new ArrayList<>();
        for (Reference r : context.references()) {
            if (r.line() <= frontMatterEnd) {
                continue;
            }
            Section in = innermost(sections, r.line());
            if ("paragraph".equals(r.context())) {
                if (fileDoc.isEmpty()) {
                    fileDoc = doc(r.toName());
                }
                if (in != null && in.doc.isEmpty() && nextHeadingAfter(sections, in) > r.line()) {
                    in.doc = doc(r.toName());
                }
                continue;
            }
            String target = "code".equals(r.context()) ? codeName(r.toName()) : linkTarget(r.toName());
            if (target.isEmpty()) {
                continue;
            }
            refs.add(new Reference(RelType.DOCUMENTS, in == null ? path : in.qn, target, "", -1, r.line(),
                    "", "", r.context(), false, false));
        }

        List<Entity> entities = new ArrayList<>();
        int slash = path.lastIndexOf('/');
        entities.add(new Entity(EntityKind.DOCUMENT, path.substring(slash + 1), path, 1, lastLine, "", fileDoc,
                Visibility.UNKNOWN, List.of(), ""));
        for (Section s : sections) {
            entities.add(new Entity(EntityKind.SECTION, s.name, s.qn, s.line, Math.max(s.end, s.headingEnd),
                    s.signature, s.doc, Visibility.UNKNOWN, List.of(), s.parent));
        }
        context.entities().clear();
        context.entities().addAll(entities);
        context.references().clear();
        context.references().addAll(new java.util.LinkedHashSet<>(refs));
    }

    /** The last line of a {@code ---} (YAML) or {@code +++} (TOML) block that opens the file, else 0. */
    private static int frontMatterEnd(SourceText src) {
        String open = src.lineText(1).strip();
        if (!open.equals("---") && !open.equals("+++")) {
            return 0;
        }
        for (int l = 2; l <= src.lineCount() && l < 200; l++) {
            if (src.lineText(l).strip().equals(open)) {
                return l;
            }
        }
        return 0;
    }

    private static Section innermost(List<Section> sections, int line) {
        Section best = null;
        for (Section s : sections) {
            if (s.line > line) {
                break;
            }
            if (line <= Math.max(s.end, s.headingEnd)) {
                best = s;
            }
        }
        return best;
    }

    private static int nextHeadingAfter(List<Section> sections, Section s) {
        int i = sections.indexOf(s);
        return i + 1 < sections.size() ? sections.get(i + 1).line : Integer.MAX_VALUE;
    }

    /** Heading text without closing #'s and inline markup. */
    static String headingText(String raw) {
        String t = collapse(raw);
        t = t.replaceAll("\\s+#+$", "");
        if (t.matches("#+")) {
            t = "";
        }
        t = INLINE_LINK.matcher(t).replaceAll("$1");
        t = t.replace("`", "");
        t = EMPHASIS.matcher(t).replaceAll(m -> Matcher.quoteReplacement(m.group(2) != null ? m.group(2) : m.group(4)));
        return t.strip();
    }

    /** GitHub's heading anchor: lower case, punctuation dropped, spaces to '-'. */
    static String slug(String heading) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < heading.length(); ) {
            int c = heading.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isLetterOrDigit(c) || c == '_' || c == '-') {
                b.appendCodePoint(Character.toLowerCase(c));
            } else if (c == ' ') {
                b.append('-');
            }
        }
        return b.length() == 0 ? "section" : b.toString().toLowerCase(Locale.ROOT);
    }

    /** A code span's text when it names code: {@code foo()} -> {@code foo}; "" otherwise. */
    static String codeName(String span) {
        String t = span.strip();
        while (t.startsWith("`") && t.endsWith("`") && t.length() >= 2) {
            t = t.substring(1, t.length() - 1).strip();
        }
        t = CALL_PARENS.matcher(t).replaceFirst("");
        if (t.isEmpty() || t.length() > 200) {
            return "";
        }
        return CODE_NAME.matcher(t).matches() || PATH.matcher(t).matches() && t.contains("/") ? t : "";
    }

    /** A link target that may name a file of the project; "" for URLs, mail and in-page anchors. */
    static String linkTarget(String dest) {
        String t = dest.strip();
        if (t.startsWith("<") && t.endsWith(">")) {
            t = t.substring(1, t.length() - 1).strip();
        }
        if (t.isEmpty() || t.startsWith("#") || t.startsWith("//") || URL_SCHEME.matcher(t).matches()) {
            return "";
        }
        return t;
    }

    private static String doc(String paragraph) {
        String t = collapse(paragraph);
        return t.length() > MAX_DOC ? t.substring(0, MAX_DOC - 1) + "…" : t;
    }

    private static String collapse(String s) {
        return s.strip().replaceAll("\\s+", " ");
    }
}
