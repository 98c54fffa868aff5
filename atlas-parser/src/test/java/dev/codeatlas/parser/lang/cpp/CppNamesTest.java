package dev.codeatlas.parser.lang.cpp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.codeatlas.model.Reference;
import dev.codeatlas.model.RelType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How C++ names as written become qualified-name segments and call receivers. */
class CppNamesTest {

    private final CppLanguage cpp = new CppLanguage();

    @Test
    void splitsQualifiedNamesOutsideTemplateArguments() {
        assertEquals(List.of("run"), cpp.nameSegments("run"));
        assertEquals(List.of("Foo", "bar"), cpp.nameSegments("Foo::bar"));
        assertEquals(List.of("ns", "Foo", "bar"), cpp.nameSegments("ns::Foo::bar"));
        assertEquals(List.of("Foo", "bar"), cpp.nameSegments("Foo<T, std::map<K, V>>::bar"));
        assertEquals(List.of("Foo", "~Foo"), cpp.nameSegments("Foo<T>::~Foo"));
        assertEquals(List.of("f"), cpp.nameSegments("::f"));
        assertEquals(List.of("max"), cpp.nameSegments("max<int>"));
        assertEquals(List.of("a", "b"), cpp.nameSegments("a::b"));
    }

    @Test
    void namesOperatorsAsCtagsDoes() {
        assertEquals(List.of("operator =="), cpp.nameSegments("operator=="));
        assertEquals(List.of("Foo", "operator <<"), cpp.nameSegments("Foo<T>::operator<<"));
        assertEquals(List.of("operator <"), cpp.nameSegments("operator<"));
        assertEquals(List.of("operator ()"), cpp.nameSegments("operator()"));
        assertEquals(List.of("operator []"), cpp.nameSegments("operator []"));
        assertEquals(List.of("Foo", "operator bool"), cpp.nameSegments("Foo::operator bool() const"));
        assertEquals(List.of("operator new[]"), cpp.nameSegments("operator new[]"));
        assertEquals(List.of("operator Once<F>"), cpp.nameSegments("operator Once<F>() const"));
    }

    @Test
    void qualifiedCalleeBecomesReceiverAndName() {
        Reference r = cpp.adjustReference(Reference.call("f", "std::make_unique<Foo>", "", 1, 3));
        assertEquals("make_unique", r.toName());
        assertEquals("std", r.receiver());
        r = cpp.adjustReference(Reference.call("f", "Foo<int>::create", "", 0, 3));
        assertEquals("create", r.toName());
        assertEquals("Foo<int>", r.receiver());
        r = cpp.adjustReference(Reference.call("f", "get<int>", "obj", 0, 3));
        assertEquals("get", r.toName());
        assertEquals("obj", r.receiver());
    }

    @Test
    void usingDeclarationsAreImports() {
        Reference r = cpp.adjustReference(new Reference(RelType.IMPORTS, "a.cpp", "using std::string;", "", -1, 1,
                "std::string", "", "using", false, false));
        assertEquals("string", r.toName());
        assertEquals("std", r.module());
        r = cpp.adjustReference(new Reference(RelType.IMPORTS, "a.cpp", "using namespace a::b;", "", -1, 1,
                "a::b", "", "using", false, true));
        assertEquals("", r.toName());
        assertEquals("a::b", r.module());
    }

    @Test
    void includesLoseTheirDelimiters() {
        Reference r = cpp.adjustReference(new Reference(RelType.IMPORTS, "a.cpp", "#include <vector>", "", -1, 1,
                "<vector>", "", "system", false, false));
        assertEquals("vector", r.module());
        assertEquals("", r.toName());
        r = cpp.adjustReference(new Reference(RelType.IMPORTS, "a.cpp", "", "", -1, 1, "\"net/socket.hpp\"", "",
                "local", false, false));
        assertEquals("net/socket.hpp", r.module());
    }
}
