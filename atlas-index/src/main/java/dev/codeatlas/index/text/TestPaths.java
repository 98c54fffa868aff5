package dev.codeatlas.index.text;

import java.util.Locale;

/** Whether a root-relative path is test code, by the conventions of the supported languages. */
public final class TestPaths {

    private TestPaths() {
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
