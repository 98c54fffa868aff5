package dev.codeatlas.parser.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.codeatlas.model.Entity;
import dev.codeatlas.model.EntityKind;
import dev.codeatlas.model.ParsedFile;
import dev.codeatlas.model.Reference;
import dev.codeatlas.model.RelType;
import dev.codeatlas.model.Visibility;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Reads what {@link ParsedFileJson} writes (streaming, no tree), e.g. parse results cached in an index. */
public final class ParsedFileReader {

    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private ParsedFileReader() {
    }

    public static ParsedFile read(byte[] json) {
        try (JsonParser p = FACTORY.createParser(json)) {
            expect(p.nextToken(), JsonToken.START_OBJECT);
            String file = "";
            String language = "";
            List<Entity> entities = new ArrayList<>();
            List<Reference> refs = new ArrayList<>();
            List<String> errors = new ArrayList<>();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                p.nextToken();
                switch (field) {
                    case "file" -> file = p.getText();
                    case "language" -> language = p.getText();
                    case "entities" -> {
                        while (p.nextToken() == JsonToken.START_OBJECT) {
                            entities.add(readEntity(p));
                        }
                    }
                    case "relationships" -> {
                        while (p.nextToken() == JsonToken.START_OBJECT) {
                            refs.add(readReference(p));
                        }
                    }
                    case "errors" -> {
                        while (p.nextToken() == JsonToken.VALUE_STRING) {
                            errors.add(p.getText());
                        }
                    }
                    default -> p.skipChildren();
                }
            }
            return new ParsedFile(file, language, entities, refs, errors);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Entity readEntity(JsonParser p) throws IOException {
        EntityKind kind = EntityKind.FUNCTION;
        String name = "";
        String qn = "";
        int start = 0;
        int end = 0;
        String sig = "";
        String doc = "";
        Visibility vis = Visibility.UNKNOWN;
        List<String> ann = new ArrayList<>();
        String parent = "";
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String f = p.currentName();
            p.nextToken();
            switch (f) {
                case "kind" -> kind = EntityKind.fromWireName(p.getText());
                case "name" -> name = p.getText();
                case "qualified_name" -> qn = p.getText();
                case "line_start" -> start = p.getIntValue();
                case "line_end" -> end = p.getIntValue();
                case "signature" -> sig = p.getText();
                case "docstring" -> doc = p.getText();
                case "visibility" -> vis = Visibility.valueOf(p.getText().toUpperCase(Locale.ROOT));
                case "annotations" -> {
                    while (p.nextToken() == JsonToken.VALUE_STRING) {
                        ann.add(p.getText());
                    }
                }
                case "parent" -> parent = p.getText();
                default -> p.skipChildren();
            }
        }
        return new Entity(kind, name, qn, start, end, sig, doc, vis, ann, parent);
    }

    private static Reference readReference(JsonParser p) throws IOException {
        RelType rel = RelType.CALLS;
        String from = "";
        String to = "";
        String receiver = "";
        int args = -1;
        int line = 0;
        String module = "";
        String alias = "";
        String context = "";
        boolean isStatic = false;
        boolean wildcard = false;
        List<String> arguments = List.of();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String f = p.currentName();
            p.nextToken();
            switch (f) {
                case "rel" -> rel = RelType.valueOf(p.getText());
                case "from" -> from = p.getText();
                case "to_name" -> to = p.getText();
                case "receiver" -> receiver = p.getText();
                case "args" -> args = p.getIntValue();
                case "line" -> line = p.getIntValue();
                case "module" -> module = p.getText();
                case "alias" -> alias = p.getText();
                case "context" -> context = p.getText();
                case "static" -> isStatic = p.getBooleanValue();
                case "wildcard" -> wildcard = p.getBooleanValue();
                case "arguments" -> {
                    arguments = new ArrayList<>();
                    while (p.nextToken() == JsonToken.VALUE_STRING) {
                        arguments.add(p.getText());
                    }
                }
                default -> p.skipChildren();
            }
        }
        return new Reference(rel, from, to, receiver, args, line, module, alias, context, isStatic, wildcard, arguments);
    }

    private static void expect(JsonToken actual, JsonToken expected) throws IOException {
        if (actual != expected) {
            throw new IOException("expected " + expected + " but found " + actual);
        }
    }
}
