package dev.codeatlas.parser;

import dev.codeatlas.model.Entity;
import dev.codeatlas.model.ParsedFile;
import dev.codeatlas.model.Reference;

/** A line-oriented, diff-friendly rendering of a ParsedFile, used by the golden fixtures. */
final class GoldenRendering {

    private GoldenRendering() {
    }

    static String render(ParsedFile f) {
        StringBuilder b = new StringBuilder();
        b.append("# ").append(f.file()).append(" (").append(f.language()).append(")\n");
        for (Entity e : f.entities()) {
            b.append("E ").append(e.label().wireName()).append('/').append(e.kind().wireName())
                    .append(' ').append(e.qualifiedName())
                    .append(" name=").append(e.name())
                    .append(" L").append(e.lineStart()).append('-').append(e.lineEnd())
                    .append(" vis=").append(e.visibility().wireName())
                    .append(" parent=").append(e.parent().isEmpty() ? "-" : e.parent());
            if (!e.annotations().isEmpty()) {
                b.append(" ann=").append(String.join(",", e.annotations()));
            }
            b.append('\n');
            b.append("  sig: ").append(e.signature()).append('\n');
            if (!e.docstring().isEmpty()) {
                b.append("  doc: ").append(e.docstring().replace("\n", "\\n")).append('\n');
            }
        }
        for (Reference r : f.references()) {
            b.append("R ").append(r.rel()).append(' ').append(r.from()).append(" -> ").append(r.toName())
                    .append(" L").append(r.line());
            if (!r.receiver().isEmpty()) {
                b.append(" recv=").append(r.receiver());
            }
            if (r.argCount() >= 0) {
                b.append(" args=").append(r.argCount());
            }
            if (!r.module().isEmpty()) {
                b.append(" module=").append(r.module());
            }
            if (!r.alias().isEmpty()) {
                b.append(" alias=").append(r.alias());
            }
            if (!r.context().isEmpty()) {
                b.append(" ctx=").append(r.context());
            }
            if (r.isStatic()) {
                b.append(" static");
            }
            if (r.wildcard()) {
                b.append(" wildcard");
            }
            b.append('\n');
        }
        for (String err : f.errors()) {
            b.append("ERR ").append(err).append('\n');
        }
        return b.toString();
    }
}
