package dev.codeatlas.search.text;

import dev.codeatlas.index.store.Fields;
import dev.codeatlas.index.text.CodeAnalyzer;
import dev.codeatlas.index.text.TextFields;
import dev.codeatlas.model.Label;
import dev.codeatlas.search.SearchFilters;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

/**
 * BM25 over the search-text documents: definitions (name, qualified name, signature, doc
 * comment, own body, path) and whole files (path and text), each field with its boost.
 */
public final class TextChannel {

    /** One text hit: the (file, qualified name) key of a node, and where it ranked. */
    public record Hit(String path, String qname, float score) {
        public Key key() {
            return new Key(path, qname);
        }
    }

    /** At most this many distinct terms of a query are searched (the rest add little and cost much). */
    static final int MAX_TERMS = 48;

    /** A node's identity in fusion: its file and qualified name (hashes are cached in the strings). */
    public record Key(String path, String qname) {
    }

    private static final Analyzer QUERY_ANALYZER = new CodeAnalyzer();

    /** Field boosts for definitions. */
    static final Map<String, Float> ENTITY_FIELDS = Map.of(
            TextFields.NAME, 3.0f,
            TextFields.QNAME_TEXT, 1.0f,
            TextFields.SIGNATURE, 1.0f,
            TextFields.DOC, 1.5f,
            TextFields.BODY, 1.0f,
            TextFields.PATH_TEXT, 1.0f);

    /** Field boosts for whole files. */
    static final Map<String, Float> FILE_FIELDS = Map.of(
            TextFields.NAME, 2.0f,
            TextFields.PATH_TEXT, 2.0f,
            TextFields.BODY, 1.0f);

    private TextChannel() {
    }

    /** The query's terms, analysed as the fields were (split identifiers, stems), distinct, in order. */
    public static List<String> terms(String query) {
        Set<String> out = new LinkedHashSet<>();
        try (TokenStream ts = QUERY_ANALYZER.tokenStream(TextFields.BODY, query)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken() && out.size() < MAX_TERMS) {
                out.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ArrayList<>(out);
    }

    public static List<Hit> searchEntities(IndexReader reader, List<String> terms, SearchFilters filters, int n)
            throws IOException {
        return search(reader, terms, ENTITY_FIELDS, false, filters, n);
    }

    public static List<Hit> searchFiles(IndexReader reader, List<String> terms, SearchFilters filters, int n)
            throws IOException {
        return search(reader, terms, FILE_FIELDS, true, filters, n);
    }

    /** Weight of a joined word pair matching a name (dev split: 0 gives 0.9063, 1.0 0.9070, 2.0 0.9072). */
    static final float JOINED_BOOST = 2.0f;

    /** "parse", "config" -> "parseconfig", "parse_config" for each pair of neighbouring words. */
    static List<String> joinedPairs(List<String> terms) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i + 1 < terms.size() && out.size() < 16; i++) {
            String a = terms.get(i);
            String b = terms.get(i + 1);
            if (a.length() > 1 && b.length() > 1 && !a.contains("_") && !b.contains("_") && !a.equals(b)) {
                out.add(a + b);
                out.add(a + "_" + b);
            }
        }
        return out;
    }

    private static List<Hit> search(IndexReader reader, List<String> terms, Map<String, Float> fields, boolean files,
                                     SearchFilters filters, int n) throws IOException {
        if (terms.isEmpty()) {
            return List.of();
        }
        BooleanQuery.Builder match = new BooleanQuery.Builder();
        for (String t : terms) {
            for (Map.Entry<String, Float> f : fields.entrySet()) {
                match.add(new BoostQuery(new TermQuery(new Term(f.getKey(), t)), f.getValue()), BooleanClause.Occur.SHOULD);
            }
        }
        // identifiers written as words: "parse config" also looks for parseConfig / parse_config
        // (the analyzer indexes every identifier whole, lower-cased, separators kept)
        for (String joined : joinedPairs(terms)) {
            match.add(new BoostQuery(new TermQuery(new Term(TextFields.NAME, joined)), JOINED_BOOST), BooleanClause.Occur.SHOULD);
        }
        BooleanQuery.Builder q = new BooleanQuery.Builder()
                .add(match.build(), BooleanClause.Occur.MUST)
                .add(new TermQuery(new Term(Fields.TYPE, TextFields.TYPE_VALUE)), BooleanClause.Occur.FILTER);
        Query moduleLabel = new TermQuery(new Term(TextFields.LABEL, Label.MODULE.wireName()));
        q.add(moduleLabel, files ? BooleanClause.Occur.FILTER : BooleanClause.Occur.MUST_NOT);
        addFilters(q, filters, files);
        IndexSearcher searcher = new IndexSearcher(reader);
        TopDocs top = searcher.search(q.build(), n);
        int[] docs = new int[top.scoreDocs.length];
        for (int i = 0; i < docs.length; i++) {
            docs[i] = top.scoreDocs[i].doc;
        }
        // only what fusion needs: the (file, qualified name) key
        String[] paths = DocValueReader.strings(reader, docs, TextFields.PATH);
        String[] qnames = DocValueReader.strings(reader, docs, TextFields.QNAME);
        List<Hit> out = new ArrayList<>(docs.length);
        for (int i = 0; i < docs.length; i++) {
            out.add(new Hit(paths[i], qnames[i], top.scoreDocs[i].score));
        }
        return out;
    }

    static void addFilters(BooleanQuery.Builder q, SearchFilters f, boolean files) {
        if (!files && !f.labels().isEmpty()) {
            q.add(anyOf(TextFields.LABEL, f.labels().stream().map(Label::wireName).toList()), BooleanClause.Occur.FILTER);
        }
        if (!files && !f.kinds().isEmpty()) {
            q.add(anyOf(TextFields.KIND, f.kinds()), BooleanClause.Occur.FILTER);
        }
        if (!f.languages().isEmpty()) {
            q.add(anyOf(TextFields.LANGUAGE, f.languages()), BooleanClause.Occur.FILTER);
        }
        if (f.excludeTests()) {
            q.add(new TermQuery(new Term(TextFields.TEST, "1")), BooleanClause.Occur.MUST_NOT);
        }
    }

    private static Query anyOf(String field, java.util.Collection<String> values) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (String v : values) {
            b.add(new TermQuery(new Term(field, v)), BooleanClause.Occur.SHOULD);
        }
        return b.build();
    }
}
