package dev.codeatlas.index.resolve;

import dev.codeatlas.model.ParsedFile;
import dev.codeatlas.model.Reference;
import dev.codeatlas.model.RelType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A file of the project: its definitions in source order and its import scope. */
final class FileUnit {
    final String project;
    private final String path;
    private final String language;
    final boolean test;
    /** Position in path order, once the table is complete. */
    int ordinal;
    /** Package (Java-like) or directory the file belongs to. */
    String packageName = "";
    /** The file's definitions, in source order. */
    final List<Sym> syms;
    /** Imported simple name (or alias) to the module/qualified name it came from. */
    Map<String, Reference> namedImports = Map.of();
    /** Wildcard imports: module paths. */
    List<Reference> wildcardImports = List.of();
    /** Module imports without a name (Python "import a.b", Go "import x/y"): binding name to import. */
    Map<String, Reference> moduleImports = Map.of();

    FileUnit(String project, ParsedFile parsed) {
        this.project = project;
        this.path = parsed.file();
        this.language = parsed.language();
        this.test = dev.codeatlas.index.text.TestPaths.isTest(path);
        this.syms = new ArrayList<>(parsed.entities().size());
        for (Reference r : parsed.references()) {
            if (r.rel() != RelType.IMPORTS) {
                continue;
            }
            if (r.wildcard()) {
                if (wildcardImports.isEmpty()) {
                    wildcardImports = new ArrayList<>(2);
                }
                wildcardImports.add(r);
            } else if (!r.toName().isEmpty()) {
                if (namedImports.isEmpty()) {
                    namedImports = new HashMap<>();
                }
                namedImports.put(r.alias().isEmpty() ? r.toName() : r.alias(), r);
            } else if (!r.module().isEmpty()) {
                if (moduleImports.isEmpty()) {
                    moduleImports = new HashMap<>();
                }
                moduleImports.put(bindingName(r, language), r);
            }
        }
    }

    String path() {
        return path;
    }

    String language() {
        return language;
    }

    /** Qualified name to definition, the later of same-named ones winning (built when asked: files are resolved one at a time). */
    Map<String, Sym> scope() {
        Map<String, Sym> scope = new HashMap<>(syms.size() * 2);
        for (Sym s : syms) {
            scope.put(s.qn, s);
        }
        return scope;
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
