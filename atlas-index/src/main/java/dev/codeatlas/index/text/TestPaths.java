package dev.codeatlas.index.text;

import java.util.Locale;

/** Whether a root-relative path is test code, by the conventions of the supported languages. */
public final class TestPaths {

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
                || name.matches(".*(test|tests|spec|it)\\.(java|kt|scala|cs)$")
                || name.matches(".*\\.(test|spec)\\.[jt]sx?$") || name.endsWith("_spec.rb") || name.endsWith("_test.rb");
    }
}
