package dev.codeatlas.parser.lang.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MarkdownLanguageTest {

    @Test
    void slugsFollowGitHubAnchors() {
        assertEquals("getting-started", MarkdownLanguage.slug("Getting Started"));
        assertEquals("api-reference-v1", MarkdownLanguage.slug("API reference (v1)"));
        assertEquals("foobar_baz-2", MarkdownLanguage.slug("Foo.bar_baz 2"));
        assertEquals("über-uns", MarkdownLanguage.slug("Über uns!"));
        assertEquals("section", MarkdownLanguage.slug("?!"));
    }

    @Test
    void headingTextDropsMarkup() {
        assertEquals("API reference (v1)", MarkdownLanguage.headingText(" API *reference* (`v1`) ##"));
        assertEquals("See the guide", MarkdownLanguage.headingText("See [the guide](x.md)"));
        assertEquals("snake_case_name", MarkdownLanguage.headingText("snake_case_name"));
        assertEquals("strong and em", MarkdownLanguage.headingText("__strong__ and _em_"));
    }

    @Test
    void codeSpansThatNameCode() {
        assertEquals("foo", MarkdownLanguage.codeName("`foo()`"));
        assertEquals("Foo.bar", MarkdownLanguage.codeName("`Foo.bar(x, y)`"));
        assertEquals("A::b", MarkdownLanguage.codeName("`A::b`"));
        assertEquals("Foo#bar", MarkdownLanguage.codeName("`Foo#bar`"));
        assertEquals("src/main/x.py", MarkdownLanguage.codeName("`src/main/x.py`"));
        assertEquals("../docs/", MarkdownLanguage.codeName("`../docs/`"));
        assertEquals("", MarkdownLanguage.codeName("`npm install`"));
        assertEquals("", MarkdownLanguage.codeName("`--verbose`"));
        assertEquals("", MarkdownLanguage.codeName("`a + b`"));
        assertEquals("", MarkdownLanguage.codeName("``"));
    }

    @Test
    void linkTargetsSkipUrlsAndAnchors() {
        assertEquals("docs/guide.md#setup", MarkdownLanguage.linkTarget("docs/guide.md#setup"));
        assertEquals("../src/Main.java", MarkdownLanguage.linkTarget("<../src/Main.java>"));
        assertEquals("", MarkdownLanguage.linkTarget("https://example.org/x"));
        assertEquals("", MarkdownLanguage.linkTarget("mailto:a@b.c"));
        assertEquals("", MarkdownLanguage.linkTarget("#usage"));
        assertEquals("", MarkdownLanguage.linkTarget("//cdn.example.org/x.js"));
    }
}
