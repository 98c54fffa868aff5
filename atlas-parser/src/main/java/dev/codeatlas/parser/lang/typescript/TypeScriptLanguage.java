package dev.codeatlas.parser.lang.typescript;

import dev.codeatlas.parser.lang.javascript.JavaScriptLanguage;
import java.util.Set;
import org.treesitter.TSLanguage;
import org.treesitter.TreeSitterTypescript;

/**
 * TypeScript ({@code .ts .mts .cts}, declaration files {@code .d.ts} included): the JavaScript
 * naming rules (see {@link JavaScriptLanguage}) plus interfaces, type aliases, enums and their
 * members, namespaces ({@code @scope.namespace}), overload and {@code declare} signatures,
 * parameter properties, {@code implements} and type uses. A declaration file's module prefix
 * drops the whole {@code .d.ts} ({@code lib/lib.dom.d.ts} gives {@code lib/lib.dom}).
 */
public class TypeScriptLanguage extends JavaScriptLanguage {

    @Override
    public String name() {
        return "typescript";
    }

    @Override
    public Set<String> extensions() {
        return Set.of(".ts", ".mts", ".cts");
    }

    @Override
    public TSLanguage grammar() {
        return new TreeSitterTypescript();
    }

    /** The TypeScript query (shared with TSX, which adds the JSX patterns). */
    @Override
    public String querySource() {
        return typeScriptQuery();
    }

    protected static String typeScriptQuery() {
        return resource(TypeScriptLanguage.class, "tags.scm");
    }

    @Override
    public String modulePrefix(String relativePath, String packageName) {
        for (String ext : new String[] {".d.ts", ".d.mts", ".d.cts"}) {
            if (relativePath.endsWith(ext) && relativePath.length() > ext.length()) {
                return relativePath.substring(0, relativePath.length() - ext.length());
            }
        }
        return super.modulePrefix(relativePath, packageName);
    }
}
