package dev.codeatlas.parser.lang.manifest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.codeatlas.model.Reference;
import dev.codeatlas.model.RelType;
import dev.codeatlas.parser.ExtractionContext;
import dev.codeatlas.parser.LanguageSupport;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.treesitter.TSLanguage;

/**
 * Build manifests (pom.xml, build.gradle[.kts], package.json, go.mod, Cargo.toml,
 * pyproject.toml, requirements*.txt): no definitions, one {@code DEPENDS_ON} reference per
 * declared dependency ({@code to_name} the package, {@code module} the ecosystem,
 * {@code context} the scope such as "test" or "dev"). Read as text, not with tree-sitter.
 */
public final class ManifestLanguage extends LanguageSupport {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern MAVEN_DEP = Pattern.compile(
            "<dependency>(.*?)</dependency>", Pattern.DOTALL);
    private static final Pattern GRADLE_DEP = Pattern.compile(
            "^\\s*(implementation|api|compileOnly|runtimeOnly|testImplementation|testRuntimeOnly|kapt|annotationProcessor)\\s*\\(?\\s*[\"']([^\"':]+):([^\"':]+)(?::[^\"']*)?[\"']",
            Pattern.MULTILINE);
    private static final Pattern GO_REQUIRE = Pattern.compile("^\\s*(?:require\\s+)?([\\w.\\-]+\\.[\\w.\\-]+/[^\\s]+)\\s+v[\\w.\\-+]+", Pattern.MULTILINE);
    private static final Pattern PY_REQ = Pattern.compile("^\\s*([A-Za-z0-9][A-Za-z0-9._-]*)");

    @Override
    public String name() {
        return "manifest";
    }

    @Override
    public Set<String> extensions() {
        return Set.of();
    }

    @Override
    public Set<String> fileNames() {
        return Set.of("pom.xml", "build.gradle", "build.gradle.kts", "package.json", "go.mod", "Cargo.toml",
                "pyproject.toml", "requirements.txt", "requirements-dev.txt", "requirements-test.txt");
    }

    @Override
    public TSLanguage grammar() {
        throw new UnsupportedOperationException("manifests are read as text");
    }

    @Override
    public boolean usesTreeSitter() {
        return false;
    }

    @Override
    public void scan(ExtractionContext ctx) {
        String path = ctx.file();
        String file = path.substring(path.lastIndexOf('/') + 1);
        String text = new String(ctx.source().bytes(), StandardCharsets.UTF_8);
        List<Reference> out = ctx.references();
        try {
            switch (file) {
                case "pom.xml" -> maven(ctx, text, out);
                case "build.gradle", "build.gradle.kts" -> gradle(ctx, text, out);
                case "package.json" -> npm(ctx, text, out);
                case "go.mod" -> goMod(ctx, text, out);
                case "Cargo.toml" -> tomlSections(ctx, text, out, "cargo", Map.of("dependencies", "", "dev-dependencies", "dev",
                        "build-dependencies", "build"));
                case "pyproject.toml" -> pyproject(ctx, text, out);
                default -> requirements(ctx, text, out);
            }
        } catch (RuntimeException e) {
            ctx.errors().add("manifest not understood: " + e.getMessage());
        }
    }

    private static void add(ExtractionContext ctx, List<Reference> out, String name, String ecosystem, String scope, int offset) {
        int line = ctx.source().line(Math.max(0, offset));
        out.add(new Reference(RelType.DEPENDS_ON, ctx.file(), name, "", -1, line, ecosystem, "", scope, false, false));
    }

    private static int byteOffset(String text, int charIndex) {
        return text.substring(0, charIndex).getBytes(StandardCharsets.UTF_8).length;
    }

    private static void maven(ExtractionContext ctx, String text, List<Reference> out) {
        Matcher m = MAVEN_DEP.matcher(text);
        while (m.find()) {
            String body = m.group(1);
            String g = tag(body, "groupId");
            String a = tag(body, "artifactId");
            if (!a.isEmpty()) {
                add(ctx, out, g.isEmpty() ? a : g + ":" + a, "maven", tag(body, "scope"), byteOffset(text, m.start()));
            }
        }
    }

    private static String tag(String body, String name) {
        Matcher m = Pattern.compile("<" + name + ">\\s*([^<]+?)\\s*</" + name + ">").matcher(body);
        return m.find() ? m.group(1) : "";
    }

    private static void gradle(ExtractionContext ctx, String text, List<Reference> out) {
        Matcher m = GRADLE_DEP.matcher(text);
        while (m.find()) {
            add(ctx, out, m.group(2) + ":" + m.group(3), "maven", m.group(1).startsWith("test") ? "test" : "", byteOffset(text, m.start(2)));
        }
    }

    private static void npm(ExtractionContext ctx, String text, List<Reference> out) {
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException("package.json is not JSON");
        }
        for (String[] section : new String[][] {{"dependencies", ""}, {"devDependencies", "dev"}, {"peerDependencies", "peer"},
                {"optionalDependencies", "optional"}}) {
            JsonNode deps = root.path(section[0]);
            for (Iterator<String> it = deps.fieldNames(); it.hasNext(); ) {
                String name = it.next();
                int at = text.indexOf("\"" + name + "\"");
                add(ctx, out, name, "npm", section[1], at < 0 ? 0 : byteOffset(text, at));
            }
        }
    }

    private static void goMod(ExtractionContext ctx, String text, List<Reference> out) {
        Matcher m = GO_REQUIRE.matcher(text);
        while (m.find()) {
            String line = text.substring(m.start(), text.indexOf('\n', m.start()) < 0 ? text.length() : text.indexOf('\n', m.start()));
            add(ctx, out, m.group(1), "go", line.contains("// indirect") ? "indirect" : "", byteOffset(text, m.start(1)));
        }
    }

    /** Keys of the named TOML tables ({@code [dependencies]}: {@code serde = "1"}). */
    private static void tomlSections(ExtractionContext ctx, String text, List<Reference> out, String ecosystem, Map<String, String> sections) {
        String scope = null;
        int offset = 0;
        for (String line : text.split("\n", -1)) {
            String t = line.strip();
            if (t.startsWith("[")) {
                String name = t.replaceAll("[\\[\\]\\s]", "");
                scope = sections.get(name);
                if (scope == null && name.startsWith("target.") && name.endsWith("dependencies")) {
                    scope = "target";
                }
            } else if (scope != null && !t.isEmpty() && !t.startsWith("#")) {
                int eq = t.indexOf('=');
                if (eq > 0) {
                    String key = t.substring(0, eq).strip().replace("\"", "");
                    if (!key.isEmpty() && !key.contains(".")) {
                        add(ctx, out, key, ecosystem, scope, offset);
                    }
                }
            }
            offset += line.getBytes(StandardCharsets.UTF_8).length + 1;
        }
    }

    private static void pyproject(ExtractionContext ctx, String text, List<Reference> out) {
        // PEP 621: dependencies = ["requests>=2", ...] in [project]; optional groups too
        Matcher arr = Pattern.compile("(?m)^\\s*dependencies\\s*=\\s*\\[(.*?)\\]", Pattern.DOTALL).matcher(text);
        while (arr.find()) {
            Matcher item = Pattern.compile("[\"']([^\"']+)[\"']").matcher(arr.group(1));
            while (item.find()) {
                Matcher n = PY_REQ.matcher(item.group(1));
                if (n.find()) {
                    add(ctx, out, n.group(1), "pypi", "", byteOffset(text, arr.start(1) + item.start()));
                }
            }
        }
        tomlSections(ctx, text, out, "pypi", Map.of("tool.poetry.dependencies", "", "tool.poetry.dev-dependencies", "dev",
                "tool.poetry.group.dev.dependencies", "dev"));
        out.removeIf(r -> r.toName().equals("python"));
    }

    private static void requirements(ExtractionContext ctx, String text, List<Reference> out) {
        int offset = 0;
        String scope = ctx.file().endsWith("requirements.txt") ? "" : "dev";
        for (String line : text.split("\n", -1)) {
            String t = line.strip();
            if (!t.isEmpty() && !t.startsWith("#") && !t.startsWith("-")) {
                Matcher n = PY_REQ.matcher(t);
                if (n.find()) {
                    add(ctx, out, n.group(1), "pypi", scope, offset);
                }
            }
            offset += line.getBytes(StandardCharsets.UTF_8).length + 1;
        }
    }
}
