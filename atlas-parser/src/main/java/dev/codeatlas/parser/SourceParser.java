package dev.codeatlas.parser;

import dev.codeatlas.model.ParsedFile;
import dev.codeatlas.parser.scan.SecretFiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Parses one file into a {@link ParsedFile}. Thread-safe: each thread gets its own tree-sitter
 * parsers and compiled queries. Never throws for bad input; problems land in {@code errors}.
 */
public final class SourceParser {

    private final LanguageRegistry registry;
    private final ParserOptions options;
    private final ThreadLocal<Extractor> extractors = ThreadLocal.withInitial(Extractor::new);

    public SourceParser(LanguageRegistry registry, ParserOptions options) {
        this.registry = registry;
        this.options = options;
    }

    public SourceParser() {
        this(LanguageRegistry.standard(), ParserOptions.defaults());
    }

    public LanguageRegistry registry() {
        return registry;
    }

    public ParserOptions options() {
        return options;
    }

    /** A parse and the decoded text it was made from ({@code text} null when the file was not parsed). */
    public record WithText(ParsedFile parsed, String text) {
    }

    /** Reads and parses a file on disk; {@code relative} is the path reported in the result. */
    public ParsedFile parseFile(Path path, String relative) {
        return parseFileWithText(path, relative).parsed();
    }

    /** As {@link #parseFile}, also returning the decoded text (for search indexing). */
    public WithText parseFileWithText(Path path, String relative) {
        Optional<LanguageSupport> lang = registry.forPath(relative);
        String langName = lang.map(LanguageSupport::name).orElse("");
        byte[] raw;
        try {
            long size = Files.size(path);
            if (size > options.maxFileBytes()) {
                return new WithText(ParsedFile.failed(relative, langName,
                        "skipped: file is " + size + " bytes, over the " + options.maxFileBytes() + "-byte limit"), null);
            }
            raw = readAtMost(path, options.maxFileBytes());
        } catch (IOException | SecurityException e) {
            return new WithText(ParsedFile.failed(relative, langName, "skipped: cannot read file: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " " + e.getMessage())), null);
        }
        if (SecretFiles.containsPrivateKey(raw)) {
            return new WithText(ParsedFile.failed(relative, langName, "skipped: content holds a private key; never indexed"), null);
        }
        return parseWithText(relative, raw, lang);
    }

    /** Parses content given in memory (the {@code atlas parse} contract). */
    public ParsedFile parseContent(String relative, byte[] raw) {
        return parse(relative, raw, registry.forPath(relative));
    }

    private ParsedFile parse(String relative, byte[] raw, Optional<LanguageSupport> lang) {
        return parseWithText(relative, raw, lang).parsed();
    }

    private WithText parseWithText(String relative, byte[] raw, Optional<LanguageSupport> lang) {
        if (lang.isEmpty()) {
            return new WithText(ParsedFile.failed(relative, "", "skipped: unsupported file type"), null);
        }
        if (raw.length > options.maxFileBytes()) {
            return new WithText(ParsedFile.failed(relative, lang.get().name(),
                    "skipped: content is " + raw.length + " bytes, over the " + options.maxFileBytes() + "-byte limit"), null);
        }
        Optional<SourceText> text = SourceText.decode(raw);
        if (text.isEmpty()) {
            return new WithText(ParsedFile.failed(relative, lang.get().name(), "skipped: binary content (NUL bytes)"), null);
        }
        long deadline = System.nanoTime() + options.timeLimit().toNanos();
        try {
            LanguageSupport language = lang.get().forContent(relative, text.get().bytes(), registry);
            ParsedFile parsed = extractors.get().extract(language, relative, text.get(), deadline);
            return new WithText(parsed, new String(text.get().bytes(), 0, text.get().length(), java.nio.charset.StandardCharsets.UTF_8));
        } catch (RuntimeException | StackOverflowError e) {
            return new WithText(ParsedFile.failed(relative, lang.get().name(), "internal error while parsing: " + e), null);
        }
    }

    /** Compiles every language's query on this thread; fails fast on a broken query file. */
    public void warmUp() {
        for (LanguageSupport l : registry.languages()) {
            extractors.get().warmUp(l);
        }
    }

    private static byte[] readAtMost(Path path, long max) throws IOException {
        try (InputStream in = Files.newInputStream(path)) {
            byte[] b = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
            if (b.length > max) {
                throw new IOException("file grew past the size limit while reading");
            }
            return b;
        }
    }
}
