package dev.codeatlas.search.embed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.codeatlas.model.GraphNode;
import dev.codeatlas.model.Label;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EntityTextTest {

    @TempDir
    Path tmp;

    private static GraphNode node(Label label, String kind, String name, String qname, String file, int from, int to, String sig, String doc) {
        return new GraphNode("p:" + qname, label, kind, name, qname, file, from, to, sig, doc, "java", "public", "");
    }

    @Test
    void namesInWords() {
        assertEquals("parse json object", EntityText.words("parseJSONObject"));
        assertEquals("parse json object", EntityText.words("parse_json_object"));
        assertEquals("http server", EntityText.words("HTTPServer"));
        assertEquals("to string", EntityText.words("toString"));
    }

    @Test
    void documentedEntitiesAreTheirDocAndUndocumentedOnesTheirCode() {
        List<String> lines = List.of("class A {", "  int size(List<String> xs) {", "    return xs.size();", "  }", "}");
        String documented = EntityText.of(node(Label.CALLABLE, "method", "size", "a.A.size", "A.java", 2, 4, "int size(List<String> xs)",
                "Counts the   items."), lines);
        assertEquals("method size\na.A.size\nint size(List<String> xs)\nCounts the items.", documented);
        String bare = EntityText.of(node(Label.CALLABLE, "method", "size", "a.A.size", "A.java", 2, 4, "int size(List<String> xs)", ""), lines);
        assertEquals("method size\na.A.size\nint size(List<String> xs)\nint size(List<String> xs) {\nreturn xs.size();\n}", bare);
    }

    @Test
    void aFileSkipsItsLicenceAndImportsAndTextsAreCapped() {
        List<String> lines = List.of("/*", " * Licence text", " */", "package a;", "import java.util.List;", "", "/** Shapes. */",
                "class Shape {}", "x".repeat(5000));
        String text = EntityText.of(node(Label.MODULE, "file", "Shape.java", "a/Shape.java", "a/Shape.java", 1, 1, "", ""), lines);
        assertTrue(text.startsWith("file Shape.java (shape java)\na/Shape.java\n/** Shapes. */\nclass Shape {}\nxxx"), text);
        assertFalse(text.contains("Licence"));
        assertTrue(text.length() <= EntityText.MAX_CHARS);
    }

    @Test
    void neverReadsOutsideTheRoot() throws IOException {
        Path root = tmp.resolve("root");
        Files.createDirectories(root);
        Files.writeString(tmp.resolve("secret.txt"), "password=1\n");
        Files.writeString(root.resolve("A.java"), "class A {}\n");
        Files.createSymbolicLink(root.resolve("link.java"), tmp.resolve("secret.txt"));
        SourceLines source = new SourceLines(root);
        assertEquals(List.of("class A {}"), source.read("A.java"));
        assertEquals(List.of(), source.read("../secret.txt"));
        assertEquals(List.of(), source.read("link.java"));
        assertEquals(List.of(), source.read(tmp.resolve("secret.txt").toString()));
        assertEquals(List.of(), new SourceLines(tmp.resolve("gone")).read("A.java"));
    }

    @Test
    void whatIsEmbedded() {
        assertTrue(EntityText.embeddable(node(Label.CALLABLE, "method", "m", "a.m", "A.java", 1, 1, "", "")));
        assertTrue(EntityText.embeddable(node(Label.VALUE, "constant", "MAX", "a.MAX", "A.java", 1, 1, "", "The largest size.")));
        assertFalse(EntityText.embeddable(node(Label.VALUE, "field", "x", "a.x", "A.java", 1, 1, "", "")));
        assertFalse(EntityText.embeddable(node(Label.PACKAGE, "package", "a", "a", "", 0, 0, "", "")));
    }
}
