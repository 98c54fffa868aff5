package dev.codeatlas.parser.lang.c;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The content checks meant for the proposed core hooks, and the prototype/definition pairing helper. */
class CFamilyTest {

    private static byte[] b(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void tellsCppHeadersFromCHeaders() {
        assertTrue(CFamily.looksLikeCpp(b("#pragma once\nnamespace fmt {\nint f();\n}\n")));
        assertTrue(CFamily.looksLikeCpp(b("#include <string>\nint f();\n")));
        assertTrue(CFamily.looksLikeCpp(b("template <typename T>\nT max(T a, T b);\n")));
        assertTrue(CFamily.looksLikeCpp(b("class Foo : public Bar {\n};\n")));
        assertTrue(CFamily.looksLikeCpp(b("inline auto p = nullptr;\n")));
        assertFalse(CFamily.looksLikeCpp(b("#include <stdio.h>\nstruct point { int x; };\n"
                + "#ifdef __cplusplus\nextern \"C\" {\n#endif\nint f(void);\n")));
        assertFalse(CFamily.looksLikeCpp(b("/* a class of bugs:\nclass Foo {\n*/\nint class_count;\n")));
        assertFalse(CFamily.looksLikeCpp(b("// namespace handling {\ntypedef struct { int a; } ns_t;\n")));
    }

    @Test
    void blanksExportMacrosKeepingOffsets() {
        String src = "class GTEST_API_ Message {\n};\nstruct FMT_API format_error final : std::runtime_error {};\n"
                + "SPDLOG_INLINE void logger::flush() {}\n#define SPDLOG_INLINE inline\n__BEGIN_DECLS\n"
                + "class Foo final {};\nenum class Mode { A };\nFMT_BEGIN_NAMESPACE\nenum { A,\n  KIND_END\n};\n";
        byte[] out = CFamily.blankMacros(b(src));
        String text = new String(out, StandardCharsets.UTF_8);
        assertEquals(src.length(), text.length());
        assertTrue(text.startsWith("class            Message {\n"));
        assertTrue(text.contains("struct         format_error final"));
        assertTrue(text.contains("              void logger::flush()"));
        assertTrue(text.contains("#define SPDLOG_INLINE inline\n"), "preprocessor lines stay");
        assertTrue(text.contains("\n             \n"), "__BEGIN_DECLS blanked");
        assertTrue(text.contains("class Foo final {};\nenum class Mode { A };\n                   \n"));
        assertTrue(text.contains("  KIND_END\n"), "a lone enumerator stays");
        byte[] plain = b("int main(void) { return 0; }\n");
        assertSame(plain, CFamily.blankMacros(plain));
    }

    @Test
    void countsParametersAfterTheName() {
        assertEquals(0, CFamily.paramCount("int f(void)", "f"));
        assertEquals(0, CFamily.paramCount("Foo::Foo()", "Foo"));
        assertEquals(2, CFamily.paramCount("Foo<T, N>::Foo(int x, std::map<K, V> m) : x_(x)", "Foo"));
        assertEquals(1, CFamily.paramCount("bool operator==(const A& a) const", "operator =="));
        assertEquals(2, CFamily.paramCount("int operator()(int a, int b)", "operator ()"));
        assertEquals(3, CFamily.paramCount("int memcmp (const void *a, const void *b, size_t n)", "memcmp"));
        assertEquals(-1, CFamily.paramCount("int x", "x"));
    }
}
