; JavaScript (and JSX, see jsx.scm) definitions and references. Capture conventions: docs/queries.md
; When two patterns match the same node with the same name, the one listed first wins, so the
; exported form of a declaration comes before the plain one (it adds "export" to @modifiers).

; ---- functions and classes
(export_statement "export" @modifiers
  declaration: (function_declaration name: (identifier) @name body: (_) @body) @definition.function)
(export_statement "export" @modifiers
  declaration: (generator_function_declaration name: (identifier) @name body: (_) @body) @definition.function)
(export_statement (decorator)* @modifiers "export" @modifiers
  declaration: (class_declaration (decorator)* @modifiers name: (_) @name body: (_) @body) @definition.class)
(function_declaration name: (identifier) @name body: (_) @body) @definition.function
(generator_function_declaration name: (identifier) @name body: (_) @body) @definition.function
(class_declaration (decorator)* @modifiers name: (_) @name body: (_) @body) @definition.class

; ---- functions and classes bound to a variable: `const f = () => {}` is the function f
(export_statement "export" @modifiers
  declaration: (lexical_declaration
    (variable_declarator name: (identifier) @name
      value: [(arrow_function body: (_) @body) (function_expression body: (_) @body) (generator_function body: (_) @body)])) @definition.function)
(export_statement "export" @modifiers
  declaration: (lexical_declaration
    (variable_declarator name: (identifier) @name value: (class body: (_) @body))) @definition.class)
(lexical_declaration
  (variable_declarator name: (identifier) @name
    value: [(arrow_function body: (_) @body) (function_expression body: (_) @body) (generator_function body: (_) @body)])) @definition.function
(variable_declaration
  (variable_declarator name: (identifier) @name
    value: [(arrow_function body: (_) @body) (function_expression body: (_) @body) (generator_function body: (_) @body)])) @definition.function
(lexical_declaration (variable_declarator name: (identifier) @name value: (class body: (_) @body))) @definition.class
(variable_declaration (variable_declarator name: (identifier) @name value: (class body: (_) @body))) @definition.class

; ---- CommonJS and prototype assignments: `exports.f = function`, `module.exports.f = ...`,
; `Foo.prototype.m = function` (method of Foo), `app.get = function` (method of app);
; the owner is normalised in JavaScriptLanguage.normalizeParentName.
((assignment_expression
  left: (member_expression object: [(identifier) (member_expression)] @parent_name property: (property_identifier) @name)
  right: [(arrow_function body: (_) @body) (function_expression body: (_) @body) (generator_function body: (_) @body)]) @definition.function
  (#not-eq? @name "exports"))
((assignment_expression
  left: (member_expression object: [(identifier) (member_expression)] @parent_name property: (property_identifier) @name)
  right: (class body: (_) @body)) @definition.class
  (#not-eq? @name "exports"))
; `this.handler = function` inside a constructor function: nested in it
(assignment_expression
  left: (member_expression object: (this) property: (property_identifier) @name)
  right: [(arrow_function body: (_) @body) (function_expression body: (_) @body) (generator_function body: (_) @body)]) @definition.function

; ---- named function / class expressions where nothing else names them
; (`defineGetter(req, 'query', function query() {})`, `module.exports = function app() {}`, IIFEs)
(arguments [(function_expression name: (identifier) @name body: (_) @body)
            (generator_function name: (identifier) @name body: (_) @body)] @definition.function)
(arguments (class name: (identifier) @name body: (_) @body) @definition.class)
(return_statement [(function_expression name: (identifier) @name body: (_) @body)
                   (generator_function name: (identifier) @name body: (_) @body)] @definition.function)
(parenthesized_expression [(function_expression name: (identifier) @name body: (_) @body)
                           (generator_function name: (identifier) @name body: (_) @body)] @definition.function)
(arrow_function body: [(function_expression name: (identifier) @name body: (_) @body)
                       (generator_function name: (identifier) @name body: (_) @body)] @definition.function)
(assignment_expression
  left: (member_expression property: (property_identifier) @_exports)
  right: [(function_expression name: (identifier) @name body: (_) @body)
          (generator_function name: (identifier) @name body: (_) @body)] @definition.function
  (#eq? @_exports "exports"))
(assignment_expression
  left: (identifier)
  right: [(function_expression name: (identifier) @name body: (_) @body)
          (generator_function name: (identifier) @name body: (_) @body)] @definition.function)

; ---- class members (a field holding a function is a method: `onClick = (e) => {...}`)
(class_body (method_definition (decorator)* @modifiers name: (_) @name body: (_) @body) @definition.method)
(field_definition (decorator)* @modifiers property: (_) @name
  value: [(arrow_function body: (_) @body) (function_expression body: (_) @body)]) @definition.method
((field_definition (decorator)* @modifiers property: (_) @name value: (_)? @_value) @definition.field
  (#not-match? @_value "^(async\\b|function\\b|\\(|[A-Za-z_$][A-Za-z0-9_$]*\\s*=>)"))

; ---- object literal members (methods of the enclosing `const obj = {...}`, see adjustKind)
(object (method_definition name: (_) @name body: (_) @body) @definition.function)
; a pair is named by its key unless the function has a name of its own (`get: function getrouter()`)
(object (pair
  key: [(property_identifier) @name (string (string_fragment) @name)]
  value: [(arrow_function body: (_) @body) (function_expression !name body: (_) @body) (generator_function !name body: (_) @body)]) @definition.function)
(object (pair
  value: [(function_expression name: (identifier) @name body: (_) @body) (generator_function name: (identifier) @name body: (_) @body)]) @definition.function)

; ---- module-level constants and variables: not functions or classes (matched above; a match
; ends where its last node is, so the two must not overlap) and not `require(...)` imports
(program (export_statement "export" @modifiers
  declaration: (lexical_declaration kind: "const" (variable_declarator name: (identifier) @name value: (_)? @_value)) @definition.constant)
  (#not-match? @_value "^(async\\b|function\\b|class\\b|\\(|[A-Za-z_$][A-Za-z0-9_$]*\\s*=>)"))
(program (export_statement "export" @modifiers
  declaration: (lexical_declaration kind: "let" (variable_declarator name: (identifier) @name value: (_)? @_value)) @definition.variable)
  (#not-match? @_value "^(async\\b|function\\b|class\\b|\\(|[A-Za-z_$][A-Za-z0-9_$]*\\s*=>)"))
((program (lexical_declaration kind: "const" (variable_declarator name: (identifier) @name value: (_)? @_value)) @definition.constant)
  (#not-match? @_value "^(async\\b|function\\b|class\\b|\\(|[A-Za-z_$][A-Za-z0-9_$]*\\s*=>|require\\s*\\()"))
((program (lexical_declaration kind: "let" (variable_declarator name: (identifier) @name value: (_)? @_value)) @definition.variable)
  (#not-match? @_value "^(async\\b|function\\b|class\\b|\\(|[A-Za-z_$][A-Za-z0-9_$]*\\s*=>|require\\s*\\()"))
((program (variable_declaration (variable_declarator name: (identifier) @name value: (_)? @_value)) @definition.variable)
  (#not-match? @_value "^(async\\b|function\\b|class\\b|\\(|[A-Za-z_$][A-Za-z0-9_$]*\\s*=>|require\\s*\\()"))

; ---- calls
(call_expression function: (identifier) @name arguments: (arguments) @args) @reference.call
(call_expression function: (member_expression object: (_) @receiver property: (_) @name) arguments: (arguments) @args) @reference.call
(call_expression function: (super) @name arguments: (arguments) @args) @reference.call
(new_expression constructor: (_) @name arguments: (arguments)? @args) @reference.new

; ---- imports (module = the string as written, without quotes)
(import_statement (import_clause (identifier) @alias @name) source: (string (string_fragment) @module)) @reference.import.default
(import_statement (import_clause (named_imports (import_specifier name: (_) @name alias: (_)? @alias))) source: (string (string_fragment) @module)) @reference.import
(import_statement (import_clause (namespace_import "*" @name (identifier) @alias)) source: (string (string_fragment) @module)) @reference.import
(import_statement . "import" @name . source: (string (string_fragment) @module)) @reference.import
(call_expression function: (import) @name arguments: (arguments . (string (string_fragment) @module))) @reference.import.dynamic
(variable_declarator name: (identifier) @alias
  value: (call_expression function: (identifier) @_require arguments: (arguments . (string (string_fragment) @module)))
  (#eq? @_require "require")) @reference.import.require
(variable_declarator
  name: (object_pattern [(shorthand_property_identifier_pattern) @name
                         (pair_pattern key: (_) @name value: (identifier) @alias)])
  value: (call_expression function: (identifier) @_require arguments: (arguments . (string (string_fragment) @module)))
  (#eq? @_require "require")) @reference.import.require
; any other require('m') (`require('debug')('app')`, `exports.x = require('m')`): the module only;
; JavaScriptLanguage.finish drops it where a pattern above already said more about that line
((call_expression function: (identifier) @_require @name arguments: (arguments . (string (string_fragment) @module)))
  @reference.import.require
  (#eq? @_require "require"))
(export_statement (export_clause (export_specifier name: (_) @name alias: (_)? @alias)) source: (string (string_fragment) @module)) @reference.import.reexport
(export_statement "*" @name @wildcard source: (string (string_fragment) @module)) @reference.import.reexport
(export_statement (namespace_export "*" @name (_) @alias) source: (string (string_fragment) @module)) @reference.import.reexport

; ---- supertypes
; `extends mixin(A, B)` is a call (a CALLS reference), not a supertype as written
(class_heritage [(identifier) (member_expression)] @reference.inherits)
