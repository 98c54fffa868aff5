package dev.codeatlas.parser.lang.python;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.codeatlas.model.EntityKind;
import dev.codeatlas.model.Visibility;
import java.util.List;
import org.junit.jupiter.api.Test;

class PythonLanguageTest {

    private final PythonLanguage py = new PythonLanguage();

    @Test
    void modulePrefixIsTheDottedPath() {
        assertEquals("src.flask.app", py.modulePrefix("src/flask/app.py", ""));
        assertEquals("pkg", py.modulePrefix("pkg/__init__.py", ""));
        assertEquals("pkg.sub", py.modulePrefix("pkg/sub/__init__.pyi", ""));
        assertEquals("", py.modulePrefix("__init__.py", ""));
        assertEquals("setup", py.modulePrefix("setup.py", ""));
    }

    @Test
    void decoratorNames() {
        assertEquals(List.of("property"), py.annotations("@property"));
        assertEquals(List.of("app.route", "login_required"),
                py.annotations("@app.route(\"/user/@me\", methods=[\"GET\"]) @login_required"));
        assertEquals(List.of("functools.lru_cache"), py.annotations("@ functools.lru_cache(maxsize=None)"));
        assertEquals(List.of(), py.annotations(""));
    }

    @Test
    void docstringsAreStrippedAndDedented() {
        assertEquals("One line.", py.cleanDocString("\"\"\"One line.\"\"\""));
        assertEquals("Title.\n\nBody:\n    code", py.cleanDocString("r'''Title.\n\n    Body:\n        code\n    '''"));
        assertEquals("x", py.cleanDocString("'x'"));
    }

    @Test
    void signaturesLoseComments() {
        assertEquals("def f(self)", PythonLanguage.withoutComment("def f(self): # noqa: E501"));
        assertEquals("def f(sep=\"#\")", PythonLanguage.withoutComment("def f(sep=\"#\")"));
        assertEquals("TABLE", PythonLanguage.withoutComment("TABLE = { # by name"));
    }

    @Test
    void visibilityByUnderscore() {
        assertEquals(Visibility.PUBLIC, py.visibility("run", ""));
        assertEquals(Visibility.PRIVATE, py.visibility("_helper", ""));
        assertEquals(Visibility.PRIVATE, py.visibility("__mangled", ""));
        assertEquals(Visibility.PUBLIC, py.visibility("__init__", ""));
    }

    @Test
    void kinds() {
        assertEquals(EntityKind.CONSTRUCTOR, py.adjustKind(EntityKind.FUNCTION, "__init__", "", EntityKind.CLASS, false));
        assertEquals(EntityKind.FUNCTION, py.adjustKind(EntityKind.FUNCTION, "__init__", "", null, false));
        assertEquals(EntityKind.CONSTANT, py.adjustKind(EntityKind.VARIABLE, "MAX_SIZE2", "", null, false));
        assertEquals(EntityKind.VARIABLE, py.adjustKind(EntityKind.VARIABLE, "Max", "", null, false));
        assertEquals(EntityKind.VARIABLE, py.adjustKind(EntityKind.VARIABLE, "_", "", null, false));
    }
}
