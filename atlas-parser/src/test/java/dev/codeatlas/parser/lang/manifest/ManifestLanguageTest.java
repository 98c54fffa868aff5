package dev.codeatlas.parser.lang.manifest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.codeatlas.model.ParsedFile;
import dev.codeatlas.model.Reference;
import dev.codeatlas.parser.SourceParser;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ManifestLanguageTest {

    private static List<String> deps(String path, String content) {
        ParsedFile f = new SourceParser().parseContent(path, content.getBytes(StandardCharsets.UTF_8));
        assertEquals("manifest", f.language());
        return f.references().stream().map(r -> r.module() + " " + r.toName() + (r.context().isEmpty() ? "" : " (" + r.context() + ")")
                + " L" + r.line()).toList();
    }

    @Test
    void maven() {
        assertEquals(List.of("maven com.google.code.gson:gson L3", "maven org.junit.jupiter:junit-jupiter (test) L6"), deps("pom.xml", """
            <project>
              <dependencies>
                <dependency>
                  <groupId>com.google.code.gson</groupId><artifactId>gson</artifactId><version>2.11.0</version>
                </dependency>
                <dependency>
                  <groupId>org.junit.jupiter</groupId><artifactId>junit-jupiter</artifactId><scope>test</scope>
                </dependency>
              </dependencies>
            </project>
            """));
    }

    @Test
    void gradleNpmGoCargoPython() {
        assertEquals(List.of("maven com.squareup.okio:okio L2", "maven junit:junit (test) L3"),
                deps("app/build.gradle.kts", "dependencies {\n  implementation(\"com.squareup.okio:okio:3.9.0\")\n  testImplementation 'junit:junit:4.13.2'\n}\n"));
        assertEquals(List.of("npm express L1", "npm mocha (dev) L1"),
                deps("package.json", "{\"name\":\"x\",\"dependencies\":{\"express\":\"^4\"},\"devDependencies\":{\"mocha\":\"10\"}}"));
        assertEquals(List.of("go github.com/spf13/pflag L4", "go golang.org/x/text (indirect) L5"),
                deps("go.mod", "module example.com/app\n\nrequire (\n\tgithub.com/spf13/pflag v1.0.5\n\tgolang.org/x/text v0.14.0 // indirect\n)\n"));
        assertEquals(List.of("cargo serde L2", "cargo tokio L3", "cargo criterion (dev) L5"),
                deps("Cargo.toml", "[dependencies]\nserde = { version = \"1\" }\ntokio = \"1\"\n[dev-dependencies]\ncriterion = \"0.5\"\n"));
        assertEquals(List.of("pypi flask L1", "pypi requests L2"), deps("requirements.txt", "flask>=2.0\nrequests  # http\n-r other.txt\n"));
        assertEquals(List.of("pypi click L3", "pypi rich L3"),
                deps("pyproject.toml", "[project]\nname = \"x\"\ndependencies = [\"click>=8\", \"rich\"]\n"));
    }

    @Test
    void brokenManifestIsAnErrorNotACrash() {
        ParsedFile f = new SourceParser().parseContent("package.json", "{not json".getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of(), f.references().stream().map(Reference::toName).toList());
        assertEquals(1, f.errors().size());
    }
}
