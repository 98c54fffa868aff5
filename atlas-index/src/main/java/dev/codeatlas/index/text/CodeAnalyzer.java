package dev.codeatlas.index.text;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishMinimalStemFilter;
import org.apache.lucene.analysis.util.CharTokenizer;

/**
 * The code-aware analyzer of every searchable text field. Tokens are runs of letters, digits,
 * '_' and '$'; each identifier is kept whole and also split into its parts on camelCase,
 * PascalCase, snake_case and digits ({@code parseHTTPResponse2} gives parsehttpresponse2,
 * parse, http, response, 2), lower-cased, with a light English stemmer (plurals) and common
 * English stop words removed, so natural-language queries meet identifiers half-way. The
 * splitting is {@link IdentifierSplitFilter}.
 */
public final class CodeAnalyzer extends Analyzer {

    /** English function words, plus words every question about code carries. */
    static final CharArraySet STOP = new CharArraySet(java.util.List.of(
            "a", "an", "and", "are", "as", "at", "be", "but", "by", "for", "if", "in", "into", "is", "it", "no",
            "not", "of", "on", "or", "such", "that", "the", "their", "then", "there", "these", "they", "this",
            "to", "was", "will", "with", "how", "does", "do", "what", "where", "which", "when", "who", "why",
            "i", "we", "you", "can", "should", "would", "from", "its", "my", "our", "me", "s"), false);

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        CharTokenizer source = new CharTokenizer() {
            @Override
            protected boolean isTokenChar(int c) {
                return Character.isLetterOrDigit(c) || c == '_' || c == '$';
            }
        };
        TokenStream t = new IdentifierSplitFilter(source);
        t = new LowerCaseFilter(t);
        t = new StopFilter(t, STOP);
        t = new EnglishMinimalStemFilter(t); // measured: KStem 0.888, Porter 0.883, minimal 0.906 NDCG@10 on the dev split
        return new TokenStreamComponents(source, t);
    }
}
