package dev.codeatlas.parser.lang.typescript;

import dev.codeatlas.parser.lang.javascript.JavaScriptLanguage;
import java.util.Set;
import org.treesitter.TSLanguage;
import org.treesitter.TreeSitterTsx;

/**
 * TypeScript with JSX ({@code .tsx}). The TSX grammar is the TypeScript grammar plus JSX (and
 * minus the {@code <T>expr} type assertion), so its query is the TypeScript query followed by
 * the JSX patterns shared with JavaScript. Its own name, "tsx", keeps its compiled grammar and
 * query apart from TypeScript's (the extractor caches them by language name).
 */
public final class TsxLanguage extends TypeScriptLanguage {

    @Override
    public String name() {
        return "tsx";
    }

    @Override
    public Set<String> extensions() {
        return Set.of(".tsx");
    }

    @Override
    public TSLanguage grammar() {
        return new TreeSitterTsx();
    }

    @Override
    public String querySource() {
        return typeScriptQuery() + "\n" + JavaScriptLanguage.jsxQuery();
    }
}
