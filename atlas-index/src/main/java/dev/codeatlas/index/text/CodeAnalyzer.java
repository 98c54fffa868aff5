package dev.codeatlas.index.text;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.FlattenGraphFilter;
import org.apache.lucene.analysis.en.EnglishMinimalStemFilter;
import org.apache.lucene.analysis.miscellaneous.WordDelimiterGraphFilter;
import org.apache.lucene.analysis.util.CharTokenizer;

/**
 * The code-aware analyzer of every searchable text field. Tokens are runs of letters, digits,
 * '_' and '$'; each identifier is kept whole and also split into its parts on camelCase,
 * PascalCase, snake_case and digits ({@code parseHTTPResponse2} gives parsehttpresponse2,
 * parse, http, response, 2), lower-cased, with a light English stemmer (plurals) and common
 * English stop words removed, so natural-language queries meet identifiers half-way.
 */
public final class CodeAnalyzer extends Analyzer {

    /** English function words, plus words every question about code carries. */
    static final CharArraySet STOP = new CharArraySet(java.util.List.of(
            "a", "an", "and", "are", "as", "at", "be", "but", "by", "for", "if", "in", "into", "is", "it", "no",
            "not", "of", "on", "or", "such", "that", "the", "their", "then", "there", "these", "they", "this",
            "to", "was", "will", "with", "how", "does", "do", "what", "where", "which", "when", "who", "why",
            "i", "we", "you", "can", "should", "would", "from", "its", "my", "our", "me", "s"), false);

    private static final int FLAGS = WordDelimiterGraphFilter.GENERATE_WORD_PARTS
            | WordDelimiterGraphFilter.GENERATE_NUMBER_PARTS
            | WordDelimiterGraphFilter.SPLIT_ON_CASE_CHANGE
            | WordDelimiterGraphFilter.SPLIT_ON_NUMERICS
            | WordDelimiterGraphFilter.PRESERVE_ORIGINAL
            | WordDelimiterGraphFilter.STEM_ENGLISH_POSSESSIVE;

    private final boolean indexTime;

    /** @param indexTime flatten the token graph (needed when indexing; queries take terms one by one) */
    public CodeAnalyzer(boolean indexTime) {
        this.indexTime = indexTime;
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        CharTokenizer source = new CharTokenizer() {
            @Override
            protected boolean isTokenChar(int c) {
                return Character.isLetterOrDigit(c) || c == '_' || c == '$';
            }
        };
        TokenStream t = new WordDelimiterGraphFilter(source, FLAGS, null);
        if (indexTime) {
            t = new FlattenGraphFilter(t);
        }
        t = new LowerCaseFilter(t);
        t = new StopFilter(t, STOP);
        t = new EnglishMinimalStemFilter(t);
        return new TokenStreamComponents(source, t);
    }
}
