package dev.codeatlas.parser.lang.typescript;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.codeatlas.model.Visibility;
import dev.codeatlas.parser.LanguageRegistry;
import dev.codeatlas.parser.lang.javascript.JavaScriptLanguage;
import org.junit.jupiter.api.Test;

/** The naming hooks of JavaScript, TypeScript and TSX that the golden fixtures only show indirectly. */
class JsTsLanguagesTest {

    private final LanguageRegistry registry = LanguageRegistry.standard();

    @Test
    void extensionsPickTheGrammar() {
        assertEquals("javascript", registry.forPath("lib/router/index.js").orElseThrow().name());
        assertEquals("javascript", registry.forPath("src/App.jsx").orElseThrow().name());
        assertEquals("javascript", registry.forPath("esm/index.mjs").orElseThrow().name());
        assertEquals("javascript", registry.forPath("cjs/index.cjs").orElseThrow().name());
        assertEquals("typescript", registry.forPath("src/app.ts").orElseThrow().name());
        assertEquals("typescript", registry.forPath("types/index.d.ts").orElseThrow().name());
        assertEquals("typescript", registry.forPath("src/app.mts").orElseThrow().name());
        assertEquals("typescript", registry.forPath("src/app.cts").orElseThrow().name());
        assertEquals("tsx", registry.forPath("src/App.tsx").orElseThrow().name());
    }

    @Test
    void declarationFilesDropTheWholeSuffix() {
        TypeScriptLanguage ts = new TypeScriptLanguage();
        assertEquals("lib/lib.dom", ts.modulePrefix("lib/lib.dom.d.ts", ""));
        assertEquals("types/index", ts.modulePrefix("types/index.d.mts", ""));
        assertEquals("src/app.service", ts.modulePrefix("src/app.service.ts", ""));
        assertEquals("lib/router/index", new JavaScriptLanguage().modulePrefix("lib/router/index.js", ""));
    }

    @Test
    void assignmentOwnersAreNormalised() {
        JavaScriptLanguage js = new JavaScriptLanguage();
        assertEquals("Router", js.normalizeParentName("Router.prototype"));
        assertEquals("", js.normalizeParentName("exports"));
        assertEquals("", js.normalizeParentName("module.exports"));
        assertEquals("api", js.normalizeParentName("module.exports.api"));
        assertEquals("api", js.normalizeParentName("exports.api"));
        assertEquals("app", js.normalizeParentName("app"));
    }

    @Test
    void visibilityFollowsModifiersThenPrivateNamesThenExport() {
        JavaScriptLanguage js = new TsxLanguage();
        assertEquals(Visibility.PRIVATE, js.visibility("repo", "private"));
        assertEquals(Visibility.PROTECTED, js.visibility("size", "@Input() protected"));
        assertEquals(Visibility.PUBLIC, js.visibility("config", "public"));
        assertEquals(Visibility.PRIVATE, js.visibility("#items", ""));
        assertEquals(Visibility.PUBLIC, js.visibility("UserService", "@Injectable({ providedIn: 'root' }) export"));
        assertEquals(Visibility.UNKNOWN, js.visibility("helper", ""));
    }
}
