package dev.codeatlas.search.embed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The real in-process model, on a handful of texts (it loads in about a second). */
class OnnxEmbeddingProviderTest {

    private static double cos(float[] a, float[] b) {
        double d = 0;
        for (int i = 0; i < a.length; i++) {
            d += a[i] * b[i];
        }
        return d;
    }

    @Test
    void aJsonParserIsCloserToParseJsonThanAnHttpServer() throws Exception {
        try (OnnxEmbeddingProvider p = new OnnxEmbeddingProvider()) {
            List<float[]> v = p.embed(List.of(
                    "parse json",
                    "method parseJson (parse json)\njson.JsonReader.parseJson\npublic Object parseJson(String text)\n"
                            + "Parses JSON text into a tree of maps and lists.",
                    "method start\nhttp.HttpServer.start\npublic void start(int port)\nStarts listening for HTTP requests on a port.",
                    ""));
            assertEquals(4, v.size());
            assertEquals(384, v.get(0).length);
            assertEquals(1.0, cos(v.get(0), v.get(0)), 1e-4, "unit vectors");
            double json = cos(v.get(0), v.get(1));
            double http = cos(v.get(0), v.get(2));
            assertTrue(json > http + 0.2, "json " + json + " vs http " + http);
        }
    }
}
