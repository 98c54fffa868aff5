package dev.codeatlas.index.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.RegexpQuery;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/** Filters over vector documents, applied inside the kNN search (not after it). */
public final class VectorQueries {

    private VectorQueries() {
    }

    /**
     * Keeps entities with one of the labels, kinds and languages (an empty set keeps any) whose
     * file matches the glob ("" keeps any; see {@link #globToRegexp}), and not in test code when
     * {@code excludeTests}. Empty when nothing is restricted.
     */
    public static Optional<Query> filter(Collection<String> labels, Collection<String> kinds, Collection<String> languages,
                                         String pathGlob, boolean excludeTests) {
        List<Query> must = new ArrayList<>();
        anyOf(VectorFields.LABEL, labels).ifPresent(must::add);
        anyOf(VectorFields.KIND, kinds).ifPresent(must::add);
        anyOf(VectorFields.LANGUAGE, languages).ifPresent(must::add);
        if (pathGlob != null && !pathGlob.isBlank()) {
            must.add(new RegexpQuery(new Term(VectorFields.FILE, globToRegexp(pathGlob.strip()))));
        }
        if (excludeTests) {
            BooleanQuery.Builder b = new BooleanQuery.Builder();
            b.add(new TermQuery(new Term(Fields.TYPE, VectorFields.TYPE_VECTOR)), BooleanClause.Occur.FILTER);
            b.add(new TermQuery(new Term(VectorFields.TEST, "1")), BooleanClause.Occur.MUST_NOT);
            must.add(b.build());
        }
        if (must.isEmpty()) {
            return Optional.empty();
        }
        if (must.size() == 1) {
            return Optional.of(must.get(0));
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        must.forEach(q -> b.add(q, BooleanClause.Occur.FILTER));
        return Optional.of(b.build());
    }

    private static Optional<Query> anyOf(String field, Collection<String> values) {
        if (values == null || values.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new TermInSetQuery(field, values.stream().map(BytesRef::new).toList()));
    }

    /**
     * A root-relative path glob as a Lucene regular expression, with the semantics of
     * {@code FileSystems.getDefault().getPathMatcher("glob:...")} (which the text channel
     * uses): {@code **} crosses directories, {@code *} and {@code ?} do not, {@code {a,b}}
     * alternatives, {@code [...]} character classes.
     */
    static String globToRegexp(String glob) {
        StringBuilder re = new StringBuilder();
        boolean inGroup = false;
        for (int i = 0; i < glob.length(); i++) {
            char c = glob.charAt(i);
            if (c == '*' && i + 1 < glob.length() && glob.charAt(i + 1) == '*') {
                re.append(".*");
                i++;
            } else if (c == '*') {
                re.append("[^/]*");
            } else if (c == '?') {
                re.append("[^/]");
            } else if (c == '{' && !inGroup) {
                re.append('(');
                inGroup = true;
            } else if (c == '}' && inGroup) {
                re.append(')');
                inGroup = false;
            } else if (c == ',' && inGroup) {
                re.append('|');
            } else if (c == '[') {
                int close = glob.indexOf(']', i + 1);
                if (close < 0) {
                    re.append("\\[");
                    continue;
                }
                String cls = glob.substring(i + 1, close);
                re.append('[').append(cls.startsWith("!") ? "^" + cls.substring(1) : cls).append(']');
                i = close;
            } else if (c == '\\' && i + 1 < glob.length()) {
                re.append('\\').append(glob.charAt(++i));
            } else if (Character.isLetterOrDigit(c) || c == '/') {
                re.append(c);
            } else {
                re.append('\\').append(c);
            }
        }
        return re.toString();
    }
}
