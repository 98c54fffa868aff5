package dev.codeatlas.index.resolve;

import dev.codeatlas.model.ParsedFile;
import dev.codeatlas.model.Reference;
import dev.codeatlas.model.RelType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A parsed file and its import scope. */
final class FileUnit {
    final ParsedFile parsed;
    final boolean test;
    /** Package (Java-like) or directory the file belongs to. */
    String packageName = "";
    /** Imported simple name (or alias) to the module/qualified name it came from. */
    final Map<String, Reference> namedImports = new HashMap<>();
    /** Wildcard imports: module paths. */
    final List<Reference> wildcardImports = new ArrayList<>();
    /** Module imports without a name (Python "import a.b", Go "import x/y"): binding name to import. */
    final Map<String, Reference> moduleImports = new HashMap<>();

    FileUnit(ParsedFile parsed) {
        this.parsed = parsed;
        this.test = dev.codeatlas.index.text.TestPaths.isTest(parsed.file());
        for (Reference r : parsed.references()) {
            if (r.rel() != RelType.IMPORTS) {
                continue;
            }
            if (r.wildcard()) {
                wildcardImports.add(r);
            } else if (!r.toName().isEmpty()) {
                namedImports.put(r.alias().isEmpty() ? r.toName() : r.alias(), r);
            } else if (!r.module().isEmpty()) {
                moduleImports.put(bindingName(r, parsed.language()), r);
            }
        }
    }

    String path() {
        return parsed.file();
    }

    String language() {
        return parsed.language();
    }

    /** The local name a module import binds: its alias, else its last path segment. */
    private static String bindingName(Reference r, String language) {
        if (!r.alias().isEmpty()) {
            return r.alias();
        }
        String m = r.module();
        if ("python".equals(language)) {
            int dot = m.indexOf('.');
            return dot < 0 ? m : m.substring(0, dot); // "import os.path" binds "os"
        }
        int cut = Math.max(Math.max(m.lastIndexOf('/'), m.lastIndexOf('.')), Math.max(m.lastIndexOf(':'), m.lastIndexOf('\\')));
        return m.substring(cut + 1);
    }

}
