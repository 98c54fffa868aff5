package dev.codeatlas.index.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;

class CodeAnalyzerTest {

    private static final Analyzer A = new CodeAnalyzer();

    static List<String> terms(String text) throws IOException {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = A.tokenStream("t_body", text)) {
            CharTermAttribute t = ts.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute p = ts.addAttribute(PositionIncrementAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(t + (p.getPositionIncrement() == 0 ? "@0" : ""));
            }
            ts.end();
        }
        return out;
    }

    @Test
    void identifiersAreKeptWholeAndSplit() throws IOException {
        assertEquals(List.of("parseconfig", "parse@0", "config"), terms("parseConfig"));
        assertEquals(List.of("parsehttpresponse2", "parse@0", "http", "response", "2"), terms("parseHTTPResponse2"));
        assertEquals(List.of("xmlhttprequest", "xml@0", "http", "request"), terms("XMLHttpRequest"));
        assertEquals(List.of("snake_case_name", "snake@0", "case", "name"), terms("snake_case_name"));
        assertEquals(List.of("__init__", "init@0"), terms("__init__"));
        assertEquals(List.of("utf8decoder", "utf@0", "8", "decoder"), terms("utf8Decoder"));
        assertEquals(List.of("$scope", "scope@0"), terms("$scope"));
    }

    @Test
    void proseIsLowerCasedStemmedAndStopped() throws IOException {
        assertEquals(List.of("parse", "config", "file"), terms("How does it parse the config files?"));
        assertEquals(List.of("kebab", "case"), terms("kebab-case"));
        assertEquals(List.of("gson", "tojson", "json"), terms("Gson.toJson"));
    }

    @Test
    void oddInputIsHarmless() throws IOException {
        assertEquals(List.of(), terms(""));
        assertEquals(List.of(), terms("___ $$$ ..."));
        String longIdent = "a".repeat(10_000) + "B" + "c".repeat(10);
        List<String> t = terms(longIdent); // the tokenizer cuts tokens at 255 chars
        org.junit.jupiter.api.Assertions.assertTrue(!t.isEmpty() && t.stream().allMatch(x -> x.length() <= 257), t.toString());
        assertEquals(List.of("ünïcödeidentifier", "ünïcöde@0", "identifier"), terms("ÜnïcödeIdentifier"));
    }
}
