package dev.codeatlas.parser;

import dev.codeatlas.parser.lang.bash.BashLanguage;
import dev.codeatlas.parser.lang.c.CLanguage;
import dev.codeatlas.parser.lang.cpp.CppLanguage;
import dev.codeatlas.parser.lang.csharp.CSharpLanguage;
import dev.codeatlas.parser.lang.go.GoLanguage;
import dev.codeatlas.parser.lang.java.JavaLanguage;
import dev.codeatlas.parser.lang.javascript.JavaScriptLanguage;
import dev.codeatlas.parser.lang.kotlin.KotlinLanguage;
import dev.codeatlas.parser.lang.manifest.ManifestLanguage;
import dev.codeatlas.parser.lang.markdown.MarkdownLanguage;
import dev.codeatlas.parser.lang.php.PhpLanguage;
import dev.codeatlas.parser.lang.python.PythonLanguage;
import dev.codeatlas.parser.lang.ruby.RubyLanguage;
import dev.codeatlas.parser.lang.rust.RustLanguage;
import dev.codeatlas.parser.lang.scala.ScalaLanguage;
import dev.codeatlas.parser.lang.typescript.TsxLanguage;
import dev.codeatlas.parser.lang.typescript.TypeScriptLanguage;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The supported languages. Adding one is a package under {@code lang} plus one line here. */
public final class LanguageRegistry {

    private static final List<LanguageSupport> ALL = List.of(
            new JavaLanguage(),
            new KotlinLanguage(),
            new ScalaLanguage(),
            new PythonLanguage(),
            new JavaScriptLanguage(),
            new TypeScriptLanguage(),
            new TsxLanguage(),
            new GoLanguage(),
            new RustLanguage(),
            new CLanguage(),
            new CppLanguage(),
            new CSharpLanguage(),
            new RubyLanguage(),
            new PhpLanguage(),
            new BashLanguage(),
            new MarkdownLanguage(),
            new ManifestLanguage()
    );

    private static final LanguageRegistry DEFAULT = new LanguageRegistry(ALL);

    private final List<LanguageSupport> languages;
    private final Map<String, LanguageSupport> byExtension = new HashMap<>();
    private final Map<String, LanguageSupport> byFileName = new HashMap<>();
    private final Map<String, LanguageSupport> byName = new HashMap<>();

    public LanguageRegistry(List<LanguageSupport> languages) {
        this.languages = List.copyOf(languages);
        for (LanguageSupport l : languages) {
            byName.put(l.name(), l);
            for (String ext : l.extensions()) {
                byExtension.put(ext, l);
            }
            for (String f : l.fileNames()) {
                byFileName.put(f, l);
            }
        }
    }

    public static LanguageRegistry standard() {
        return DEFAULT;
    }

    public List<LanguageSupport> languages() {
        return languages;
    }

    public Optional<LanguageSupport> byName(String name) {
        return Optional.ofNullable(byName.get(name.toLowerCase(Locale.ROOT)));
    }

    /** The language of a path by file name, then by extension. */
    public Optional<LanguageSupport> forPath(String path) {
        int slash = path.lastIndexOf('/');
        String fileName = path.substring(slash + 1);
        LanguageSupport l = byFileName.get(fileName);
        if (l != null) {
            return Optional.of(l);
        }
        int dot = fileName.lastIndexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        return Optional.ofNullable(byExtension.get(fileName.substring(dot).toLowerCase(Locale.ROOT)));
    }
}
