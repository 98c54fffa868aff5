package dev.codeatlas.index.resolve;

import dev.codeatlas.parser.TopLevel;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Chooses among same-arity overloads by the types of the arguments as written: literals,
 * declared types of locals, parameters and fields, constructions and casts, scored by Java's
 * rules in spirit (exact, then primitive widening, then boxing, then Object). Candidates stay
 * tied when the arguments do not tell them apart.
 */
final class OverloadSelector {

    private static final List<String> NUMERIC = List.of("byte", "short", "char", "int", "long", "float", "double");
    private static final Map<String, String> BOXED = Map.of("byte", "Byte", "short", "Short", "char", "Character",
            "int", "Integer", "long", "Long", "float", "Float", "double", "Double", "boolean", "Boolean");
    private static final Set<String> NUMBER_BOXES = Set.of("Byte", "Short", "Integer", "Long", "Float", "Double", "BigInteger", "BigDecimal", "AtomicInteger", "AtomicLong");

    /** Argument type as a simple name, or null when unknown. */
    interface ArgumentTyper {
        String typeOf(String argument);
    }

    static List<Sym> select(List<Sym> candidates, List<String> arguments, ArgumentTyper typer, SymbolTable table) {
        if (candidates.size() < 2 || arguments.isEmpty()) {
            return candidates;
        }
        String[] argTypes = new String[arguments.size()];
        boolean anyKnown = false;
        for (int i = 0; i < argTypes.length; i++) {
            argTypes[i] = typer.typeOf(arguments.get(i));
            anyKnown |= argTypes[i] != null;
        }
        if (!anyKnown) {
            return candidates;
        }
        double best = -1;
        List<Sym> winners = new ArrayList<>();
        for (Sym c : candidates) {
            List<String> params = parameterTypes(c.signature, c.name());
            if (params.isEmpty()) {
                return candidates; // untyped language: nothing to compare
            }
            double score = 0;
            for (int i = 0; i < argTypes.length; i++) {
                String p = i < params.size() ? params.get(i) : params.get(params.size() - 1);
                if (p.endsWith("...")) {
                    p = argTypes.length == params.size() && argTypes[i] != null && argTypes[i].endsWith("[]")
                            ? p.substring(0, p.length() - 3) + "[]" : p.substring(0, p.length() - 3);
                }
                score += compatibility(argTypes[i], p, table);
            }
            if (score > best + 1e-9) {
                best = score;
                winners.clear();
                winners.add(c);
            } else if (Math.abs(score - best) < 1e-9) {
                winners.add(c);
            }
        }
        return winners;
    }

    static double compatibility(String arg, String param, SymbolTable table) {
        if (arg == null) {
            return 1;
        }
        if (arg.equals(param)) {
            return 3;
        }
        boolean argPrim = BOXED.containsKey(arg);
        boolean paramPrim = BOXED.containsKey(param);
        if (arg.equals("null")) {
            return paramPrim ? 0 : 2;
        }
        if (argPrim && paramPrim) {
            int a = NUMERIC.indexOf(arg);
            int p = NUMERIC.indexOf(param);
            if (a >= 0 && p > a && !(arg.equals("char") && p < NUMERIC.indexOf("int"))) {
                return 2.5 - 0.1 * (p - a);
            }
            return 0;
        }
        if (argPrim) {
            if (param.equals(BOXED.get(arg))) {
                return 1.8;
            }
            if (param.equals("Object") || (param.equals("Number") && NUMERIC.contains(arg) && !arg.equals("char"))) {
                return 1.5;
            }
            return isTypeVariable(param) ? 1.2 : 0;
        }
        if (paramPrim) {
            return BOXED.get(param).equals(arg) ? 1.8 : 0;
        }
        if (param.equals("Object") || isTypeVariable(param)) {
            return 1.2;
        }
        if (param.equals("Number") && NUMBER_BOXES.contains(arg)) {
            return 2;
        }
        if (param.equals("CharSequence") && (arg.equals("String") || arg.equals("StringBuilder"))) {
            return 2;
        }
        if (isSubtype(arg, param, table)) {
            return 2;
        }
        return 0.3;
    }

    private static boolean isTypeVariable(String t) {
        return t.length() <= 2 && Character.isUpperCase(t.charAt(0));
    }

    private static boolean isSubtype(String sub, String sup, SymbolTable table) {
        for (Sym s : table.byName.get(sub)) {
            if (!s.isType()) {
                continue;
            }
            java.util.ArrayDeque<Sym> q = new java.util.ArrayDeque<>(s.supertypes);
            java.util.Set<Sym> seen = new java.util.HashSet<>();
            while (!q.isEmpty()) {
                Sym t = q.poll();
                if (!seen.add(t)) {
                    continue;
                }
                if (t.name().equals(sup)) {
                    return true;
                }
                q.addAll(t.supertypes);
            }
        }
        return false;
    }

    /** Simple parameter type names of a Java/C#-style signature; empty when it has none. */
    static List<String> parameterTypes(String signature, String name) {
        int open = Signatures.parameterListStart(signature, name);
        int close = open < 0 ? -1 : Signatures.matchingParen(signature, open);
        if (open < 0 || close < open) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String param : TopLevel.split(signature.substring(open + 1, close), ',', true)) {
            String type = typeOfParameter(param);
            if (type == null) {
                return List.of();
            }
            out.add(type);
        }
        return out;
    }

    private static String typeOfParameter(String param) {
        String p = param.replaceAll("@[\\w.]+(\\([^)]*\\))?", "").replace("final ", "").strip();
        boolean varargs = p.contains("...");
        p = p.replace("...", " ").strip();
        int sp = p.lastIndexOf(' ');
        if (sp < 0) {
            return null; // no declared type (untyped parameter)
        }
        String type = p.substring(0, sp).strip();
        boolean array = type.endsWith("[]");
        int lt = type.indexOf('<');
        if (lt > 0) {
            type = type.substring(0, lt);
        }
        type = type.replace("[]", "").strip();
        int dot = type.lastIndexOf('.');
        if (dot >= 0) {
            type = type.substring(dot + 1);
        }
        return type + (array ? "[]" : "") + (varargs ? "..." : "");
    }

    /** Return types of methods every JVM program calls, by name (Object, String, boxes, collections). */
    static final Map<String, String> WELL_KNOWN_RETURNS = Map.ofEntries(
            Map.entry("toString", "String"), Map.entry("name", "String"), Map.entry("getName", "String"),
            Map.entry("getSimpleName", "String"), Map.entry("trim", "String"), Map.entry("strip", "String"),
            Map.entry("substring", "String"), Map.entry("toLowerCase", "String"), Map.entry("toUpperCase", "String"),
            Map.entry("getMessage", "String"), Map.entry("toPlainString", "String"),
            Map.entry("byteValue", "byte"), Map.entry("shortValue", "short"), Map.entry("intValue", "int"),
            Map.entry("longValue", "long"), Map.entry("floatValue", "float"), Map.entry("doubleValue", "double"),
            Map.entry("booleanValue", "boolean"), Map.entry("charValue", "char"), Map.entry("ordinal", "int"),
            Map.entry("hashCode", "int"), Map.entry("length", "int"), Map.entry("size", "int"),
            Map.entry("equals", "boolean"), Map.entry("isEmpty", "boolean"), Map.entry("contains", "boolean"),
            Map.entry("startsWith", "boolean"), Map.entry("endsWith", "boolean"), Map.entry("hasNext", "boolean"),
            Map.entry("getClass", "Class"), Map.entry("charAt", "char"), Map.entry("compareTo", "int"),
            Map.entry("indexOf", "int"), Map.entry("nanoTime", "long"), Map.entry("currentTimeMillis", "long"));

    /** Type of a literal argument, or null when it is not a literal. */
    static String literalType(String a) {
        if (a.isEmpty()) {
            return null;
        }
        char c = a.charAt(0);
        if (c == '"' || a.startsWith("\"\"\"")) {
            return "String";
        }
        if (c == '\'') {
            return "char";
        }
        if (a.equals("true") || a.equals("false")) {
            return "boolean";
        }
        if (a.equals("null")) {
            return "null";
        }
        if (Character.isDigit(c) || (c == '-' && a.length() > 1 && Character.isDigit(a.charAt(1)))) {
            String l = a.toLowerCase(java.util.Locale.ROOT);
            if (l.startsWith("0x") || l.startsWith("-0x")) {
                return l.endsWith("l") ? "long" : "int";
            }
            if (l.endsWith("l")) {
                return "long";
            }
            if (l.endsWith("f")) {
                return "float";
            }
            if (l.endsWith("d") || l.contains(".") || l.contains("e")) {
                return "double";
            }
            return "int";
        }
        return null;
    }
}
