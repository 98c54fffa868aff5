package dev.codeatlas.index.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.codeatlas.model.ParsedFile;
import dev.codeatlas.parser.SourceParser;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class InterfaceCodecTest {
    private static final SourceParser PARSER = new SourceParser();

    private static ParsedFile view(String path, String source) {
        return FileInterface.of(PARSER.parseContent(path, source.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aViewSurvivesTheRoundTripExactly() {
        for (ParsedFile v : new ParsedFile[] {
            view("src/a/Größe.java", "package a;\nimport java.util.*;\nimport static b.C.d;\n"
                    + "/** Doc. */ public class Größe<T> extends Base implements Runnable, java.io.Serializable {\n"
                    + "  private final Map<String, List<T>> byName = new HashMap<>();\n  Größe next;\n"
                    + "  public static <U> U pick(U a, int... rest) { return a; }\n  public void run() { pick(this, 1, 2); }\n"
                    + "  class Inner extends Größe<String> {}\n}\n"),
            view("pkg/mod.py", "from .base import Base as B\nimport os.path\n\nclass Store(B):\n    limit: int = 3\n"
                    + "    def get(self, k) -> 'Item':\n        return k\n"),
            view("web/app.ts", "import { Repo } from './repo';\nexport class Service {\n  constructor(private readonly repo: Repo) {}\n"
                    + "  find(id: string): Promise<Item> { return this.repo.find(id); }\n}\n"),
            view("empty.go", ""),
        }) {
            byte[] encoded = InterfaceCodec.encode(v);
            assertEquals(v, InterfaceCodec.decode(encoded), v.file());
            assertTrue(v.entities().isEmpty() || encoded.length < dev.codeatlas.parser.json.ParsedFileJson.toUtf8(v).length / 2,
                    "compact: " + encoded.length + " bytes for " + v.file());
        }
    }

    @Test
    void foreignBytesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> InterfaceCodec.decode(new byte[] {9, 0, 0}));
    }
}
