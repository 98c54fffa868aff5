; TypeScript definitions and references; TSX uses this file plus ../javascript/jsx.scm.
; Capture conventions: docs/queries.md. A match is reported when its last node is reached, and
; when two patterns give the same node and name the first reported wins: the exported form of a
; declaration (which adds "export" to @modifiers) ends on the same node as the plain form and is
; listed first; patterns that would end on different nodes are kept disjoint (predicates).

; ---- functions (declarations, overload and `declare` signatures)
(export_statement "export" @modifiers
  declaration: (function_declaration name: (identifier) @name body: (_) @body) @definition.function)
(export_statement "export" @modifiers
  declaration: (generator_function_declaration name: (identifier) @name body: (_) @body) @definition.function)
(export_statement "export" @modifiers
  declaration: (function_signature name: (identifier) @name) @definition.function)
(export_statement "export" @modifiers
  declaration: (ambient_declaration (function_signature name: (identifier) @name) @definition.function))
(function_declaration name: (identifier) @name body: (_) @body) @definition.function
(generator_function_declaration name: (identifier) @name body: (_) @body) @definition.function
(function_signature name: (identifier) @name) @definition.function

; ---- classes, interfaces, type aliases, enums
(export_statement (decorator)* @modifiers "export" @modifiers
  declaration: (class_declaration (decorator)* @modifiers name: (_) @name body: (_) @body) @definition.class)
(export_statement (decorator)* @modifiers "export" @modifiers
  declaration: (abstract_class_declaration (decorator)* @modifiers name: (_) @name body: (_) @body) @definition.class)
(export_statement "export" @modifiers
  declaration: (ambient_declaration (class_declaration name: (_) @name body: (_) @body) @definition.class))
(export_statement "export" @modifiers
  declaration: (interface_declaration name: (_) @name body: (_) @body) @definition.interface)
(export_statement "export" @modifiers
  declaration: (type_alias_declaration name: (_) @name) @definition.type_alias)
(export_statement "export" @modifiers
  declaration: (enum_declaration name: (_) @name body: (_) @body) @definition.enum)
(export_statement "export" @modifiers
  declaration: (ambient_declaration (enum_declaration name: (_) @name body: (_) @body) @definition.enum))
(class_declaration (decorator)* @modifiers name: (_) @name body: (_) @body) @definition.class
(abstract_class_declaration (decorator)* @modifiers name: (_) @name body: (_) @body) @definition.class
(class name: (_) @name body: (_) @body) @definition.class
(interface_declaration name: (_) @name body: (_) @body) @definition.interface
(type_alias_declaration name: (_) @name) @definition.type_alias
(enum_declaration name: (_) @name body: (_) @body) @definition.enum

; ---- namespaces qualify what they hold: `namespace A.B {}`, `module M {}`, `declare module 'm' {}`
(internal_module name: (_) @name body: (_) @body) @scope.namespace
(module name: [(identifier) (nested_identifier)] @name body: (_) @body) @scope.namespace
(module name: (string (string_fragment) @name) body: (_) @body) @scope.namespace

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

; ---- CommonJS and prototype assignments (as in JavaScript; owner normalised in normalizeParentName)
((assignment_expression
  left: (member_expression object: [(identifier) (member_expression)] @parent_name property: (property_identifier) @name)
  right: [(arrow_function body: (_) @body) (function_expression body: (_) @body) (generator_function body: (_) @body)]) @definition.function
  (#not-eq? @name "exports"))
(assignment_expression
  left: (member_expression object: (this) property: (property_identifier) @name)
  right: [(arrow_function body: (_) @body) (function_expression body: (_) @body) (generator_function body: (_) @body)]) @definition.function

; ---- named function expressions where nothing else names them
(arguments [(function_expression name: (identifier) @name body: (_) @body)
            (generator_function name: (identifier) @name body: (_) @body)] @definition.function)
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

; ---- class members. Decorators of methods are siblings before them in the class body (up to
; three are read); those of fields are inside the field.
(class_body (decorator) @modifiers . (decorator) @modifiers . (decorator) @modifiers .
  (method_definition (accessibility_modifier)? @modifiers name: (_) @name body: (_) @body) @definition.method)
(class_body (decorator) @modifiers . (decorator) @modifiers .
  (method_definition (accessibility_modifier)? @modifiers name: (_) @name body: (_) @body) @definition.method)
(class_body (decorator) @modifiers .
  (method_definition (accessibility_modifier)? @modifiers name: (_) @name body: (_) @body) @definition.method)
(class_body (method_definition (accessibility_modifier)? @modifiers name: (_) @name body: (_) @body) @definition.method)
(class_body (method_signature (accessibility_modifier)? @modifiers name: (_) @name) @definition.method)
(class_body (abstract_method_signature (accessibility_modifier)? @modifiers name: (_) @name) @definition.method)
(public_field_definition (decorator)* @modifiers (accessibility_modifier)? @modifiers name: (_) @name
  value: [(arrow_function body: (_) @body) (function_expression body: (_) @body)]) @definition.method
((public_field_definition (decorator)* @modifiers (accessibility_modifier)? @modifiers name: (_) @name value: (_)? @_value) @definition.field
  (#not-match? @_value "^(async\\b|function\\b|\\(|<|[A-Za-z_$][A-Za-z0-9_$]*\\s*=>)"))
; parameter properties `constructor(private readonly repo: Repo)` are fields of the class
([(class_declaration name: (_) @parent_name body: (class_body (method_definition parameters: (formal_parameters
    [(required_parameter (accessibility_modifier) @modifiers pattern: (identifier) @name)
     (optional_parameter (accessibility_modifier) @modifiers pattern: (identifier) @name)] @definition.field))))
  (abstract_class_declaration name: (_) @parent_name body: (class_body (method_definition parameters: (formal_parameters
    [(required_parameter (accessibility_modifier) @modifiers pattern: (identifier) @name)
     (optional_parameter (accessibility_modifier) @modifiers pattern: (identifier) @name)] @definition.field))))])
([(class_declaration name: (_) @parent_name body: (class_body (method_definition parameters: (formal_parameters
    [(required_parameter "readonly" pattern: (identifier) @name)
     (optional_parameter "readonly" pattern: (identifier) @name)] @definition.field))))
  (abstract_class_declaration name: (_) @parent_name body: (class_body (method_definition parameters: (formal_parameters
    [(required_parameter "readonly" pattern: (identifier) @name)
     (optional_parameter "readonly" pattern: (identifier) @name)] @definition.field))))])

; ---- interface and object-type members, enum members
(interface_body (property_signature name: (_) @name) @definition.property)
(interface_body (method_signature name: (_) @name) @definition.method)
; a construct signature `new (x: X): T` is a constructor named `new`
(interface_body (construct_signature "new" @name) @definition.constructor)
(type_alias_declaration value: (object_type (construct_signature "new" @name) @definition.constructor))
(type_alias_declaration value: (object_type (property_signature name: (_) @name) @definition.property))
(type_alias_declaration value: (object_type (method_signature name: (_) @name) @definition.method))
(enum_body name: (property_identifier) @name @definition.enum_member)
(enum_body name: (string (string_fragment) @name) @definition.enum_member)
(enum_body (enum_assignment name: (property_identifier) @name) @definition.enum_member)
(enum_body (enum_assignment name: (string (string_fragment) @name)) @definition.enum_member)

; ---- object literal members (methods of the enclosing `const obj = {...}`, see adjustKind)
(object (method_definition name: (_) @name body: (_) @body) @definition.function)
(object (pair
  key: [(property_identifier) @name (string (string_fragment) @name)]
  value: [(arrow_function body: (_) @body) (function_expression !name body: (_) @body) (generator_function !name body: (_) @body)]) @definition.function)
(object (pair
  value: [(function_expression name: (identifier) @name body: (_) @body) (generator_function name: (identifier) @name body: (_) @body)]) @definition.function)

; ---- constants and variables at module or namespace level and `declare var|let|const` (not
; functions or classes: matched above; not `require(...)` imports). `const` is a constant.
((export_statement "export" @modifiers declaration: (lexical_declaration kind: "const" (variable_declarator name: (identifier) @name value: (_)? @_value)) @definition.constant)
  (#not-match? @_value "^(async\\b|function\\b|class\\b|\\(|<|[A-Za-z_$][A-Za-z0-9_$]*\\s*=>)"))
((export_statement "export" @modifiers declaration: (ambient_declaration (lexical_declaration kind: "const" (variable_declarator name: (identifier) @name value: (_)? @_value)) @definition.constant)))
((export_statement "export" @modifiers declaration: (lexical_declaration kind: "let" (variable_declarator name: (identifier) @name value: (_)? @_value)) @definition.variable)
  (#not-match? @_value "^(async\\b|function\\b|class\\b|\\(|<|[A-Za-z_$][A-Za-z0-9_$]*\\s*=>)"))
((export_statement "export" @modifiers declaration: (ambient_declaration (lexical_declaration kind: "let" (variable_declarator name: (identifier) @name value: (_)? @_value)) @definition.variable)))
((export_statement "export" @modifiers declaration: (variable_declaration (variable_declarator name: (identifier) @name value: (_)? @_value)) @definition.variable)
  (#not-match? @_value "^(async\\b|function\\b|class\\b|\\(|<|[A-Za-z_$][A-Za-z0-9_$]*\\s*=>)"))
((export_statement "export" @modifiers declaration: (ambient_declaration (variable_declaration (variable_declarator name: (identifier) @name value: (_)? @_value)) @definition.variable)))
((program (lexical_declaration kind: "const" (variable_declarator name: (identifier) @name value: (_)? @_value)) @definition.constant)
  (#not-match? @_value "^(async\\b|function\\b|class\\b|\\(|<|[A-Za-z_$][A-Za-z0-9_$]*\\s*=>|require\\s*\\()"))
(([(internal_module body: (statement_block (lexical_declaration kind: "const" (variable_declarator name: (identifier) @name value: (_)? @_value)) @definition.constant))
   (module body: (statement_block (lexical_declaration kind: "const" (variable_declarator name: (identifier) @name value: (_)? @_value)) @definition.constant))])
  (#not-match? @_value "^(async\\b|function\\b|class\\b|\\(|<|[A-Za-z_$][A-Za-z0-9_$]*\\s*=>|require\\s*\\()"))
(ambient_declaration (lexical_declaration kind: "const" (variable_declarator name: (identifier) @name value: (_)? @_value)) @definition.constant)
((program (lexical_declaration kind: "let" (variable_declarator name: (identifier) @name value: (_)? @_value)) @definition.variable)
  (#not-match? @_value "^(async\\b|function\\b|class\\b|\\(|<|[A-Za-z_$][A-Za-z0-9_$]*\\s*=>|require\\s*\\()"))
(([(internal_module body: (statement_block (lexical_declaration kind: "let" (variable_declarator name: (identifier) @name value: (_)? @_value)) @definition.variable))
   (module body: (statement_block (lexical_declaration kind: "let" (variable_declarator name: (identifier) @name value: (_)? @_value)) @definition.variable))])
  (#not-match? @_value "^(async\\b|function\\b|class\\b|\\(|<|[A-Za-z_$][A-Za-z0-9_$]*\\s*=>|require\\s*\\()"))
(ambient_declaration (lexical_declaration kind: "let" (variable_declarator name: (identifier) @name value: (_)? @_value)) @definition.variable)
((program (variable_declaration (variable_declarator name: (identifier) @name value: (_)? @_value)) @definition.variable)
  (#not-match? @_value "^(async\\b|function\\b|class\\b|\\(|<|[A-Za-z_$][A-Za-z0-9_$]*\\s*=>|require\\s*\\()"))
(([(internal_module body: (statement_block (variable_declaration (variable_declarator name: (identifier) @name value: (_)? @_value)) @definition.variable))
   (module body: (statement_block (variable_declaration (variable_declarator name: (identifier) @name value: (_)? @_value)) @definition.variable))])
  (#not-match? @_value "^(async\\b|function\\b|class\\b|\\(|<|[A-Za-z_$][A-Za-z0-9_$]*\\s*=>|require\\s*\\()"))
(ambient_declaration (variable_declaration (variable_declarator name: (identifier) @name value: (_)? @_value)) @definition.variable)

; ---- calls
(call_expression function: (identifier) @name arguments: (arguments) @args) @reference.call
(call_expression function: (member_expression object: (_) @receiver property: (_) @name) arguments: (arguments) @args) @reference.call
(call_expression function: (super) @name arguments: (arguments) @args) @reference.call
; grammar quirk: `await a.get<T>(x)` parses as a call of `await a.get` (type arguments after await)
(call_expression function: (await_expression (member_expression object: (_) @receiver property: (_) @name)) arguments: (arguments) @args) @reference.call
(new_expression constructor: (_) @name arguments: (arguments)? @args) @reference.new

; ---- imports (as in JavaScript, plus `import fs = require('fs')`; `import type` is an import)
(import_statement (import_clause (identifier) @alias @name) source: (string (string_fragment) @module)) @reference.import.default
(import_statement (import_clause (named_imports (import_specifier name: (_) @name alias: (_)? @alias))) source: (string (string_fragment) @module)) @reference.import
(import_statement (import_clause (namespace_import "*" @name (identifier) @alias)) source: (string (string_fragment) @module)) @reference.import
(import_statement . "import" @name . source: (string (string_fragment) @module)) @reference.import
(import_statement (import_require_clause (identifier) @alias source: (string (string_fragment) @module))) @reference.import.require
(call_expression function: (import) @name arguments: (arguments . (string (string_fragment) @module))) @reference.import.dynamic
(variable_declarator name: (identifier) @alias
  value: (call_expression function: (identifier) @_require arguments: (arguments . (string (string_fragment) @module)))
  (#eq? @_require "require")) @reference.import.require
(variable_declarator
  name: (object_pattern [(shorthand_property_identifier_pattern) @name
                         (pair_pattern key: (_) @name value: (identifier) @alias)])
  value: (call_expression function: (identifier) @_require arguments: (arguments . (string (string_fragment) @module)))
  (#eq? @_require "require")) @reference.import.require
((call_expression function: (identifier) @_require @name arguments: (arguments . (string (string_fragment) @module)))
  @reference.import.require
  (#eq? @_require "require"))
(export_statement (export_clause (export_specifier name: (_) @name alias: (_)? @alias)) source: (string (string_fragment) @module)) @reference.import.reexport
(export_statement "*" @name @wildcard source: (string (string_fragment) @module)) @reference.import.reexport
(export_statement (namespace_export "*" @name (_) @alias) source: (string (string_fragment) @module)) @reference.import.reexport

; ---- supertypes
(extends_clause value: [(identifier) (member_expression)] @reference.inherits)
(implements_clause [(type_identifier) (nested_type_identifier) (generic_type)] @reference.implements)
(extends_type_clause type: [(type_identifier) (nested_type_identifier) (generic_type)] @reference.inherits)

; ---- type uses: predefined types (`string`) are not references; unions and arrays are looked into.
; (Alternatives are listed flat: a capture on a nested alternation does not match here.)
(required_parameter type: (type_annotation [
    (type_identifier) @reference.type.parameter (nested_type_identifier) @reference.type.parameter (generic_type) @reference.type.parameter
    (array_type (type_identifier) @reference.type.parameter) (array_type (nested_type_identifier) @reference.type.parameter) (array_type (generic_type) @reference.type.parameter)
    (union_type (type_identifier) @reference.type.parameter) (union_type (nested_type_identifier) @reference.type.parameter) (union_type (generic_type) @reference.type.parameter)
    (union_type (union_type (type_identifier) @reference.type.parameter)) (union_type (union_type (nested_type_identifier) @reference.type.parameter)) (union_type (union_type (generic_type) @reference.type.parameter))
    (union_type (array_type (type_identifier) @reference.type.parameter)) (union_type (array_type (nested_type_identifier) @reference.type.parameter)) (union_type (array_type (generic_type) @reference.type.parameter))]))
(optional_parameter type: (type_annotation [
    (type_identifier) @reference.type.parameter (nested_type_identifier) @reference.type.parameter (generic_type) @reference.type.parameter
    (array_type (type_identifier) @reference.type.parameter) (array_type (nested_type_identifier) @reference.type.parameter) (array_type (generic_type) @reference.type.parameter)
    (union_type (type_identifier) @reference.type.parameter) (union_type (nested_type_identifier) @reference.type.parameter) (union_type (generic_type) @reference.type.parameter)
    (union_type (union_type (type_identifier) @reference.type.parameter)) (union_type (union_type (nested_type_identifier) @reference.type.parameter)) (union_type (union_type (generic_type) @reference.type.parameter))
    (union_type (array_type (type_identifier) @reference.type.parameter)) (union_type (array_type (nested_type_identifier) @reference.type.parameter)) (union_type (array_type (generic_type) @reference.type.parameter))]))
(_ return_type: (type_annotation [
    (type_identifier) @reference.type.return (nested_type_identifier) @reference.type.return (generic_type) @reference.type.return
    (array_type (type_identifier) @reference.type.return) (array_type (nested_type_identifier) @reference.type.return) (array_type (generic_type) @reference.type.return)
    (union_type (type_identifier) @reference.type.return) (union_type (nested_type_identifier) @reference.type.return) (union_type (generic_type) @reference.type.return)
    (union_type (union_type (type_identifier) @reference.type.return)) (union_type (union_type (nested_type_identifier) @reference.type.return)) (union_type (union_type (generic_type) @reference.type.return))
    (union_type (array_type (type_identifier) @reference.type.return)) (union_type (array_type (nested_type_identifier) @reference.type.return)) (union_type (array_type (generic_type) @reference.type.return))]))
(public_field_definition type: (type_annotation [
    (type_identifier) @reference.type.field (nested_type_identifier) @reference.type.field (generic_type) @reference.type.field
    (array_type (type_identifier) @reference.type.field) (array_type (nested_type_identifier) @reference.type.field) (array_type (generic_type) @reference.type.field)
    (union_type (type_identifier) @reference.type.field) (union_type (nested_type_identifier) @reference.type.field) (union_type (generic_type) @reference.type.field)
    (union_type (union_type (type_identifier) @reference.type.field)) (union_type (union_type (nested_type_identifier) @reference.type.field)) (union_type (union_type (generic_type) @reference.type.field))
    (union_type (array_type (type_identifier) @reference.type.field)) (union_type (array_type (nested_type_identifier) @reference.type.field)) (union_type (array_type (generic_type) @reference.type.field))]))
(property_signature type: (type_annotation [
    (type_identifier) @reference.type.field (nested_type_identifier) @reference.type.field (generic_type) @reference.type.field
    (array_type (type_identifier) @reference.type.field) (array_type (nested_type_identifier) @reference.type.field) (array_type (generic_type) @reference.type.field)
    (union_type (type_identifier) @reference.type.field) (union_type (nested_type_identifier) @reference.type.field) (union_type (generic_type) @reference.type.field)
    (union_type (union_type (type_identifier) @reference.type.field)) (union_type (union_type (nested_type_identifier) @reference.type.field)) (union_type (union_type (generic_type) @reference.type.field))
    (union_type (array_type (type_identifier) @reference.type.field)) (union_type (array_type (nested_type_identifier) @reference.type.field)) (union_type (array_type (generic_type) @reference.type.field))]))
(variable_declarator type: (type_annotation [
    (type_identifier) @reference.type.local (nested_type_identifier) @reference.type.local (generic_type) @reference.type.local
    (array_type (type_identifier) @reference.type.local) (array_type (nested_type_identifier) @reference.type.local) (array_type (generic_type) @reference.type.local)
    (union_type (type_identifier) @reference.type.local) (union_type (nested_type_identifier) @reference.type.local) (union_type (generic_type) @reference.type.local)
    (union_type (union_type (type_identifier) @reference.type.local)) (union_type (union_type (nested_type_identifier) @reference.type.local)) (union_type (union_type (generic_type) @reference.type.local))
    (union_type (array_type (type_identifier) @reference.type.local)) (union_type (array_type (nested_type_identifier) @reference.type.local)) (union_type (array_type (generic_type) @reference.type.local))]))
(type_arguments [
    (type_identifier) @reference.type.type_argument (nested_type_identifier) @reference.type.type_argument (generic_type) @reference.type.type_argument
    (array_type (type_identifier) @reference.type.type_argument) (array_type (nested_type_identifier) @reference.type.type_argument) (array_type (generic_type) @reference.type.type_argument)
    (union_type (type_identifier) @reference.type.type_argument) (union_type (nested_type_identifier) @reference.type.type_argument) (union_type (generic_type) @reference.type.type_argument)
    (union_type (union_type (type_identifier) @reference.type.type_argument)) (union_type (union_type (nested_type_identifier) @reference.type.type_argument)) (union_type (union_type (generic_type) @reference.type.type_argument))])
(constraint [
    (type_identifier) @reference.type.constraint (nested_type_identifier) @reference.type.constraint (generic_type) @reference.type.constraint
    (array_type (type_identifier) @reference.type.constraint) (array_type (nested_type_identifier) @reference.type.constraint) (array_type (generic_type) @reference.type.constraint)
    (union_type (type_identifier) @reference.type.constraint) (union_type (nested_type_identifier) @reference.type.constraint) (union_type (generic_type) @reference.type.constraint)])
; `declare global { var x: T }`
(ambient_declaration (statement_block (variable_declaration (variable_declarator name: (identifier) @name)) @definition.variable))
(ambient_declaration (statement_block (lexical_declaration kind: "const" (variable_declarator name: (identifier) @name)) @definition.constant))
(ambient_declaration (statement_block (lexical_declaration kind: "let" (variable_declarator name: (identifier) @name)) @definition.variable))
