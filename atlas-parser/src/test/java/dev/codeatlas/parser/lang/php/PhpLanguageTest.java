package dev.codeatlas.parser.lang.php;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.codeatlas.model.Visibility;
import dev.codeatlas.parser.LanguageRegistry;
import java.util.List;
import org.junit.jupiter.api.Test;

class PhpLanguageTest {

    private final PhpLanguage php = new PhpLanguage();

    @Test
    void namespaceIsTheModulePrefix() {
        assertEquals("App.Http", php.modulePrefix("src/Http/Kernel.php", "App\\Http"));
        assertEquals("src/helpers", php.modulePrefix("src/helpers.php", ""));
        assertEquals("Foo.Bar", php.normalizeTypeName("\\Foo\\Bar"));
    }

    @Test
    void attributesAreAnnotations() {
        assertEquals(List.of("Route", "ORM.Column", "Deprecated"),
                php.annotations("#[Route('/a, b', methods: ['GET'])] #[\\ORM\\Column(type: \"string\"), Deprecated] public"));
        assertEquals(List.of(), php.annotations("public static"));
    }

    @Test
    void membersArePublicUnlessSaidOtherwise() {
        assertEquals(Visibility.PUBLIC, php.visibility("f", "static"));
        assertEquals(Visibility.PROTECTED, php.visibility("f", "#[Attr] protected"));
        assertEquals(Visibility.PUBLIC, php.visibility("f", "#[Access('private')]"));
    }

    @Test
    void registeredExtensions() {
        assertEquals("php", LanguageRegistry.standard().forPath("a/b.phtml").orElseThrow().name());
        assertEquals("bash", LanguageRegistry.standard().forPath("bin/run.sh").orElseThrow().name());
        assertEquals("bash", LanguageRegistry.standard().forPath("home/.bashrc").orElseThrow().name());
        assertEquals("markdown", LanguageRegistry.standard().forPath("README.markdown").orElseThrow().name());
    }
}
