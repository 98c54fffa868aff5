package dev.codeatlas.parser.lang.kotlin;

import dev.codeatlas.model.EntityKind;
import dev.codeatlas.model.Reference;
import dev.codeatlas.model.RelType;
import dev.codeatlas.model.Visibility;
import dev.codeatlas.parser.CommentStyle;
import dev.codeatlas.parser.ExtractionContext;
import dev.codeatlas.parser.EntityPolish;
import dev.codeatlas.parser.LanguageSupport;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.treesitter.TSLanguage;
import org.treesitter.TreeSitterKotlin;

/**
 * Kotlin: qualified names start with the package ({@code com.x.Outer.Inner.method}; no package
 * declaration: no prefix). Default visibility is public. Top-level functions are functions,
 * functions in a class, object or interface are methods. An extension function
 * ({@code fun String.shout()}) is named by its simple name ({@code pkg.shout}, which is also how it
 * is imported); its receiver type is a type use with context {@code receiver}. An unnamed
 * companion object is named {@code Companion}; constructors are named after their class, the
 * primary constructor is an entity on the class name. Imports are split like Java's
 * ({@code import a.b.C as D}: module {@code a.b}, name {@code C}, alias {@code D}).
 */
public final class KotlinLanguage extends LanguageSupport {

    /** {@code @Name}, {@code @get:Name}, {@code @field:a.b.Name}. */
    private static final Pattern ANNOTATION = Pattern.compile("@(?:[a-z]+:)?([A-Za-z_][\\w.]*)");
    private static final Pattern WORD = Pattern.compile("\\b(public|private|protected|internal)\\b");

    @Override
    public String name() {
        return "kotlin";
    }

    @Override
    public Set<String> extensions() {
        return Set.of(".kt", ".kts");
    }

    @Override
    public TSLanguage grammar() {
        return new TreeSitterKotlin();
    }

    @Override
    public String modulePrefix(String relativePath, String packageName) {
        return packageName.replaceAll("[\\s`]+", "");
    }

    @Override
    public List<String> nameSegments(String rawName) {
        if (rawName.equals("object")) {
            return List.of("Companion"); // unnamed companion object (the keyword is captured as its name)
        }
        if (rawName.length() > 1 && rawName.startsWith("`") && rawName.endsWith("`")) {
            return List.of(rawName.substring(1, rawName.length() - 1)); // `backticked names`
        }
        return List.of(rawName);
    }

    /** KDoc/comments; annotation lines between a comment and its declaration are skipped. */
    private static final CommentStyle COMMENTS = CommentStyle.C_LIKE.withSkippable("@");

    @Override
    public CommentStyle commentStyle() {
        return COMMENTS;
    }

    @Override
    public Visibility visibility(String name, String modifiers) {
        Matcher m = WORD.matcher(withoutParenthesized(modifiers));
        if (m.find()) {
            return switch (m.group(1)) {
                case "private" -> Visibility.PRIVATE;
                case "protected" -> Visibility.PROTECTED;
                case "internal" -> Visibility.INTERNAL;
                default -> Visibility.PUBLIC;
            };
        }
        return Visibility.PUBLIC;
    }

    @Override
    public List<String> annotations(String modifiers) {
        if (modifiers.indexOf('@') < 0) {
            return List.of();
        }
        Matcher matcher = ANNOTATION.matcher(withoutParenthesized(modifiers));
        List<String> out = new ArrayList<>();
        while (matcher.find()) {
            out.add(matcher.group(1));
        }
        return out;
    }



    @Override
    public EntityKind adjustKind(EntityKind kind, String name, String modifiers, EntityKind enclosing, boolean inTypeScope) {
        if (kind == EntityKind.PROPERTY && withoutParenthesized(modifiers).matches("(?s).*\\bconst\\b.*")) {
            return EntityKind.CONSTANT;
        }
        return super.adjustKind(kind, name, modifiers, enclosing, inTypeScope);
    }

    @Override
    public String normalizeTypeName(String raw) {
        String s = stripTypeArguments(raw.trim());
        while (s.endsWith("?")) {
            s = s.substring(0, s.length() - 1);
        }
        return s.replace("`", "").replaceAll("\\s+", "");
    }

    @Override
    public Reference adjustReference(Reference r) {
        if (r.rel() != RelType.IMPORTS || r.module().isEmpty()) {
            return r;
        }
        String path = r.module().replaceAll("[\\s`]+", "");
        if (r.wildcard()) {
            return new Reference(r.rel(), r.from(), "", "", -1, r.line(), path, "", r.context(), false, true);
        }
        int dot = path.lastIndexOf('.');
        String module = dot < 0 ? "" : path.substring(0, dot);
        String name = path.substring(dot + 1);
        return new Reference(r.rel(), r.from(), name, "", -1, r.line(), module, r.alias(), r.context(), false, false);
    }

    @Override
    public void finish(ExtractionContext context) {
        EntityPolish.apply(context);
    }
}
