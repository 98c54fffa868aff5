package dev.codeatlas.parser.lang.bash;

import dev.codeatlas.model.Entity;
import dev.codeatlas.model.Reference;
import dev.codeatlas.model.RelType;
import dev.codeatlas.model.Visibility;
import dev.codeatlas.parser.CommentStyle;
import dev.codeatlas.parser.ExtractionContext;
import dev.codeatlas.parser.LanguageSupport;
import java.util.ListIterator;
import java.util.Set;
import java.util.regex.Pattern;
import org.treesitter.TSLanguage;
import org.treesitter.TreeSitterBash;

/**
 * Bash (also used for .zsh files: their functions, assignments and commands parse the same way;
 * zsh-only syntax becomes syntax errors, extraction continues around them). Qualified names start
 * with the path without extension ({@code scripts/build.sh} gives {@code scripts/build.compile}).
 * Functions are public unless their name starts with {@code _} (the shell convention for helpers);
 * top-level UPPER_CASE assignments are constants. Every simple command is a call (the resolver
 * drops those naming no function), except a fixed list of builtins; {@code source f} and
 * {@code . f} are wildcard imports of module {@code f} (quotes removed).
 */
public final class BashLanguage extends LanguageSupport {

    private static final Pattern COMMAND_NAME = Pattern.compile("[\\p{L}\\p{N}_]");

    /** Builtins (and `source`/`.`, which are imports) never reported as calls. */
    static final Set<String> BUILTINS = Set.of("echo", "printf", "cd", "test", "[", "local", "export", "return",
            "set", "shift", "read", "exit", "true", "false", ":", "source", ".", "eval", "exec", "trap", "wait",
            "pushd", "popd", "pwd", "shopt", "getopts", "break", "continue", "unset", "builtin", "command", "let",
            "declare", "typeset", "readonly", "umask", "ulimit", "alias", "unalias", "type", "hash", "sleep");

    @Override
    public String name() {
        return "bash";
    }

    @Override
    public Set<String> extensions() {
        return Set.of(".sh", ".bash", ".zsh");
    }

    @Override
    public Set<String> fileNames() {
        return Set.of(".bashrc", ".bash_profile", ".bash_aliases", ".profile", ".zshrc");
    }

    @Override
    public TSLanguage grammar() {
        return new TreeSitterBash();
    }

    @Override
    public CommentStyle commentStyle() {
        return CommentStyle.HASH;
    }

    @Override
    public Visibility visibility(String name, String modifiers) {
        return name.startsWith("_") ? Visibility.PRIVATE : Visibility.PUBLIC;
    }

    @Override
    public Reference adjustReference(Reference r) {
        if (r.rel() == RelType.IMPORTS) {
            String module = unquote(r.module());
            return new Reference(r.rel(), r.from(), "", "", -1, r.line(), module, "", r.context(), false, true);
        }
        if (r.rel() == RelType.CALLS && r.argCount() > 0) {
            // @args is the command node: its named children are the VAR=x prefixes, the name, the arguments
            int prefixes = switch (r.context()) {
                case "env1" -> 1;
                case "env2" -> 2;
                default -> 0;
            };
            return new Reference(r.rel(), r.from(), r.toName(), r.receiver(), Math.max(0, r.argCount() - 1 - prefixes),
                    r.line(), r.module(), r.alias(), "", r.isStatic(), r.wildcard());
        }
        return r;
    }

    /**
     * Drops calls of builtins that never name a project function and of "commands" without a
     * letter or digit (a stray {@code &#125;} after a syntax error), and a shebang line from a
     * leading comment that reaches line 1 (it is not documentation).
     */
    @Override
    public void finish(ExtractionContext context) {
        context.references().removeIf(r -> r.rel() == RelType.CALLS
                && (BUILTINS.contains(r.toName()) || !COMMAND_NAME.matcher(r.toName()).find()));
        String first = context.source().lineCount() > 0 ? context.source().lineText(1).strip() : "";
        if (!first.startsWith("#!")) {
            return;
        }
        String shebang = CommentStyle.HASH.clean(first);
        int commentLines = 0; // lines 1..n that are all comments
        while (commentLines < context.source().lineCount()
                && context.source().lineText(commentLines + 1).strip().startsWith("#")) {
            commentLines++;
        }
        for (ListIterator<Entity> it = context.entities().listIterator(); it.hasNext(); ) {
            Entity e = it.next();
            String doc = e.docstring();
            if (e.lineStart() - 1 <= commentLines && (doc.equals(shebang) || doc.startsWith(shebang + "\n"))) {
                String rest = doc.substring(shebang.length()).strip();
                it.set(new Entity(e.kind(), e.name(), e.qualifiedName(), e.lineStart(), e.lineEnd(), e.signature(),
                        rest, e.visibility(), e.annotations(), e.parent()));
            }
        }
    }

    private static String unquote(String s) {
        String t = s.strip();
        if (t.length() >= 2 && (t.charAt(0) == '"' || t.charAt(0) == '\'') && t.charAt(t.length() - 1) == t.charAt(0)) {
            return t.substring(1, t.length() - 1);
        }
        return t;
    }
}
