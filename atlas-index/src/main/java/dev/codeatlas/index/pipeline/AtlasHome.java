package dev.codeatlas.index.pipeline;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code ATLAS_HOME} (default {@code ~/.atlas}): one index per indexed root under
 * {@code projects/}, and {@code registry.json} listing the known projects.
 */
public final class AtlasHome {

    /** A known project: its name, its root, where its index lives. */
    public record Project(String name, Path root, Path indexDir) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private final Path home;

    public AtlasHome(Path home) {
        this.home = home;
    }

    public static AtlasHome fromEnvironment() {
        String env = System.getProperty("atlas.home", System.getenv("ATLAS_HOME"));
        Path home = env != null && !env.isBlank() ? Path.of(env) : Path.of(System.getProperty("user.home"), ".atlas");
        return new AtlasHome(home.toAbsolutePath());
    }

    public Path path() {
        return home;
    }

    /** The default index directory of a root. */
    public Path defaultIndexDir(Path realRoot, String project) {
        return home.resolve("projects").resolve(sanitize(project) + "-" + shortHash(realRoot.toString()));
    }

    public static String defaultProjectName(Path realRoot) {
        Path name = realRoot.getFileName();
        return sanitize(name == null ? "root" : name.toString());
    }

    static String sanitize(String s) {
        String out = s.replaceAll("[^A-Za-z0-9._-]", "_");
        return out.isEmpty() ? "project" : out;
    }

    public synchronized List<Project> projects() throws IOException {
        Path reg = home.resolve("registry.json");
        List<Project> out = new ArrayList<>();
        if (!Files.isRegularFile(reg)) {
            return out;
        }
        try {
            for (var n : JSON.readTree(reg.toFile()).path("projects")) {
                out.add(new Project(n.path("name").asText(), Path.of(n.path("root").asText()), Path.of(n.path("index").asText())));
            }
        } catch (IOException e) {
            throw new IOException("the project registry " + reg + " is unreadable (" + e.getMessage() + "); delete it and re-index", e);
        }
        return out;
    }

    /** Adds or updates a project (matched by root), writing the registry atomically. */
    public synchronized void register(Project p) throws IOException {
        List<Project> all = projects();
        all.removeIf(x -> x.root().equals(p.root()) || x.indexDir().equals(p.indexDir()));
        all.add(p);
        ObjectNode root = JSON.createObjectNode();
        ArrayNode arr = root.putArray("projects");
        for (Project x : all) {
            arr.addObject().put("name", x.name()).put("root", x.root().toString()).put("index", x.indexDir().toString());
        }
        Files.createDirectories(home);
        Path tmp = Files.createTempFile(home, "registry", ".tmp");
        Files.writeString(tmp, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root), StandardCharsets.UTF_8);
        try {
            Files.move(tmp, home.resolve("registry.json"), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, home.resolve("registry.json"), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** The project whose root is {@code dir} or its nearest indexed ancestor. */
    public Optional<Project> find(Path dir) throws IOException {
        Path real = dir.toAbsolutePath().normalize();
        try {
            real = real.toRealPath();
        } catch (IOException ignored) {
            // keep the normalised path
        }
        Project best = null;
        for (Project p : projects()) {
            if (real.startsWith(p.root()) && (best == null || p.root().getNameCount() > best.root().getNameCount())) {
                best = p;
            }
        }
        return Optional.ofNullable(best);
    }

    public Optional<Project> byName(String name) throws IOException {
        for (Project p : projects()) {
            if (p.name().equals(name)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    static String shortHash(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-1").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 5).toLowerCase(Locale.ROOT);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
