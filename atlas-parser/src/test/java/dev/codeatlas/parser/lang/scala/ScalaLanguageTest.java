package dev.codeatlas.parser.lang.scala;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.codeatlas.model.Entity;
import dev.codeatlas.model.ParsedFile;
import dev.codeatlas.parser.SourceParser;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScalaLanguageTest {

    @Test
    void importPathOfEachClause() {
        String text = " a.b.{C, D => E, F as G, _}, x.y.Z, p.q._";
        assertEquals("a.b", ScalaLanguage.importPath(text, "C", false));
        assertEquals("a.b", ScalaLanguage.importPath(text, "D", false));
        assertEquals("a.b", ScalaLanguage.importPath(text, "F", false));
        assertEquals("x.y", ScalaLanguage.importPath(text, "Z", false));
        assertEquals("a.b", ScalaLanguage.importPath(text, "", true));
        assertEquals("p.q", ScalaLanguage.importPath(" p.q._", "", true));
        assertEquals("", ScalaLanguage.importPath(" scala", "scala", false));
    }

    @Test
    void chainedPackageClausesMakeOnePackage() {
        String src = "// header\npackage a.b\npackage c\n\nclass K { def f = 1 }\nobject O\n";
        ParsedFile f = new SourceParser().parseContent("x/K.scala", src.getBytes(StandardCharsets.UTF_8));
        List<String> names = f.entities().stream().map(Entity::qualifiedName).toList();
        assertEquals(List.of("a.b.c.K", "a.b.c.K.f", "a.b.c.O"), names);
        assertEquals("a.b.c.K", f.entities().get(1).parent());
    }

    @Test
    void expressionBodiesEndOnTheirLastLine() {
        String src = "object O {\n  def f(x: Int) =\n    x + 1\n\n  /** g */\n  def g = 2\n}\n";
        ParsedFile f = new SourceParser().parseContent("O.scala", src.getBytes(StandardCharsets.UTF_8));
        Entity fn = f.entities().get(1);
        assertEquals("f", fn.name());
        assertEquals(2, fn.lineStart());
        assertEquals(3, fn.lineEnd());
    }
}
