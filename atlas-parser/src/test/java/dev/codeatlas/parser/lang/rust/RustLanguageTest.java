package dev.codeatlas.parser.lang.rust;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.codeatlas.model.Visibility;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class RustLanguageTest {

    private static String leaves(String tree) {
        return UseTree.parse(tree).stream()
                .map(l -> l.module() + "|" + l.name() + (l.alias().isEmpty() ? "" : " as " + l.alias())
                        + (l.wildcard() ? " *" : "") + " +" + l.lineOffset())
                .collect(Collectors.joining(", "));
    }

    @Test
    void simplePaths() {
        assertEquals("std::io|Read +0", leaves("std::io::Read"));
        assertEquals("|serde +0", leaves("serde"));
        assertEquals("super|b as c +0", leaves("super::b as c"));
        assertEquals("crate::a| * +0", leaves("crate::a::*"));
        assertEquals("std|mem +0", leaves("::std::mem"));
        assertEquals("|Trait as _ +0", leaves("Trait as _"));
    }

    @Test
    void nestedGroupsSelfGlobsAndComments() {
        String tree = "std::{\n    self as st, // the crate\n    io::{self, Write as W},\n    /* all */ *,\n}";
        assertEquals("|std as st +1, std|io +2, std::io|Write as W +2, std| * +3", leaves(tree));
    }

    @Test
    void brokenTreeKeepsWhatWasRead() {
        assertEquals("a|b +0, a|c +0", leaves("a::{b, c"));
        assertEquals("", leaves(""));
        assertEquals(List.of(), UseTree.parse("{,,}"));
    }

    @Test
    void visibilityAndAttributes() {
        RustLanguage rust = new RustLanguage();
        assertEquals(Visibility.PUBLIC, rust.visibility("x", "#[derive(Debug)] pub"));
        assertEquals(Visibility.INTERNAL, rust.visibility("x", "pub(crate)"));
        assertEquals(Visibility.INTERNAL, rust.visibility("x", "pub(in crate::a)"));
        assertEquals(Visibility.PRIVATE, rust.visibility("x", "pub(self)"));
        assertEquals(Visibility.PRIVATE, rust.visibility("x", "#[doc = \"pub ]\"]"));
        assertEquals(Visibility.PUBLIC, rust.visibility("m", "#[macro_export]"));
        assertEquals(List.of("derive", "serde", "tokio::main"),
                rust.annotations("#[derive(Debug, Clone)] #[serde(rename = \"a]\")] #[tokio::main] pub"));
    }

    @Test
    void implTypeNames() {
        assertEquals("Server", RustLanguage.typeName("&'a mut Server<H>"));
        assertEquals("Display", RustLanguage.typeName("std::fmt::Display"));
        assertEquals("[T]", RustLanguage.typeName("[T]"));
        assertEquals("Foo", RustLanguage.typeName("dyn Foo"));
    }

    @Test
    void typeNamesOfTypeUses() {
        RustLanguage rust = new RustLanguage();
        assertEquals("Foo", rust.normalizeTypeName("&'a mut Foo"));
        assertEquals("Vec", rust.normalizeTypeName("Vec<Foo>"));
        assertEquals("Bar", rust.normalizeTypeName("&[Bar]"));
        assertEquals("Bar", rust.normalizeTypeName("[Bar; 4]"));
        assertEquals("Qux", rust.normalizeTypeName("dyn Qux + Send"));
        assertEquals("Into", rust.normalizeTypeName("impl Into<String>"));
        assertEquals("Fn", rust.normalizeTypeName("impl Fn(u8) -> u8"));
        assertEquals("io::Error", rust.normalizeTypeName("io::Error"));
        assertEquals("Foo", rust.normalizeTypeName("Item = Foo"));
        assertEquals("Box", rust.normalizeTypeName("Box<dyn Iterator<Item = u8>>"));
        assertEquals("str", rust.normalizeTypeName("&'static str"));
        assertEquals("", rust.normalizeTypeName("'a"));
        assertEquals("", rust.normalizeTypeName("(A, B)"));
        assertEquals("", rust.normalizeTypeName("fn(X) -> Y"));
        assertEquals("", rust.normalizeTypeName("<T as Trait>::Output"));
        assertEquals(false, RustLanguage.isTypeName("str"));
        assertEquals(false, RustLanguage.isTypeName("T"));
        assertEquals(false, RustLanguage.isTypeName("4"));
        assertEquals(true, RustLanguage.isTypeName("Self::Output"));
    }
}
