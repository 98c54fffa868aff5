package dev.codeatlas.parser;

import dev.codeatlas.model.Entity;
import dev.codeatlas.model.EntityKind;
import dev.codeatlas.model.ParsedFile;
import dev.codeatlas.model.Reference;
import dev.codeatlas.model.RelType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.treesitter.TSInputEncoding;
import org.treesitter.TSNode;
import org.treesitter.TSParser;
import org.treesitter.TSQuery;
import org.treesitter.TSQueryCapture;
import org.treesitter.TSQueryCursor;
import org.treesitter.TSQueryMatch;
import org.treesitter.TSReader;
import org.treesitter.TSTree;

/**
 * Runs a language's query over one file and turns the captures into entities and references.
 * Not thread-safe: holds a parser and compiled queries per language; use one per thread
 * (see {@link SourceParser}). Only captured nodes cross JNI, never a walk of the whole tree.
 */
final class Extractor {

    private static final int MAX_SIGNATURE = 300;
    private static final int MAX_DOC = 2000;
    private static final int MAX_RECEIVER = 200;
    private static final int MAX_REPORTED_ERRORS = 5;

    private final Map<String, CompiledLanguage> compiled = new HashMap<>();
    private final byte[] readBuffer = new byte[64 * 1024];

    private static final class CompiledLanguage {
        final TSParser parser;
        final TSQuery query;
        final CaptureRole[] roles;
        final TSQuery errorQuery;

        CompiledLanguage(LanguageSupport lang) {
            parser = new TSParser();
            if (!parser.setLanguage(lang.grammar())) {
                throw new IllegalStateException("grammar of " + lang.name() + " has an incompatible ABI version");
            }
            query = new TSQuery(parser.getLanguage(), lang.querySource());
            roles = new CaptureRole[query.getCaptureCount()];
            for (int i = 0; i < roles.length; i++) {
                roles[i] = CaptureRole.parse(query.getCaptureNameForId(i));
            }
            errorQuery = new TSQuery(parser.getLanguage(), "(ERROR) @e (MISSING) @m");
        }
    }

    /** One definition or scope as captured, before names are qualified. */
    private static final class Def {
        CaptureRole.Kind role;
        EntityKind kind;
        int start;
        int end;
        String name = "";
        int bodyStart = -1;
        String doc = "";
        StringBuilder modifiers;
        String parentName = "";
        int pattern;
        // computed
        String qualifiedName;
        boolean typeScope;
    }

    private static final class Ref {
        CaptureRole role;
        int start;
        int line;
        String name = "";
        String receiver = "";
        int args = -1;
        String module = "";
        String alias = "";
        boolean wildcard;
        boolean isStatic;
        List<String> arguments = List.of();
    }

    /** Compiles a language's query now; throws if the query is invalid. */
    void warmUp(LanguageSupport lang) {
        if (lang.usesTreeSitter()) {
            compiledFor(lang);
        }
    }

    private CompiledLanguage compiledFor(LanguageSupport lang) {
        return compiled.computeIfAbsent(lang.getClass().getName(), n -> new CompiledLanguage(lang));
    }

    ParsedFile extract(LanguageSupport lang, String file, SourceText src, long deadlineNanos) {
        List<String> errors = new ArrayList<>();
        if (!src.note().isEmpty()) {
            errors.add(src.note());
        }
        if (!lang.usesTreeSitter()) {
            ExtractionContext ctx = new ExtractionContext(file, src, new ArrayList<>(), new ArrayList<>(), errors);
            lang.scan(ctx);
            lang.finish(ctx);
            return new ParsedFile(file, lang.name(), ctx.entities(), ctx.references(), errors);
        }
        CompiledLanguage cl = compiledFor(lang);
        byte[] bytes = lang.parseBytes(src.bytes());
        if (bytes.length != src.bytes().length) {
            throw new IllegalStateException(lang.name() + ".parseBytes changed the length of the source");
        }
        TSReader reader = (buf, offset, point) -> {
            if (offset >= bytes.length) {
                return 0;
            }
            int n = Math.min(buf.length, bytes.length - offset);
            System.arraycopy(bytes, offset, buf, 0, n);
            return n;
        };
        TSTree tree = cl.parser.parseWithOptions(readBuffer, null, reader, TSInputEncoding.TSInputEncodingUTF8,
                state -> System.nanoTime() > deadlineNanos);
        if (tree == null) {
            cl.parser.reset();
            errors.add("parse time limit exceeded; file skipped");
            return new ParsedFile(file, lang.name(), List.of(), List.of(), errors);
        }
        try {
            TSNode root = tree.getRootNode();
            List<Def> defs = new ArrayList<>();
            List<Ref> refs = new ArrayList<>();
            String[] pkg = {""};
            boolean complete = runQuery(cl, root, src, deadlineNanos, defs, refs, pkg);
            if (!complete) {
                errors.add("query time limit exceeded; entities after that point are missing");
            }
            if (root.hasError()) {
                collectSyntaxErrors(cl, root, src, errors);
            }
            String prefix = lang.modulePrefix(file, pkg[0]);
            List<Entity> entities = new ArrayList<>();
            List<Reference> references = new ArrayList<>();
            assemble(lang, file, prefix, src, defs, refs, entities, references);
            ExtractionContext ctx = new ExtractionContext(file, src, entities, references, errors);
            lang.finish(ctx);
            return new ParsedFile(file, lang.name(), entities, references, errors);
        } finally {
            tree.close();
        }
    }

    private boolean runQuery(CompiledLanguage cl, TSNode root, SourceText src, long deadline,
                             List<Def> defs, List<Ref> refs, String[] pkg) {
        boolean[] timedOut = {false};
        try (TSQueryCursor cursor = new TSQueryCursor()) {
            cursor.execWithOptions(cl.query, root, new Utf8View(src.bytes()), state -> {
                if (System.nanoTime() > deadline) {
                    timedOut[0] = true;
                    return true;
                }
                return false;
            });
            TSQueryMatch match = new TSQueryMatch();
            while (cursor.nextMatch(match)) {
                readMatch(cl.roles, match, src, defs, refs, pkg);
            }
        }
        return !timedOut[0];
    }

    private static void readMatch(CaptureRole[] roles, TSQueryMatch match, SourceText src,
                                  List<Def> defs, List<Ref> refs, String[] pkg) {
        TSQueryCapture[] captures = match.getCaptures();
        if (captures == null) {
            return;
        }
        CaptureRole primary = null;
        TSNode primaryNode = null;
        for (TSQueryCapture c : captures) {
            CaptureRole r = roles[c.getIndex()];
            if (r.isPrimary()) {
                primary = r;
                primaryNode = c.getNode();
                break;
            }
        }
        if (primary == null) {
            return;
        }
        switch (primary.kind()) {
            case PACKAGE -> {
                if (pkg[0].isEmpty()) {
                    pkg[0] = text(src, primaryNode).strip();
                }
            }
            case DEFINITION, SCOPE, NAMESPACE -> {
                Def d = new Def();
                d.pattern = match.getPatternIndex();
                d.role = primary.kind();
                d.kind = primary.entityKind();
                d.start = primaryNode.getStartByte();
                d.end = primaryNode.getEndByte();
                for (TSQueryCapture c : captures) {
                    CaptureRole r = roles[c.getIndex()];
                    switch (r.kind()) {
                        case NAME -> {
                            if (d.name.isEmpty()) {
                                d.name = text(src, c.getNode()).strip();
                            }
                        }
                        case BODY -> {
                            if (d.bodyStart < 0) {
                                d.bodyStart = c.getNode().getStartByte();
                            }
                        }
                        case DOC -> {
                            if (d.doc.isEmpty()) {
                                d.doc = text(src, c.getNode());
                            }
                        }
                        case MODIFIERS -> {
                            if (d.modifiers == null) {
                                d.modifiers = new StringBuilder();
                            } else {
                                d.modifiers.append(' ');
                            }
                            d.modifiers.append(text(src, c.getNode()));
                        }
                        case PARENT_NAME -> d.parentName = text(src, c.getNode()).strip();
                        default -> { }
                    }
                }
                if (!d.name.isEmpty()) {
                    defs.add(d);
                }
            }
            case REFERENCE -> {
                Ref ref = new Ref();
                ref.role = primary;
                ref.start = primaryNode.getStartByte();
                int lineByte = ref.start;
                for (TSQueryCapture c : captures) {
                    CaptureRole r = roles[c.getIndex()];
                    TSNode n = c.getNode();
                    switch (r.kind()) {
                        case NAME -> {
                            if (ref.name.isEmpty()) {
                                ref.name = text(src, n).strip();
                                lineByte = n.getStartByte();
                            }
                        }
                        case RECEIVER -> ref.receiver = collapse(text(src, n), MAX_RECEIVER);
                        case ARGS -> {
                            ref.args = n.getNamedChildCount();
                            if (ref.args > 0) {
                                ref.arguments = Arguments.split(text(src, n), ref.args);
                            }
                        }
                        case MODULE -> ref.module = text(src, n).strip();
                        case ALIAS -> ref.alias = text(src, n).strip();
                        case WILDCARD -> ref.wildcard = true;
                        case STATIC -> ref.isStatic = true;
                        default -> { }
                    }
                }
                if (ref.name.isEmpty()) {
                    ref.name = text(src, primaryNode).strip();
                }
                ref.line = src.line(lineByte);
                refs.add(ref);
            }
            default -> { }
        }
    }

    private void assemble(LanguageSupport lang, String file, String prefix, SourceText src,
                          List<Def> defs, List<Ref> refs, List<Entity> entities, List<Reference> references) {
        // Same node matched by several patterns: the first pattern wins.
        Map<String, Def> unique = new HashMap<>();
        List<Def> ordered = new ArrayList<>(defs.size());
        for (Def d : defs) {
            String key = d.start + ":" + d.end + ":" + d.name;
            Def prev = unique.get(key);
            if (prev == null) {
                unique.put(key, d);
                ordered.add(d);
            } else if (d.pattern < prev.pattern) {
                // tree-sitter reports matches as they complete, not in pattern order: the earlier pattern wins
                ordered.set(ordered.indexOf(prev), d);
                unique.put(key, d);
            }
        }
        ordered.sort(Comparator.<Def>comparingInt(d -> d.start).thenComparing(d -> -d.end)
                .thenComparing(d -> d.role == CaptureRole.Kind.DEFINITION ? 1 : 0));
        refs.sort(Comparator.comparingInt(r -> r.start));

        Map<String, Integer> seen = new HashMap<>();
        List<Def> stack = new ArrayList<>();
        int ri = 0;
        LinkedHashSet<Reference> refSet = new LinkedHashSet<>();
        for (Def d : ordered) {
            ri = emitRefs(lang, file, refs, ri, d.start, stack, refSet);
            popUntilContains(stack, d.start, d.end);
            // identical ranges are siblings ("int a, b;"), not nested
            while (!stack.isEmpty() && stack.get(stack.size() - 1).start == d.start
                    && stack.get(stack.size() - 1).end == d.end) {
                stack.remove(stack.size() - 1);
                popUntilContains(stack, d.start, d.end);
            }
            Def top = stack.isEmpty() ? null : stack.get(stack.size() - 1);
            String parentQn = top == null ? prefix : top.qualifiedName;
            String entityParent = top == null || top.role == CaptureRole.Kind.NAMESPACE ? "" : top.qualifiedName;
            boolean inTypeScope = top != null && top.typeScope;
            List<String> segments = new ArrayList<>(lang.nameSegments(d.name));
            if (!d.parentName.isEmpty()) {
                String pn = lang.normalizeParentName(d.parentName);
                if (!pn.isEmpty()) {
                    segments.add(0, pn);
                }
                parentQn = prefix;
            }
            if (segments.size() > 1) {
                for (int i = 0; i < segments.size() - 1; i++) {
                    parentQn = join(parentQn, segments.get(i));
                }
                entityParent = parentQn;
                inTypeScope = true;
            }
            String name = segments.get(segments.size() - 1);
            String qn = join(parentQn, name);
            if (d.role != CaptureRole.Kind.DEFINITION) {
                d.qualifiedName = qn;
                d.typeScope = d.role == CaptureRole.Kind.SCOPE;
                stack.add(d);
                continue;
            }
            int n = seen.merge(qn, 1, Integer::sum);
            d.qualifiedName = n == 1 ? qn : qn + "#" + n;
            EntityKind enclosing = top != null && top.role == CaptureRole.Kind.DEFINITION ? top.kind : null;
            String modifiers = d.modifiers == null ? "" : d.modifiers.toString();
            EntityKind kind = lang.adjustKind(d.kind, name, modifiers, enclosing, inTypeScope);
            d.kind = kind;
            d.typeScope = kind.label() == dev.codeatlas.model.Label.TYPE_DEF;
            entities.add(new Entity(kind, name, d.qualifiedName,
                    src.line(d.start), src.endLine(d.start, d.end),
                    signature(src, d), docstring(lang, src, d),
                    lang.visibility(name, modifiers, enclosing), lang.annotations(modifiers), entityParent));
            stack.add(d);
        }
        emitRefs(lang, file, refs, ri, Integer.MAX_VALUE, stack, refSet);
        references.addAll(refSet);
    }

    /** Emits references that start before {@code limit}, attributed to the innermost open definition. */
    private static int emitRefs(LanguageSupport lang, String file, List<Ref> refs, int ri, int limit,
                                List<Def> stack, LinkedHashSet<Reference> out) {
        while (ri < refs.size() && refs.get(ri).start < limit) {
            Ref r = refs.get(ri++);
            popUntilContains(stack, r.start, r.start);
            String from = file;
            for (int i = stack.size() - 1; i >= 0; i--) {
                if (stack.get(i).role == CaptureRole.Kind.DEFINITION) {
                    from = stack.get(i).qualifiedName;
                    break;
                }
            }
            out.add(toReference(lang, from, r));
        }
        return ri;
    }

    private static Reference toReference(LanguageSupport lang, String from, Ref r) {
        RelType rel = r.role.rel();
        String context = r.role.context();
        String name = r.name;
        if (rel == RelType.INHERITS || rel == RelType.IMPLEMENTS || rel == RelType.USES_TYPE
                || "new".equals(context)) {
            name = lang.normalizeTypeName(name);
        }
        Reference ref = lang.adjustReference(new Reference(rel, from, name, r.receiver,
                rel == RelType.CALLS ? Math.max(r.args, 0) : -1, r.line, r.module, r.alias, context, r.isStatic, r.wildcard,
                r.arguments));
        return ref.arguments().isEmpty() && !r.arguments.isEmpty() ? ref.withArguments(r.arguments) : ref;
    }

    private static void popUntilContains(List<Def> stack, int start, int end) {
        while (!stack.isEmpty()) {
            Def top = stack.get(stack.size() - 1);
            if (top.start <= start && end <= top.end && start < top.end) {
                return;
            }
            stack.remove(stack.size() - 1);
        }
    }

    private static String join(String prefix, String name) {
        return prefix.isEmpty() ? name : prefix + "." + name;
    }

    private static String signature(SourceText src, Def d) {
        String raw;
        if (d.bodyStart > d.start) {
            raw = src.text(d.start, d.bodyStart);
        } else {
            int lineEnd = src.lineStart(src.line(d.start) + 1);
            if (lineEnd <= d.start) {
                lineEnd = d.end;
            }
            raw = src.text(d.start, Math.min(d.end, lineEnd));
        }
        String s = collapse(raw, Integer.MAX_VALUE).strip();
        while (s.endsWith("{") || s.endsWith(":") || s.endsWith("=") || s.endsWith(";")) {
            s = s.substring(0, s.length() - 1).strip();
        }
        return s.length() > MAX_SIGNATURE ? s.substring(0, MAX_SIGNATURE) + "…" : s;
    }

    private static String docstring(LanguageSupport lang, SourceText src, Def d) {
        String doc = d.doc.isEmpty() ? leadingComment(lang.commentStyle(), src, src.line(d.start)) : lang.cleanDocString(d.doc);
        if (doc.length() > MAX_DOC) {
            doc = doc.substring(0, MAX_DOC) + "…";
        }
        return doc;
    }

    /** The comment block right above a line (attributes/decorators in between are skipped). */
    static String leadingComment(CommentStyle style, SourceText src, int line) {
        int l = line - 1;
        int skipped = 0;
        while (l >= 1 && skipped < 20 && startsWithAny(src.lineText(l).strip(), style.skippablePrefixes())) {
            l--;
            skipped++;
        }
        int last = l;
        int first = -1;
        int budget = 60;
        while (l >= 1 && budget-- > 0) {
            String t = src.lineText(l).strip();
            if (!style.blockEnd().isEmpty() && t.endsWith(style.blockEnd())) {
                int k = l;
                while (k >= 1 && budget-- > 0 && !src.lineText(k).contains(style.blockStart())) {
                    k--;
                }
                if (k < 1 || budget <= 0) {
                    break;
                }
                first = k;
                l = k - 1;
                break; // one block comment is the doc
            }
            if (!t.isEmpty() && startsWithAny(t, style.linePrefixes())) {
                first = l;
                l--;
                continue;
            }
            break;
        }
        if (first < 0) {
            return "";
        }
        String raw = src.text(src.lineStart(first), src.lineStart(last + 1));
        return style.clean(raw);
    }

    private static boolean startsWithAny(String s, List<String> prefixes) {
        for (String p : prefixes) {
            if (s.startsWith(p)) {
                return true;
            }
        }
        return false;
    }

    private void collectSyntaxErrors(CompiledLanguage cl, TSNode root, SourceText src, List<String> errors) {
        try (TSQueryCursor cursor = new TSQueryCursor()) {
            cursor.exec(cl.errorQuery, root);
            TSQueryMatch m = new TSQueryMatch();
            int reported = 0;
            int total = 0;
            while (cursor.nextMatch(m)) {
                TSQueryCapture[] caps = m.getCaptures();
                if (caps == null || caps.length == 0) {
                    continue;
                }
                TSNode n = caps[0].getNode();
                total++;
                if (reported < MAX_REPORTED_ERRORS) {
                    int line = src.line(n.getStartByte());
                    errors.add(n.isMissing() ? "syntax error: missing " + n.getType() + " at line " + line
                            : "syntax error at line " + line);
                    reported++;
                }
                if (total > 1000) {
                    break;
                }
            }
            if (total > reported) {
                errors.add((total > 1000 ? "more than " + total : String.valueOf(total)) + " syntax errors in all");
            }
        }
    }

    private static String text(SourceText src, TSNode n) {
        return src.text(n.getStartByte(), n.getEndByte());
    }

    static String collapse(String s, int max) {
        StringBuilder b = new StringBuilder(Math.min(s.length(), 256));
        boolean space = false;
        for (int i = 0; i < s.length() && b.length() < max; i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                space = b.length() > 0;
            } else {
                if (space) {
                    b.append(' ');
                    space = false;
                }
                b.append(c);
            }
        }
        return b.toString();
    }

    /** A CharSequence over UTF-8 bytes indexed by byte, for tree-sitter-ng's predicate checks. */
    private record Utf8View(byte[] bytes) implements CharSequence {
        @Override
        public int length() {
            return bytes.length;
        }

        @Override
        public char charAt(int index) {
            return (char) (bytes[index] & 0xFF);
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return new String(bytes, start, end - start, java.nio.charset.StandardCharsets.UTF_8);
        }

        @Override
        public String toString() {
            return new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
        }
    }
}
