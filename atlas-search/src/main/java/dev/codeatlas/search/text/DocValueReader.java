package dev.codeatlas.search.text;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import dev.codeatlas.index.store.Fields;
import dev.codeatlas.index.text.TextFields;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;

/**
 * Reads doc values of many hits at once (doc values iterate forward only, so hits are visited
 * in doc order, leaf by leaf). Much cheaper than stored fields, which decompress a whole block
 * per document.
 */
public final class DocValueReader {

    private DocValueReader() {
    }


    /** Values of several fields for the same hits: {@code out[f][i]} is field f of docs[i] ("" when absent). */
    public static String[][] strings(IndexReader reader, int[] docs, String... fields) throws IOException {
        String[][] out = new String[fields.length][docs.length];
        int[] order = order(docs);
        List<LeafReaderContext> leaves = reader.leaves();
        SortedDocValues[] dv = new SortedDocValues[fields.length];
        String[][] cached = new String[fields.length][];
        int leaf = -1;
        int base = 0;
        int end = 0;
        for (int idx : order) {
            int doc = docs[idx];
            if (leaf < 0 || doc >= end) {
                while (doc >= end) {
                    leaf++;
                    base = leaves.get(leaf).docBase;
                    end = base + leaves.get(leaf).reader().maxDoc();
                }
                for (int f = 0; f < fields.length; f++) {
                    dv[f] = DocValues.getSorted(leaves.get(leaf).reader(), fields[f]);
                    cached[f] = paths(leaves.get(leaf).reader(), fields[f]);
                }
            }
            for (int f = 0; f < fields.length; f++) {
                if (!dv[f].advanceExact(doc - base)) {
                    out[f][idx] = "";
                } else {
                    int ord = dv[f].ordValue();
                    out[f][idx] = cached[f] != null ? cached[f][ord] : dv[f].lookupOrd(ord).utf8ToString();
                }
            }
        }
        return out;
    }

    /** Fields whose values are file paths: few distinct values (one per file), so each segment's are decoded once. */
    private static final Set<String> PATH_FIELDS = Set.of(TextFields.PATH, Fields.FILE);

    /** A segment's path values by ord, per segment reader (dropped when the reader closes). */
    private static final Map<IndexReader.CacheKey, Map<String, String[]>> PATHS = new ConcurrentHashMap<>();

    /**
     * All values of a path field of one segment, by ord, decoded once per segment (a sorted
     * doc value's lookup decompresses a block of its terms dictionary every time); null for
     * other fields.
     */
    static String[] paths(LeafReader leaf, String field) throws IOException {
        IndexReader.CacheHelper helper = leaf.getReaderCacheHelper();
        if (!PATH_FIELDS.contains(field) || helper == null) {
            return null;
        }
        Map<String, String[]> byField = PATHS.get(helper.getKey());
        if (byField == null) {
            byField = new ConcurrentHashMap<>();
            Map<String, String[]> raced = PATHS.putIfAbsent(helper.getKey(), byField);
            if (raced != null) {
                byField = raced;
            } else {
                helper.addClosedListener(PATHS::remove);
            }
        }
        String[] values = byField.get(field);
        if (values == null) {
            SortedDocValues dv = DocValues.getSorted(leaf, field);
            values = new String[dv.getValueCount()];
            TermsEnum te = dv.termsEnum();
            int i = 0;
            for (BytesRef b = te.next(); b != null && i < values.length; b = te.next()) {
                values[i++] = b.utf8ToString();
            }
            byField.put(field, values); // two threads may both decode it: same values
        }
        return values;
    }

    /** Positions of docs in ascending doc order (doc and position packed in one long, sorted unboxed). */
    private static int[] order(int[] docs) {
        long[] packed = new long[docs.length];
        for (int i = 0; i < docs.length; i++) {
            packed[i] = ((long) docs[i] << 32) | i;
        }
        Arrays.sort(packed);
        int[] order = new int[docs.length];
        for (int i = 0; i < docs.length; i++) {
            order[i] = (int) packed[i];
        }
        return order;
    }
}
