package dev.codeatlas.index.text;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Emits each identifier whole, then its parts at the same position: split on '_' and '$', on
 * lower-to-upper case changes ({@code parseConfig}), before the last capital of a capital run
 * followed by a lower-case letter ({@code HTTPResponse} gives HTTP, Response), and between
 * letters and digits ({@code utf8} gives utf, 8). One pass, no token graph: several times
 * cheaper than WordDelimiterGraphFilter plus the flattening it needs at index time.
 */
public final class IdentifierSplitFilter extends TokenFilter {

    private static final int MAX_PARTS = 32;

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final PositionIncrementAttribute posInc = addAttribute(PositionIncrementAttribute.class);

    private char[] buffer = new char[64];
    private int length;
    private int startOffset;
    private final int[] partStart = new int[MAX_PARTS];
    private final int[] partEnd = new int[MAX_PARTS];
    private int parts;
    private int next;

    public IdentifierSplitFilter(TokenStream in) {
        super(in);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (next < parts) {
            int s = partStart[next];
            int e = partEnd[next];
            next++;
            term.copyBuffer(buffer, s, e - s);
            offset.setOffset(startOffset + s, startOffset + e);
            // the first part shares the whole token's position, the others follow it (as
            // WordDelimiterGraphFilter lays them out): parts count in the field length
            posInc.setPositionIncrement(next == 1 ? 0 : 1);
            return true;
        }
        while (true) {
            if (!input.incrementToken()) {
                return false;
            }
            length = term.length();
            if (buffer.length < length) {
                buffer = new char[Math.max(length, buffer.length * 2)];
            }
            System.arraycopy(term.buffer(), 0, buffer, 0, length);
            startOffset = offset.startOffset();
            split();
            next = 0;
            if (parts == 0) {
                continue; // only separators ("___"): nothing to search for
            }
            if (parts == 1 && partStart[0] == 0 && partEnd[0] == length) {
                parts = 0; // a plain word: emitted once, as it is
            }
            return true;
        }
    }

    private void split() {
        parts = 0;
        int i = 0;
        while (i < length && parts < MAX_PARTS) {
            while (i < length && isSeparator(buffer[i])) {
                i++;
            }
            if (i >= length) {
                break;
            }
            int start = i;
            int kind = kind(buffer[i]);
            i++;
            while (i < length) {
                char c = buffer[i];
                if (isSeparator(c)) {
                    break;
                }
                int k = kind(c);
                if (kind == DIGIT != (k == DIGIT)) {
                    break; // letter <-> digit
                }
                if (k == UPPER && kind == LOWER) {
                    break; // parseConfig
                }
                if (k == LOWER && kind == UPPER && i - start > 1) {
                    i--; // HTTPResponse: the run's last capital starts the next word
                    break;
                }
                if (kind != DIGIT) {
                    kind = k == OTHER ? kind : k;
                }
                i++;
            }
            partStart[parts] = start;
            partEnd[parts] = i;
            parts++;
        }
    }

    private static final int LOWER = 0;
    private static final int UPPER = 1;
    private static final int DIGIT = 2;
    private static final int OTHER = 3;

    private static int kind(char c) {
        if (Character.isDigit(c)) {
            return DIGIT;
        }
        if (Character.isUpperCase(c)) {
            return UPPER;
        }
        if (Character.isLowerCase(c)) {
            return LOWER;
        }
        return OTHER;
    }

    private static boolean isSeparator(char c) {
        return c == '_' || c == '$';
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        parts = 0;
        next = 0;
    }
}
