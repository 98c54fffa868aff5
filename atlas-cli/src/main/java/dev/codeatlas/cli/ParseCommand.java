package dev.codeatlas.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.codeatlas.model.ParsedFile;
import dev.codeatlas.parser.SourceParser;
import dev.codeatlas.parser.json.ParsedFileJson;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "parse", mixinStandardHelpOptions = true,
        description = {
            "Parse one file and print its entities and references as one JSON object.",
            "Reads {\"file\": PATH} or {\"file\": PATH, \"content\": TEXT} on stdin, or takes FILE as an argument.",
            "With content, PATH only names the file (its extension picks the language); without, the file is read.",
            "A file that cannot be parsed still yields an object, with \"errors\" filled in."})
final class ParseCommand implements Callable<Integer> {

    @Parameters(arity = "0..1", paramLabel = "FILE", description = "File to parse instead of reading a request on stdin.")
    Path file;

    @Override
    public Integer call() throws IOException {
        SourceParser parser = new SourceParser();
        ParsedFile result;
        if (file != null) {
            result = parseFromDisk(parser, file.toString());
        } else {
            byte[] input = System.in.readAllBytes();
            JsonNode request;
            try {
                request = new ObjectMapper().readTree(input);
            } catch (IOException e) {
                throw new UserError("stdin is not a JSON object: expected {\"file\": PATH} or {\"file\": PATH, \"content\": TEXT}");
            }
            if (request == null || !request.isObject() || !request.path("file").isTextual()) {
                throw new UserError("the request needs a \"file\" string: {\"file\": PATH} or {\"file\": PATH, \"content\": TEXT}");
            }
            String path = request.get("file").asText();
            JsonNode content = request.get("content");
            if (content != null && !content.isNull()) {
                if (!content.isTextual()) {
                    throw new UserError("\"content\" must be a string");
                }
                result = parser.parseContent(path, content.asText().getBytes(StandardCharsets.UTF_8));
            } else {
                result = parseFromDisk(parser, path);
            }
        }
        PrintStream out = System.out;
        out.write((ParsedFileJson.toJson(result) + "\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
        return 0;
    }

    private static ParsedFile parseFromDisk(SourceParser parser, String path) {
        Path p = Path.of(path);
        if (!Files.isRegularFile(p)) {
            throw new UserError("no such file: " + path);
        }
        return parser.parseFile(p, path.replace('\\', '/'));
    }
}
