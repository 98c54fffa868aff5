package dev.codeatlas.index.pipeline;

import dev.codeatlas.index.store.FileRecord;
import dev.codeatlas.parser.LanguageRegistry;
import dev.codeatlas.parser.scan.SourceWalker;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Which files changed since a commit: size and mtime first, content hash to confirm. */
public record Freshness(List<String> changed, List<String> added, List<String> deleted) {

    public boolean fresh() {
        return changed.isEmpty() && added.isEmpty() && deleted.isEmpty();
    }

    public static Freshness check(Path root, Map<String, FileRecord> indexed, LanguageRegistry registry) throws IOException {
        List<String> changed = new ArrayList<>();
        List<String> added = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        if (!Files.isDirectory(root)) {
            return new Freshness(List.of(), List.of(), new ArrayList<>(indexed.keySet()));
        }
        new SourceWalker(root, true, rel -> registry.forPath(rel).isPresent()).walk((path, rel, size) -> {
            seen.add(rel);
            FileRecord r = indexed.get(rel);
            if (r == null) {
                added.add(rel);
                return;
            }
            try {
                if (r.size() == size && r.mtime() == Files.getLastModifiedTime(path).toMillis()) {
                    return;
                }
                if (!Indexer.hash(path).equals(r.hash())) {
                    changed.add(rel);
                }
            } catch (IOException e) {
                changed.add(rel);
            }
        });
        List<String> deleted = new ArrayList<>();
        for (String p : indexed.keySet()) {
            if (!seen.contains(p)) {
                deleted.add(p);
            }
        }
        return new Freshness(changed, added, deleted);
    }
}
