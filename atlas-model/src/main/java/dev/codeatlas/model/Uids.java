package dev.codeatlas.model;

/** uid rules: {@code PROJECT:QUALIFIED_NAME}; modules (files) use their path as qualified name. */
public final class Uids {

    private Uids() {
    }

    public static String of(String project, String qualifiedName) {
        return project + ":" + qualifiedName;
    }

    public static String project(String project) {
        return project + ":";
    }

    public static String pkg(String project, String packageName) {
        return project + ":pkg:" + packageName;
    }

    public static String external(String project, String name) {
        return project + ":ext:" + name;
    }

    /** The qualified-name part of a uid. */
    public static String qualifiedName(String uid) {
        int colon = uid.indexOf(':');
        return colon < 0 ? uid : uid.substring(colon + 1);
    }
}
