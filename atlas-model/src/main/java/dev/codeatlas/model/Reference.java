package dev.codeatlas.model;

import java.util.Objects;

/**
 * A raw reference as written in one file, for the indexer to resolve across files.
 * Fields that do not apply to a relationship type are "" or -1.
 *
 * @param from      qualified name of the innermost enclosing definition (or the module)
 * @param toName    the name as written: callee, imported name, supertype, type, symbol
 * @param receiver  call receiver expression as written ("" for a bare call)
 * @param argCount  number of call arguments, -1 when not a call
 * @param module    imported module/package path (IMPORTS)
 * @param alias     local alias of an import
 * @param context   where a type is used (field, parameter, return, local), or how a doc names a symbol (code, link)
 * @param isStatic  static import (Java), or a static call form
 * @param wildcard  wildcard import ({@code import a.b.*}, {@code from m import *})
 * @param arguments call arguments as written (each trimmed and cut to 60 characters), for
 *                  choosing between overloads; empty when not a call
 */
public record Reference(
        RelType rel,
        String from,
        String toName,
        String receiver,
        int argCount,
        int line,
        String module,
        String alias,
        String context,
        boolean isStatic,
        boolean wildcard,
        java.util.List<String> arguments) {

    public Reference {
        Objects.requireNonNull(rel, "rel");
        from = Objects.requireNonNullElse(from, "");
        toName = Objects.requireNonNullElse(toName, "");
        receiver = Objects.requireNonNullElse(receiver, "");
        module = Objects.requireNonNullElse(module, "");
        alias = Objects.requireNonNullElse(alias, "");
        context = Objects.requireNonNullElse(context, "");
        arguments = arguments == null ? java.util.List.of() : java.util.List.copyOf(arguments);
    }

    /** A reference without argument texts. */
    public Reference(RelType rel, String from, String toName, String receiver, int argCount, int line,
                     String module, String alias, String context, boolean isStatic, boolean wildcard) {
        this(rel, from, toName, receiver, argCount, line, module, alias, context, isStatic, wildcard, java.util.List.of());
    }

    /** This reference with the given argument texts. */
    public Reference withArguments(java.util.List<String> args) {
        return new Reference(rel, from, toName, receiver, argCount, line, module, alias, context, isStatic, wildcard, args);
    }

    public static Reference call(String from, String callee, String receiver, int argCount, int line) {
        return new Reference(RelType.CALLS, from, callee, receiver, argCount, line, "", "", "", false, false);
    }

    public static Reference of(RelType rel, String from, String toName, int line) {
        return new Reference(rel, from, toName, "", -1, line, "", "", "", false, false);
    }
}
