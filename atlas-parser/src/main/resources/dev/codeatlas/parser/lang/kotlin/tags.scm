; Kotlin definitions and references (tree-sitter-kotlin 0.3.8.1: a grammar without field names,
; so children are matched by node type and order). Capture conventions: docs/queries.md

(package_header (identifier) @package)

; ---- grammar workaround: after a top-level declaration, an annotation with arguments on a line of
; its own (`@JvmName("x")` NEWLINE `fun f()`) is parsed as an expression statement (prefix_expression)
; before the declaration; its text still counts as the declaration's modifiers. Listed first so they win.
(source_file (prefix_expression (annotation)) @modifiers . (class_declaration (modifiers)? @modifiers "interface" (type_identifier) @name (class_body)? @body) @definition.interface)
(source_file (prefix_expression (annotation)) @modifiers . (class_declaration (modifiers)? @modifiers "enum" (type_identifier) @name (enum_class_body)? @body) @definition.enum)
(source_file (prefix_expression (annotation)) @modifiers . (class_declaration (modifiers (class_modifier "annotation")) @modifiers (type_identifier) @name (class_body)? @body) @definition.annotation)
(source_file (prefix_expression (annotation)) @modifiers . (class_declaration (modifiers)? @modifiers (type_identifier) @name (class_body)? @body) @definition.class)
(source_file (prefix_expression (annotation)) @modifiers . (object_declaration (modifiers)? @modifiers (type_identifier) @name (class_body)? @body) @definition.object)
(source_file (prefix_expression (annotation)) @modifiers . (function_declaration (modifiers)? @modifiers (simple_identifier) @name (function_body)? @body) @definition.function)
(source_file (prefix_expression (annotation)) @modifiers . (property_declaration (modifiers)? @modifiers (variable_declaration (simple_identifier) @name)) @definition.property)

; ---- types (the first pattern that matches a node wins: interface/enum/annotation before class)
(class_declaration (modifiers)? @modifiers "interface" (type_identifier) @name (class_body)? @body) @definition.interface
(class_declaration (modifiers)? @modifiers "enum" (type_identifier) @name (enum_class_body)? @body) @definition.enum
(class_declaration (modifiers (class_modifier "annotation")) @modifiers (type_identifier) @name (class_body)? @body) @definition.annotation
(class_declaration (modifiers)? @modifiers (type_identifier) @name (class_body)? @body) @definition.class
(object_declaration (modifiers)? @modifiers (type_identifier) @name (class_body)? @body) @definition.object
(companion_object (modifiers)? @modifiers (type_identifier) @name (class_body)? @body) @definition.object
; an unnamed companion: the keyword "object" is its name, KotlinLanguage renames it "Companion"
(companion_object (modifiers)? @modifiers "object" @name . (class_body) @body) @definition.object
(companion_object (modifiers)? @modifiers "object" @name . ":") @definition.object
(companion_object (modifiers)? @modifiers "object" @name .) @definition.object
(type_alias (modifiers)? @modifiers (type_identifier) @name) @definition.type_alias
(enum_entry (modifiers)? @modifiers (simple_identifier) @name (class_body)? @body) @definition.enum_member

; ---- callables (a function in a type becomes a method; extension functions stay functions
; named by their simple name, like their import path; the receiver is a type use "receiver")
(function_declaration (modifiers)? @modifiers (simple_identifier) @name (function_body)? @body) @definition.function
; constructors are named after their class (like Java); the primary constructor is an entity on
; the class name, so that the class parameters are not inside it
(class_declaration (type_identifier) @name
  [(class_body (secondary_constructor (modifiers)? @modifiers "constructor" "{"? @body) @definition.constructor)
   (enum_class_body (secondary_constructor (modifiers)? @modifiers "constructor" "{"? @body) @definition.constructor)])
(class_declaration (type_identifier) @name @definition.constructor (primary_constructor (modifiers)? @modifiers))

; ---- properties: class members, top-level and `val`/`var` class parameters (not locals)
[(class_body (property_declaration (modifiers)? @modifiers (variable_declaration (simple_identifier) @name)) @definition.property)
 (enum_class_body (property_declaration (modifiers)? @modifiers (variable_declaration (simple_identifier) @name)) @definition.property)]
(source_file (property_declaration (modifiers)? @modifiers (variable_declaration (simple_identifier) @name)) @definition.property)
; grammar workaround: `class A : I by x { .. }` parses the body as a trailing lambda of `x`
(class_declaration (delegation_specifier (explicit_delegation (call_expression (call_suffix (annotated_lambda (lambda_literal (statements
  (property_declaration (modifiers)? @modifiers (variable_declaration (simple_identifier) @name)) @definition.property))))))))
(primary_constructor (class_parameter (modifiers)? @modifiers (binding_pattern_kind) @modifiers (simple_identifier) @name) @definition.property)

; ---- calls (trailing lambdas: a call with only a lambda has args=1; `f(a) { }` counts the parenthesised arguments)
(call_expression (simple_identifier) @name (call_suffix (value_arguments) @args)) @reference.call
(call_expression (simple_identifier) @name (call_suffix . (annotated_lambda)) @args) @reference.call
(call_expression (navigation_expression (_) @receiver (navigation_suffix (simple_identifier) @name)) (call_suffix (value_arguments) @args)) @reference.call
(call_expression (navigation_expression (_) @receiver (navigation_suffix (simple_identifier) @name)) (call_suffix . (annotated_lambda)) @args) @reference.call
(constructor_delegation_call ["this" "super"] @name (value_arguments) @args) @reference.call

; ---- imports
(import_header (identifier) @module (wildcard_import)? @wildcard (import_alias (type_identifier) @alias)?) @reference.import

; ---- supertypes: a constructor invocation is the superclass, a plain type an interface;
; interfaces inherit their super-interfaces
(class_declaration "class" (delegation_specifier (constructor_invocation (user_type) @name @reference.inherits)))
(class_declaration "class" (delegation_specifier (user_type) @name @reference.implements))
(class_declaration "class" (delegation_specifier (explicit_delegation (user_type) @name @reference.implements)))
(class_declaration "interface" (delegation_specifier (user_type) @name @reference.inherits))
[(object_declaration (delegation_specifier (constructor_invocation (user_type) @name @reference.inherits)))
 (companion_object (delegation_specifier (constructor_invocation (user_type) @name @reference.inherits)))]
[(object_declaration (delegation_specifier (user_type) @name @reference.implements))
 (companion_object (delegation_specifier (user_type) @name @reference.implements))]
[(object_declaration (delegation_specifier (explicit_delegation (user_type) @name @reference.implements)))
 (companion_object (delegation_specifier (explicit_delegation (user_type) @name @reference.implements)))]

; ---- type uses
(function_declaration (user_type) @reference.type.receiver . "." (simple_identifier))
(property_declaration (user_type) @reference.type.receiver . "." (variable_declaration))
(parameter [(user_type) (nullable_type (user_type))] @reference.type.parameter)
(class_parameter [(user_type) (nullable_type (user_type))] @reference.type.parameter)
(function_declaration (function_value_parameters) [(user_type) (nullable_type (user_type))] @reference.type.return)
[(class_body (property_declaration (variable_declaration [(user_type) (nullable_type (user_type))] @reference.type.field)))
 (enum_class_body (property_declaration (variable_declaration [(user_type) (nullable_type (user_type))] @reference.type.field)))]
(source_file (property_declaration (variable_declaration [(user_type) (nullable_type (user_type))] @reference.type.field)))
(statements (property_declaration (variable_declaration [(user_type) (nullable_type (user_type))] @reference.type.local)))
(type_arguments (type_projection [(user_type) (nullable_type (user_type))] @reference.type.type_argument))
