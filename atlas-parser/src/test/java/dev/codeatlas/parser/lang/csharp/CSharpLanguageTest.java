package dev.codeatlas.parser.lang.csharp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.codeatlas.model.Visibility;
import java.util.List;
import org.junit.jupiter.api.Test;

class CSharpLanguageTest {

    private final CSharpLanguage cs = new CSharpLanguage();

    @Test
    void attributesAreAnnotationsAndNotKeywords() {
        String mods = "[Obsolete(\"public, internal\"), return: NotNull] [global::System.Serializable] protected internal";
        assertEquals(List.of("Obsolete", "NotNull", "System.Serializable"), cs.annotations(mods));
        assertEquals(Visibility.PROTECTED, cs.visibility("x", mods));
        assertEquals(Visibility.UNKNOWN, cs.visibility("x", "[Description(\"public\")] static"));
    }

    @Test
    void xmlDocTagsAreRemoved() {
        String doc = "<summary>\nSends <paramref name=\"msg\"/> via <see cref=\"T:Acme.Bus\"/>.\n</summary>\n"
                + "<param name=\"msg\">The message.</param>\n<returns>true when sent</returns>";
        assertEquals("Sends msg via Acme.Bus.\nmsg: The message.\nReturns: true when sent", CSharpLanguage.cleanXmlDoc(doc));
    }

    @Test
    void operatorsAreNamedAfterTheKeyword() {
        assertEquals(List.of("operator =="), cs.nameSegments("=="));
        assertEquals(List.of("implicit operator"), cs.nameSegments("implicit"));
        assertEquals(List.of("Foo"), cs.nameSegments("Foo"));
    }
}
