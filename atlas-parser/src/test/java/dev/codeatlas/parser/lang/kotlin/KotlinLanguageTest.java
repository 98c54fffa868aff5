package dev.codeatlas.parser.lang.kotlin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.codeatlas.model.Visibility;
import java.util.List;
import org.junit.jupiter.api.Test;

class KotlinLanguageTest {

    private final KotlinLanguage kt = new KotlinLanguage();

    @Test
    void annotationsWithUseSiteTargetsAndArguments() {
        String mods = "@get:JvmName(\"private\") @Suppress(\"x\") @field:a.b.Inject internal";
        assertEquals(List.of("JvmName", "Suppress", "a.b.Inject"), kt.annotations(mods));
        assertEquals(Visibility.INTERNAL, kt.visibility("x", mods));
        assertEquals(Visibility.PUBLIC, kt.visibility("x", "@Deprecated(\"private\") override"));
    }

    @Test
    void unnamedCompanionAndBackticks() {
        assertEquals(List.of("Companion"), kt.nameSegments("object"));
        assertEquals(List.of("is valid"), kt.nameSegments("`is valid`"));
    }
}
