package dev.codeatlas.search.dev;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.codeatlas.index.pipeline.Indexer;
import dev.codeatlas.index.store.LuceneGraphStore;
import dev.codeatlas.index.store.ScoredUid;
import dev.codeatlas.parser.SourceParser;
import dev.codeatlas.search.embed.EmbedResult;
import dev.codeatlas.search.embed.Embedder;
import dev.codeatlas.search.embed.EmbeddingProvider;
import dev.codeatlas.search.embed.EmbeddingProviders;
import dev.codeatlas.search.embed.VectorChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Developer tool: file-level NDCG@10 of the vector channel alone on the retrieval dev split
 * (scored as ../shared/eval/retrieval/score.py does), with the provider ATLAS_EMBED_* names.
 * Usage: VectorEvalMain DEV_DIR WORK_DIR [REPO...]
 */
public final class VectorEvalMain {

    public static void main(String[] args) throws Exception {
        Path dev = Path.of(args[0]);
        Path work = Path.of(args[1]);
        Set<String> only = Set.of(java.util.Arrays.copyOfRange(args, 2, args.length));
        ObjectMapper json = new ObjectMapper();
        Map<String, List<JsonNode>> queries = new LinkedHashMap<>();
        for (String line : Files.readAllLines(dev.resolve("queries.jsonl"))) {
            JsonNode q = json.readTree(line);
            queries.computeIfAbsent(q.get("repo").asText(), k -> new ArrayList<>()).add(q);
        }
        Map<String, Map<String, List<Double>>> byCategory = new LinkedHashMap<>();
        List<Double> repoMeans = new ArrayList<>();
        try (EmbeddingProvider provider = EmbeddingProviders.fromEnvironment().orElseThrow()) {
            for (JsonNode repo : json.readTree(dev.resolve("manifest.json").toFile())) {
                String name = repo.get("name").asText();
                if (!only.isEmpty() && !only.contains(name)) {
                    continue;
                }
                Path root = work.resolve(name);
                if (!Files.isDirectory(root)) {
                    Files.createDirectories(root);
                    Process p = new ProcessBuilder("tar", "--zstd", "-xf", dev.resolve(name + ".tar.zst").toString(), "-C", root.toString())
                            .inheritIO().start();
                    if (p.waitFor() != 0) {
                        throw new IllegalStateException("cannot extract " + name);
                    }
                }
                Path index = work.resolve(name + ".index");
                new Indexer(new SourceParser()).index(root, name, index, Indexer.Options.defaults(), Indexer.Progress.NONE);
                EmbedResult er = new Embedder(provider, Embedder.Options.defaults()).run(index, Embedder.Progress.NONE);
                List<Double> scores = new ArrayList<>();
                double ms = 0;
                try (LuceneGraphStore store = LuceneGraphStore.open(index).orElseThrow();
                     VectorChannel ch = new VectorChannel(store, provider, Duration.ofSeconds(30))) {
                    for (JsonNode q : queries.getOrDefault(name, List.of())) {
                        VectorChannel.Result r = ch.search(q.get("query").asText(), 50, Optional.empty());
                        ms += r.millis();
                        LinkedHashSet<String> files = new LinkedHashSet<>();
                        for (ScoredUid h : r.hits()) {
                            store.node(h.uid()).ifPresent(n -> files.add(n.file()));
                        }
                        List<String> targets = new ArrayList<>();
                        q.get("relevant").forEach(t -> targets.add(t.asText()));
                        q.path("secondary").forEach(t -> targets.add(t.asText()));
                        double s = ndcg10(new ArrayList<>(files), targets);
                        scores.add(s);
                        byCategory.computeIfAbsent(q.get("category").asText(), k -> new LinkedHashMap<>())
                                .computeIfAbsent(name, k -> new ArrayList<>()).add(s);
                    }
                }
                double mean = scores.stream().mapToDouble(Double::doubleValue).average().orElse(0);
                repoMeans.add(mean);
                System.out.printf(Locale.ROOT, "%-8s NDCG@10 %.3f  (%d queries, %d entities embedded in %.1f s = %.0f/s, query %.1f ms)%n",
                        name, mean, scores.size(), er.embedded(), er.millis() / 1000.0, er.perSecond(), ms / Math.max(1, scores.size()));
            }
        }
        byCategory.forEach((cat, repos) -> System.out.printf(Locale.ROOT, "  %-13s %.3f%n", cat,
                repos.values().stream().mapToDouble(l -> l.stream().mapToDouble(Double::doubleValue).average().orElse(0)).average().orElse(0)));
        System.out.printf(Locale.ROOT, "overall  NDCG@10 %.3f (mean of repositories)%n", repoMeans.stream().mapToDouble(Double::doubleValue).average().orElse(0));
    }

    static double ndcg10(List<String> files, List<String> targets) {
        if (targets.isEmpty()) {
            return 0;
        }
        double dcg = 0;
        for (String t : targets) {
            for (int i = 0; i < Math.min(10, files.size()); i++) {
                if (matches(files.get(i), t)) {
                    dcg += 1 / (Math.log(i + 2) / Math.log(2));
                    break;
                }
            }
        }
        double ideal = 0;
        for (int i = 0; i < Math.min(10, targets.size()); i++) {
            ideal += 1 / (Math.log(i + 2) / Math.log(2));
        }
        return dcg / ideal;
    }

    private static boolean matches(String file, String target) {
        return file.equals(target) || file.endsWith("/" + target) || target.endsWith("/" + file);
    }
}
