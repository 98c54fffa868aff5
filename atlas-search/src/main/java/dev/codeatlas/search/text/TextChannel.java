package dev.codeatlas.search.text;

import dev.codeatlas.index.store.Fields;
import dev.codeatlas.index.text.CodeAnalyzer;
import dev.codeatlas.index.text.TextFields;
import dev.codeatlas.model.Label;
import dev.codeatlas.search.SearchFilters;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TopScoreDocCollector;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.FilterCollector;
import org.apache.lucene.search.FilterLeafCollector;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.FixedBitSet;

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

    /** Definitions and files for the same terms: the two BM25 queries, sharing term lookups. */
    public record Hits(List<Hit> entities, List<Hit> files) {
    }

    /**
     * The top {@code entities} definitions and top {@code files} files for the query's terms
     * (either may be 0 to skip that query). Terms are looked up once per field for both queries.
     */
    public static Hits search(IndexSearcher searcher, List<String> terms, SearchFilters filters, int entities, int files)
            throws IOException {
        if (terms.isEmpty()) {
            return new Hits(List.of(), List.of());
        }
        Map<Term, TermStates> states = new HashMap<>();
        List<Hit> e = entities > 0 ? search(searcher, states, terms, ENTITY_FIELDS, false, filters, entities) : List.of();
        List<Hit> f = files > 0 ? search(searcher, states, terms, FILE_FIELDS, true, filters, files) : List.of();
        return new Hits(e, f);
    }

    public static List<Hit> searchEntities(IndexReader reader, List<String> terms, SearchFilters filters, int n)
            throws IOException {
        return search(new IndexSearcher(reader), terms, filters, n, 0).entities();
    }

    public static List<Hit> searchFiles(IndexReader reader, List<String> terms, SearchFilters filters, int n)
            throws IOException {
        return search(new IndexSearcher(reader), terms, filters, 0, n).files();
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

    private static List<Hit> search(IndexSearcher searcher, Map<Term, TermStates> states, List<String> terms,
                                     Map<String, Float> fields, boolean files, SearchFilters filters, int n) throws IOException {
        BooleanQuery.Builder match = new BooleanQuery.Builder();
        for (String t : terms) {
            for (Map.Entry<String, Float> f : fields.entrySet()) {
                match.add(new BoostQuery(termQuery(searcher, states, new Term(f.getKey(), t)), f.getValue()), BooleanClause.Occur.SHOULD);
            }
        }
        // identifiers written as words: "parse config" also looks for parseConfig / parse_config
        // (the analyzer indexes every identifier whole, lower-cased, separators kept)
        for (String joined : joinedPairs(terms)) {
            match.add(new BoostQuery(termQuery(searcher, states, new Term(TextFields.NAME, joined)), JOINED_BOOST),
                    BooleanClause.Occur.SHOULD);
        }
        // The analysed t_* fields exist only on search-text documents, so the type needs no
        // filter (measured: 3% less CPU for files); except under a nested MUST, where the cached
        // type filter made definitions cheaper.
        BooleanQuery.Builder q = new BooleanQuery.Builder();
        if (files) {
            q.add(match.build(), BooleanClause.Occur.MUST).add(MODULE_LABEL, BooleanClause.Occur.FILTER);
            addFilters(q, filters, true);
        } else {
            BooleanQuery.Builder required = new BooleanQuery.Builder();
            addFilters(required, filters, false);
            if (required.build().clauses().isEmpty()) {
                // a pure disjunction, with file documents left out by the collector rather than
                // by clauses, lets Lucene use its fastest top-k scorer: same hits, same scores,
                // about 20% less CPU per hybrid search than MUST(words) + type + MUST_NOT(file)
                match.build().clauses().forEach(q::add);
                return hits(searcher, topExcludingFiles(searcher, q.build(), n), false);
            } else {
                q.add(match.build(), BooleanClause.Occur.MUST).add(TEXT_TYPE, BooleanClause.Occur.FILTER)
                        .add(MODULE_LABEL, BooleanClause.Occur.MUST_NOT);
                addFilters(q, filters, false);
            }
        }
        return hits(searcher, top(searcher, q.build(), n), files);
    }

    private static List<Hit> hits(IndexSearcher searcher, TopDocs top, boolean files) throws IOException {
        int[] docs = new int[top.scoreDocs.length];
        for (int i = 0; i < docs.length; i++) {
            docs[i] = top.scoreDocs[i].doc;
        }
        // only what fusion needs: the (file, qualified name) key
        // (a file's document has its path as qualified name: only the path is read for files)
        String[][] keys = files ? DocValueReader.strings(searcher.getIndexReader(), docs, TextFields.PATH)
                : DocValueReader.strings(searcher.getIndexReader(), docs, TextFields.PATH, TextFields.QNAME);
        List<Hit> out = new ArrayList<>(docs.length);
        for (int i = 0; i < docs.length; i++) {
            out.add(new Hit(keys[0][i], keys[files ? 0 : 1][i], top.scoreDocs[i].score));
        }
        return out;
    }

    /**
     * The best {@code n} hits, exactly as {@code searcher.search(query, n)} ranks them, without
     * counting all matches: Lucene's default counts the first 1,000 hits before it may skip
     * non-competitive documents (block-max WAND); nothing here reads the total.
     */
    public static TopDocs top(IndexSearcher searcher, Query query, int n) throws IOException {
        return searcher.search(query, new TopScoreDocCollectorManager(Math.max(1, n), null, Math.max(1, n), false));
    }

    /**
     * The best {@code n} hits of {@code query} that are not file documents: as a MUST_NOT clause
     * would give them, but the file documents are skipped by the collector (a cached bit set per
     * segment), so the query stays a pure disjunction, which Lucene scores much faster.
     */
    static TopDocs topExcludingFiles(IndexSearcher searcher, Query query, int n) throws IOException {
        TopScoreDocCollectorManager inner = new TopScoreDocCollectorManager(Math.max(1, n), null, Math.max(1, n), false);
        List<TopScoreDocCollector> collectors = new ArrayList<>();
        return searcher.search(query, new CollectorManager<Collector, TopDocs>() {
            @Override
            public Collector newCollector() throws IOException {
                TopScoreDocCollector c = inner.newCollector();
                collectors.add(c);
                return new FilterCollector(c) {
                    @Override
                    public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
                        Bits files = fileDocs(searcher, context);
                        LeafCollector leaf = super.getLeafCollector(context);
                        return files == null ? leaf : new FilterLeafCollector(leaf) {
                            @Override
                            public void collect(int doc) throws IOException {
                                if (!files.get(doc)) {
                                    super.collect(doc);
                                }
                            }
                        };
                    }
                };
            }

            @Override
            public TopDocs reduce(java.util.Collection<Collector> ignored) throws IOException {
                return inner.reduce(collectors);
            }
        });
    }

    /** File documents (label Module) of a segment, by core (dropped when it closes); null when it has none. */
    private static final Map<IndexReader.CacheKey, java.util.Optional<FixedBitSet>> FILE_DOCS = new java.util.concurrent.ConcurrentHashMap<>();

    private static Bits fileDocs(IndexSearcher searcher, LeafReaderContext context) throws IOException {
        IndexReader.CacheHelper helper = context.reader().getCoreCacheHelper();
        java.util.Optional<FixedBitSet> cached = helper == null ? null : FILE_DOCS.get(helper.getKey());
        if (cached == null) {
            FixedBitSet bits = null;
            org.apache.lucene.index.PostingsEnum pe = context.reader().postings(new Term(TextFields.LABEL, Label.MODULE.wireName()),
                    org.apache.lucene.index.PostingsEnum.NONE);
            if (pe != null) {
                bits = new FixedBitSet(context.reader().maxDoc());
                for (int d = pe.nextDoc(); d != org.apache.lucene.search.DocIdSetIterator.NO_MORE_DOCS; d = pe.nextDoc()) {
                    bits.set(d);
                }
            }
            cached = java.util.Optional.ofNullable(bits);
            if (helper != null && FILE_DOCS.putIfAbsent(helper.getKey(), cached) == null) {
                helper.addClosedListener(FILE_DOCS::remove);
            }
        }
        return cached.orElse(null);
    }

    private static final Query TEXT_TYPE = new TermQuery(new Term(Fields.TYPE, TextFields.TYPE_VALUE));
    private static final Query MODULE_LABEL = new TermQuery(new Term(TextFields.LABEL, Label.MODULE.wireName()));

    /** A term query whose per-segment term lookup is shared by every query of one search. */
    private static Query termQuery(IndexSearcher searcher, Map<Term, TermStates> states, Term term) throws IOException {
        TermStates ts = states.get(term);
        if (ts == null) {
            ts = TermStates.build(searcher, term, true);
            states.put(term, ts);
        }
        return new TermQuery(term, ts);
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
