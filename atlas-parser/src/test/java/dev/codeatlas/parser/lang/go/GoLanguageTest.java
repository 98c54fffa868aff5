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
}
