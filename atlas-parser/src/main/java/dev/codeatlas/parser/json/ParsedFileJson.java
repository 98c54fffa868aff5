package dev.codeatlas.parser.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.codeatlas.model.Entity;
import dev.codeatlas.model.ParsedFile;
import dev.codeatlas.model.Reference;
import dev.codeatlas.model.RelType;
import dev.codeatlas.model.Visibility;
import java.io.IOException;

/**
 * Writes a {@link ParsedFile} in the shape of cli-contract.md ("Parse output"). Empty optional
 * fields are left out; the fields the contract names are always present.
 */
public final class ParsedFileJson {

    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private ParsedFileJson() {
    }

    /** One JSON object on one line (no trailing newline). */
    public static String toJson(ParsedFile f) {
        return new String(toUtf8(f), java.nio.charset.StandardCharsets.UTF_8);
    }

    /** One JSON object on one line as UTF-8 bytes, followed by a newline. */
    public static byte[] toUtf8Line(ParsedFile f) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(1024 + f.entities().size() * 256);
        writeUtf8(f, out);
        out.write('\n');
        return out.toByteArray();
    }

    /** One JSON object as UTF-8 bytes, no newline. */
    public static byte[] toUtf8(ParsedFile f) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(1024 + f.entities().size() * 256);
        writeUtf8(f, out);
        return out.toByteArray();
    }

    private static void writeUtf8(ParsedFile f, java.io.OutputStream out) {
        try (JsonGenerator g = FACTORY.createGenerator(out, com.fasterxml.jackson.core.JsonEncoding.UTF8)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            write(f, g);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void write(ParsedFile f, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeStringField("file", f.file());
        g.writeStringField("language", f.language());
        g.writeArrayFieldStart("entities");
        for (Entity e : f.entities()) {
            g.writeStartObject();
            g.writeStringField("label", e.label().wireName());
            g.writeStringField("kind", e.kind().wireName());
            g.writeStringField("name", e.name());
            g.writeStringField("qualified_name", e.qualifiedName());
            g.writeNumberField("line_start", e.lineStart());
            g.writeNumberField("line_end", e.lineEnd());
            g.writeStringField("signature", e.signature());
            g.writeStringField("docstring", e.docstring());
            if (e.visibility() != Visibility.UNKNOWN) {
                g.writeStringField("visibility", e.visibility().wireName());
            }
            if (!e.annotations().isEmpty()) {
                g.writeArrayFieldStart("annotations");
                for (String a : e.annotations()) {
                    g.writeString(a);
                }
                g.writeEndArray();
            }
            g.writeStringField("parent", e.parent());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("relationships");
        for (Reference r : f.references()) {
            g.writeStartObject();
            g.writeStringField("rel", r.rel().name());
            g.writeStringField("from", r.from());
            g.writeStringField("to_name", r.toName());
            g.writeNumberField("line", r.line());
            if (!r.receiver().isEmpty()) {
                g.writeStringField("receiver", r.receiver());
            }
            if (r.rel() == RelType.CALLS) {
                g.writeNumberField("args", r.argCount());
                if (!r.arguments().isEmpty()) {
                    g.writeArrayFieldStart("arguments");
                    for (String a : r.arguments()) {
                        g.writeString(a);
                    }
                    g.writeEndArray();
                }
            }
            if (!r.module().isEmpty()) {
                g.writeStringField("module", r.module());
            }
            if (!r.alias().isEmpty()) {
                g.writeStringField("alias", r.alias());
            }
            if (!r.context().isEmpty()) {
                g.writeStringField("context", r.context());
            }
            if (r.isStatic()) {
                g.writeBooleanField("static", true);
            }
            if (r.wildcard()) {
                g.writeBooleanField("wildcard", true);
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("errors");
        for (String e : f.errors()) {
            g.writeString(e);
        }
        g.writeEndArray();
        g.writeEndObject();
    }
}
