package dev.codeatlas.parser.lang.ruby;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.codeatlas.model.EntityKind;
import dev.codeatlas.parser.LanguageRegistry;
import java.util.List;
import org.junit.jupiter.api.Test;

class RubyLanguageTest {

    private final RubyLanguage rb = new RubyLanguage();

    @Test
    void nameSegments() {
        assertEquals(List.of("A", "B"), rb.nameSegments("A::B"));
        assertEquals(List.of("Top"), rb.nameSegments("::Top"));
        assertEquals(List.of("name"), rb.nameSegments(":name"));
        assertEquals(List.of("=="), rb.nameSegments("=="));
        assertEquals(List.of("[]="), rb.nameSegments("[]="));
    }

    @Test
    void signaturesLoseCommentsAndBlocks() {
        assertEquals("def to_s", RubyLanguage.withoutComment("def to_s # :nodoc:"));
        assertEquals("def x(a = \"#{b}\")", RubyLanguage.withoutComment("def x(a = \"#{b}\")"));
        assertEquals("def req(loaded = $\")", RubyLanguage.withoutComment("def req(loaded = $\") # :nodoc:"));
        assertEquals("Point = Struct.new(:x)", RubyLanguage.withoutBlock("Point = Struct.new(:x) do |s|"));
        assertEquals("def done", RubyLanguage.withoutBlock("def done"));
    }

    @Test
    void classFactoriesAreClasses() {
        assertEquals(EntityKind.CLASS, rb.adjustKind(EntityKind.CONSTANT, "P", "Struct.new(:x, :y)", null, false));
        assertEquals(EntityKind.CLASS, rb.adjustKind(EntityKind.CONSTANT, "P", "Data.define(:x)", null, false));
        assertEquals(EntityKind.CONSTANT, rb.adjustKind(EntityKind.CONSTANT, "P", "Structure.new", null, false));
        assertEquals(EntityKind.CONSTRUCTOR, rb.adjustKind(EntityKind.FUNCTION, "initialize", "", EntityKind.CLASS, false));
    }

    @Test
    void fileNamesAndExtensions() {
        LanguageRegistry reg = LanguageRegistry.standard();
        assertTrue(reg.forPath("Rakefile").filter(l -> l.name().equals("ruby")).isPresent());
        assertTrue(reg.forPath("sub/Gemfile").filter(l -> l.name().equals("ruby")).isPresent());
        assertTrue(reg.forPath("lib/tasks/db.rake").filter(l -> l.name().equals("ruby")).isPresent());
        assertTrue(reg.forPath("shop.gemspec").filter(l -> l.name().equals("ruby")).isPresent());
        assertTrue(reg.forPath("x.pyi").filter(l -> l.name().equals("python")).isPresent());
    }
}
