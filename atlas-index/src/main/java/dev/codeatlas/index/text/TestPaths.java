package dev.codeatlas.index.text;

import java.util.Locale;

/** Whether a root-relative path is test code, by the conventions of the supported languages. */
public final class TestPaths {

    /** FooTest.java, FooTests.kt, FooSpec.scala, FooIT.java (case as written: Latest.java is not a test). */
    private static boolean jvmTest(String name) {
        int dot = name.lastIndexOf('.');
        if (dot < 0) {
            return false;
        }
        String ext = name.substring(dot + 1);
        if (!ext.equals("java") && !ext.equals("kt") && !ext.equals("scala") && !ext.equals("cs")) {
            return false;
        }
        String base = name.substring(0, dot);
        return base.endsWith("Test") || base.endsWith("Tests") || base.endsWith("Spec") || base.endsWith("IT")
                || base.endsWith("_test") || base.equals("test");
    }

    /** foo.test.js, foo.spec.tsx */
    private static boolean jsTest(String name) {
        return (name.contains(".test.") || name.contains(".spec."))
                && (name.endsWith(".js") || name.endsWith(".ts") || name.endsWith(".jsx") || name.endsWith(".tsx"));
    }

    private TestPaths() {
    }

    /**
     * Generated or vendored code that was indexed anyway (with --include-generated, or outside
     * the usual places): minified bundles, generated sources, vendored and third-party trees.
     */
    public static boolean isGenerated(String path) {
        String p = "/" + path.toLowerCase(Locale.ROOT);
        return p.contains("/vendor/") || p.contains("/third_party/") || p.contains("/thirdparty/")
                || p.contains("/node_modules/") || p.contains("/generated/") || p.contains("/gen/")
                || p.contains("/build/") || p.contains("/dist/") || p.endsWith(".min.js") || p.endsWith(".pb.go")
                || p.endsWith("_pb2.py") || p.contains(".generated.") || p.endsWith(".g.cs") || p.endsWith(".designer.cs");
    }

    public static boolean isTest(String path) {
        String p = path.toLowerCase(Locale.ROOT);
        String name = p.substring(p.lastIndexOf('/') + 1);
        return p.startsWith("test/") || p.startsWith("tests/") || p.contains("/test/") || p.contains("/tests/")
                || p.contains("/__tests__/") || p.contains("/testing/") || p.startsWith("spec/") || p.contains("/spec/")
                || name.startsWith("test_") || name.endsWith("_test.go") || name.endsWith("_test.py")
                || jvmTest(path.substring(path.lastIndexOf('/') + 1)) || jsTest(name) || name.endsWith("_spec.rb") || name.endsWith("_test.rb");
    }
}
