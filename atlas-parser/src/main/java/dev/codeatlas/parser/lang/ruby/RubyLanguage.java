package dev.codeatlas.parser.lang.ruby;

import dev.codeatlas.model.Entity;
import dev.codeatlas.model.EntityKind;
import dev.codeatlas.model.Label;
import dev.codeatlas.model.Reference;
import dev.codeatlas.model.RelType;
import dev.codeatlas.model.Visibility;
import dev.codeatlas.parser.CommentStyle;
import dev.codeatlas.parser.ExtractionContext;
import dev.codeatlas.parser.LanguageSupport;
import dev.codeatlas.parser.SourceText;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.treesitter.TSLanguage;
import org.treesitter.TreeSitterRuby;

/**
 * Ruby: qualified names start with the path without extension ({@code lib/shop/cart.rb} is
 * {@code lib/shop/cart}); {@code class A::B} is split into segments; {@code module} is kind module;
 * {@code def} in a class or module is a method ({@code def self.x} too), {@code initialize} the
 * constructor; {@code attr_*} symbols are properties; {@code X = Struct.new(..)} is a class.
 *
 * <p>Visibility: {@code private def x} directly; a bare {@code private}/{@code protected}/{@code public}
 * line switches the methods and attributes after it at the same indentation (resolved in
 * {@link #finish}); {@code private :a, :b} names methods. Everything else is public. Docs are the
 * {@code #} lines (or an {@code =begin}/{@code =end} block) right above, past a one-line Sorbet
 * {@code sig { ... }}.
 */
public final class RubyLanguage extends LanguageSupport {

    private static final CommentStyle STYLE = new CommentStyle(List.of("#"), "=begin", "=end", List.of("sig {", "sig{"));
    private static final Pattern CLASS_FACTORY = Pattern.compile("^(?:::)?(?:Struct\\s*\\.\\s*new|Class\\s*\\.\\s*new|Data\\s*\\.\\s*define)\\b");
    private static final Pattern SECTION = Pattern.compile("^(\\s*)(private|protected|public)\\s*(?:#.*)?$");
    private static final Pattern NAMED = Pattern.compile("^\\s*(private|protected|public)\\s+(:\\w+[?!=]?(?:\\s*,\\s*:\\w+[?!=]?)*)\\s*(?:#.*)?$");
    private static final Pattern TRAILING_DO = Pattern.compile("\\s+do(?:\\s*\\|[^|]*\\|)?$");
    private static final Pattern SINGLETON_DEF = Pattern.compile("^def\\s+@?[\\w:]+\\s*\\.");

    @Override
    public String name() {
        return "ruby";
    }

    @Override
    public Set<String> extensions() {
        return Set.of(".rb", ".rake", ".gemspec");
    }

    @Override
    public Set<String> fileNames() {
        return Set.of("Rakefile", "Gemfile");
    }

    @Override
    public TSLanguage grammar() {
        return new TreeSitterRuby();
    }

    /** {@code A::B} is two segments, {@code ::Top} one; a symbol ({@code :name}) loses its colon. */
    @Override
    public List<String> nameSegments(String rawName) {
        String s = rawName.strip();
        if (s.startsWith("::")) {
            s = s.substring(2);
        } else if (s.startsWith(":") && s.length() > 1) {
            return List.of(s.substring(1));
        }
        if (!s.contains("::")) {
            return List.of(s);
        }
        List<String> out = new ArrayList<>();
        for (String part : s.split("::")) {
            if (!part.isBlank()) {
                out.add(part.strip());
            }
        }
        return out.isEmpty() ? List.of(s) : out;
    }

    @Override
    public Visibility visibility(String name, String modifiers) {
        return switch (modifiers.strip()) {
            case "private", "private_class_method" -> Visibility.PRIVATE;
            case "protected" -> Visibility.PROTECTED;
            case "public", "public_class_method", "module_function" -> Visibility.PUBLIC;
            default -> Visibility.UNKNOWN; // decided in finish()
        };
    }

    @Override
    public List<String> annotations(String modifiers) {
        return List.of();
    }

    @Override
    public EntityKind adjustKind(EntityKind kind, String name, String modifiers, EntityKind enclosing, boolean inTypeScope) {
        if (kind == EntityKind.CONSTANT && CLASS_FACTORY.matcher(modifiers).find()) {
            return EntityKind.CLASS;
        }
        EntityKind k = super.adjustKind(kind, name, modifiers, enclosing, inTypeScope);
        if (k == EntityKind.METHOD && name.equals("initialize")) {
            return EntityKind.CONSTRUCTOR;
        }
        return k;
    }

    @Override
    public CommentStyle commentStyle() {
        return STYLE;
    }

    @Override
    public Reference adjustReference(Reference r) {
        if (r.rel() == RelType.IMPORTS && r.toName().startsWith(":")) { // autoload :Name, "path"
            return new Reference(r.rel(), r.from(), r.toName().substring(1), r.receiver(), r.argCount(), r.line(),
                    r.module(), r.alias(), r.context(), r.isStatic(), r.wildcard());
        }
        return r;
    }

    /**
     * Resolves the visibility left UNKNOWN by the query: the last bare {@code private}/
     * {@code protected}/{@code public} line between the owner's start and the member, at the
     * member's own indentation, or a {@code private :name} line in the owner; else public.
     * Singleton methods ({@code def self.x}) ignore visibility sections, as in Ruby.
     * Also drops comments that sit between a header and its body from signatures.
     */
    @Override
    public void finish(ExtractionContext context) {
        List<Entity> entities = context.entities();
        SourceText src = context.source();
        Map<String, Entity> byName = new HashMap<>();
        for (Entity e : entities) {
            byName.putIfAbsent(e.qualifiedName(), e);
        }
        Map<String, Sections> sections = new HashMap<>();
        for (int i = 0; i < entities.size(); i++) {
            Entity e = entities.get(i);
            Visibility v = e.visibility() == Visibility.UNKNOWN ? Visibility.PUBLIC : e.visibility();
            Entity owner = byName.get(e.parent());
            boolean member = e.kind() == EntityKind.METHOD || e.kind() == EntityKind.PROPERTY;
            if (e.visibility() == Visibility.UNKNOWN && member && owner != null
                    && owner.kind().label() == Label.TYPE_DEF && !SINGLETON_DEF.matcher(e.signature()).find()) {
                Sections s = sections.computeIfAbsent(owner.qualifiedName(), k -> Sections.scan(src, owner));
                String indent = indentOf(src.lineText(e.lineStart()));
                for (int k = s.lines.size() - 1; k >= 0; k--) {
                    if (s.lines.get(k) < e.lineStart() && s.indents.get(k).equals(indent)) {
                        v = s.visibilities.get(k);
                        break;
                    }
                }
                v = s.named.getOrDefault(e.name(), v);
            }
            String sig = withoutBlock(withoutComment(e.signature()));
            if (v != e.visibility() || !sig.equals(e.signature())) {
                entities.set(i, new Entity(e.kind(), e.name(), e.qualifiedName(), e.lineStart(), e.lineEnd(),
                        sig, e.docstring(), v, e.annotations(), e.parent()));
            }
        }
    }

    /** The visibility lines directly or indirectly inside one owner's range, scanned once. */
    private static final class Sections {
        final List<Integer> lines = new ArrayList<>();
        final List<String> indents = new ArrayList<>();
        final List<Visibility> visibilities = new ArrayList<>();
        final Map<String, Visibility> named = new HashMap<>();

        static Sections scan(SourceText src, Entity owner) {
            Sections s = new Sections();
            for (int l = owner.lineStart() + 1; l < owner.lineEnd(); l++) {
                String line = src.lineText(l);
                String t = line.stripLeading();
                if (!t.startsWith("p")) {
                    continue;
                }
                Matcher m = SECTION.matcher(line);
                if (m.matches()) {
                    s.lines.add(l);
                    s.indents.add(m.group(1));
                    s.visibilities.add(Visibility.valueOf(m.group(2).toUpperCase(Locale.ROOT)));
                    continue;
                }
                m = NAMED.matcher(line);
                if (m.matches()) {
                    Visibility v = Visibility.valueOf(m.group(1).toUpperCase(Locale.ROOT));
                    for (String sym : m.group(2).split(",")) {
                        s.named.put(sym.strip().substring(1), v);
                    }
                }
            }
            return s;
        }
    }

    private static String indentOf(String line) {
        int i = 0;
        while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
            i++;
        }
        return line.substring(0, i);
    }

    /** {@code Point = Struct.new(:x, :y) do |s|} ends before its block. */
    static String withoutBlock(String signature) {
        Matcher m = TRAILING_DO.matcher(signature);
        return m.find() ? signature.substring(0, m.start()).strip() : signature;
    }

    /**
     * Cuts a comment out of a signature: a comment between a header and its body is part of
     * the text up to the body ({@code def to_s # :nodoc:}). Quote-aware, so {@code "#{x}"} stays.
     */
    static String withoutComment(String signature) {
        if (signature.indexOf('#') < 0) {
            return signature;
        }
        char quote = 0;
        for (int i = 0; i < signature.length(); i++) {
            char c = signature.charAt(i);
            if (quote != 0) {
                if (c == '\\') {
                    i++;
                } else if (c == quote) {
                    quote = 0;
                }
            } else if ((c == '"' || c == '\'' || c == '`') && !(i > 0 && "$?".indexOf(signature.charAt(i - 1)) >= 0)) {
                quote = c; // $" is a global, ?" a character literal
            } else if (c == '#' && (i == 0 || signature.charAt(i - 1) != '?')) {
                String s = signature.substring(0, i).strip();
                while (s.endsWith(";")) {
                    s = s.substring(0, s.length() - 1).strip();
                }
                return s;
            }
        }
        return signature;
    }
}
