package dev.codeatlas.parser.lang.go;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class GoLanguageTest {

    @Test
    void modulePrefixIsTheDirectoryOrThePackageAtTheRoot() {
        GoLanguage go = new GoLanguage();
        assertEquals("cmd/tool", go.modulePrefix("cmd/tool/main.go", "main"));
        assertEquals("cobra", go.modulePrefix("command.go", "cobra"));
        assertEquals("command", go.modulePrefix("command.go", ""));
    }

    @Test
    void importedPackageName() {
        assertEquals("http", GoLanguage.packageNameOf("net/http"));
        assertEquals("store", GoLanguage.packageNameOf("github.com/acme/store/v2"));
        assertEquals("yaml", GoLanguage.packageNameOf("gopkg.in/yaml.v3"));
        assertEquals("fmt", GoLanguage.packageNameOf("fmt"));
    }

    @Test
    void directivesAreNotDoc() {
        assertEquals("Server serves.", GoLanguage.stripDirectives("Server serves.\n\nnolint:govet"));
        assertEquals("Note: keep this.", GoLanguage.stripDirectives("Note: keep this."));
        assertEquals("See http://x", GoLanguage.stripDirectives("go:generate stringer\nSee http://x"));
    }

    @Test
    void typeNamesOfTypeUses() {
        GoLanguage go = new GoLanguage();
        assertEquals("Flag", go.normalizeTypeName("map[string][]*Flag"));
        assertEquals("Request", go.normalizeTypeName("[]*Request[T]"));
        assertEquals("sql.DB", go.normalizeTypeName("*sql.DB"));
        assertEquals("Event", go.normalizeTypeName("<-chan Event"));
        assertEquals("Item", go.normalizeTypeName("[4]Item"));
        assertEquals("Option", go.normalizeTypeName("...Option"));
        assertEquals("", go.normalizeTypeName("(*Record, error)"));
        assertEquals(false, GoLanguage.isTypeName("string"));
        assertEquals(false, GoLanguage.isTypeName("K"));
        assertEquals(false, GoLanguage.isTypeName(go.normalizeTypeName("func(int) error")));
        assertEquals(false, GoLanguage.isTypeName(go.normalizeTypeName("struct{}")));
        assertEquals(true, GoLanguage.isTypeName("http.Handler"));
    }
}
