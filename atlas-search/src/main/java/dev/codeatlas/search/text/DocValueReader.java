package dev.codeatlas.search.text;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
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

    public static String[] strings(IndexReader reader, int[] docs, String field) throws IOException {
        String[] out = new String[docs.length];
        int[] order = order(docs);
        List<LeafReaderContext> leaves = reader.leaves();
        int leaf = -1;
        SortedDocValues dv = null;
        int base = 0;
        int end = 0;
        for (int idx : order) {
            int doc = docs[idx];
            if (dv == null || doc >= end) {
                while (doc >= end) {
                    leaf++;
                    base = leaves.get(leaf).docBase;
                    end = base + leaves.get(leaf).reader().maxDoc();
                }
                dv = DocValues.getSorted(leaves.get(leaf).reader(), field);
            }
            out[idx] = dv.advanceExact(doc - base) ? dv.lookupOrd(dv.ordValue()).utf8ToString() : "";
        }
        return out;
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
