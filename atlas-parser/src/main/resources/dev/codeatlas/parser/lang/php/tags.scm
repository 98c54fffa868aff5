; PHP definitions and references. Capture conventions: docs/queries.md
; Grammar: tree-sitter-php 0.24 "php" (files with <?php ... ?> and inline HTML).

; ---- namespace: `namespace App\Http;` or `namespace App\Http { ... }` (the first one names the file)
(namespace_definition name: (namespace_name) @package)

; ---- types (attributes and modifiers feed visibility/annotations)
(class_declaration
  [(attribute_list) (abstract_modifier) (final_modifier) (readonly_modifier)]* @modifiers
  name: (name) @name body: (declaration_list) @body) @definition.class
(interface_declaration
  (attribute_list)* @modifiers
  name: (name) @name body: (declaration_list) @body) @definition.interface
(trait_declaration
  (attribute_list)* @modifiers
  name: (name) @name body: (declaration_list) @body) @definition.trait
(enum_declaration
  (attribute_list)* @modifiers
  name: (name) @name body: (enum_declaration_list) @body) @definition.enum
(enum_case (attribute_list)* @modifiers name: (name) @name ";" @body) @definition.enum_member

; ---- callables (`__construct` becomes a constructor in PhpLanguage.adjustKind)
(method_declaration
  [(attribute_list) (visibility_modifier) (static_modifier) (abstract_modifier) (final_modifier) (readonly_modifier)]* @modifiers
  name: (name) @name body: (compound_statement)? @body) @definition.method
(function_definition
  (attribute_list)* @modifiers
  name: (name) @name body: (compound_statement) @body) @definition.function

; ---- values (the signature runs to the ';', so attributes on lines above are part of it)
; properties are named with their '$' (`$items`): PHP keeps them apart from methods (`items()`)
(property_declaration
  [(attribute_list) (visibility_modifier) (static_modifier) (readonly_modifier) (var_modifier)]* @modifiers
  (property_element name: (variable_name) @name) ";" @body) @definition.field
(const_declaration
  [(attribute_list) (visibility_modifier) (final_modifier)]* @modifiers
  (const_element (name) @name) ";" @body) @definition.constant
; constructor property promotion: a field of the class, not of the constructor
(class_declaration name: (name) @parent_name
  body: (declaration_list (method_declaration
    parameters: (formal_parameters
      (property_promotion_parameter
        (attribute_list)? @modifiers
        visibility: (visibility_modifier)? @modifiers
        readonly: (readonly_modifier)? @modifiers
        name: (variable_name) @name) @definition.field))))
(trait_declaration name: (name) @parent_name
  body: (declaration_list (method_declaration
    parameters: (formal_parameters
      (property_promotion_parameter
        (attribute_list)? @modifiers
        visibility: (visibility_modifier)? @modifiers
        readonly: (readonly_modifier)? @modifiers
        name: (variable_name) @name) @definition.field))))
; define('NAME', value) at any level
(function_call_expression
  function: (name) @_define (#eq? @_define "define")
  arguments: (arguments . (argument (string (string_content) @name)))) @definition.constant

; ---- calls
(function_call_expression
  function: [(name) (qualified_name)] @name arguments: (arguments) @args) @reference.call
(member_call_expression
  object: (_) @receiver name: (name) @name arguments: (arguments) @args) @reference.call
(nullsafe_member_call_expression
  object: (_) @receiver name: (name) @name arguments: (arguments) @args) @reference.call
(scoped_call_expression
  scope: (_) @receiver name: (name) @name arguments: (arguments) @args) @reference.call
(object_creation_expression [(name) (qualified_name)] @name (arguments)? @args) @reference.new

; ---- imports: `use A\B [as C]`, `use function A\f`, `use const A\X`, `use A\{B, C as D}`
(namespace_use_declaration
  (namespace_use_clause !type . [(name) (qualified_name)] @name alias: (name)? @alias) @reference.import)
(namespace_use_declaration
  (namespace_use_clause type: "function" . [(name) (qualified_name)] @name alias: (name)? @alias) @reference.import.function)
(namespace_use_declaration
  (namespace_use_clause type: "const" . [(name) (qualified_name)] @name alias: (name)? @alias) @reference.import.const)
(namespace_use_declaration !type (namespace_name) @module
  body: (namespace_use_group (namespace_use_clause . [(name) (qualified_name)] @name alias: (name)? @alias) @reference.import))
(namespace_use_declaration type: "function" (namespace_name) @module
  body: (namespace_use_group (namespace_use_clause . [(name) (qualified_name)] @name alias: (name)? @alias) @reference.import.function))
(namespace_use_declaration type: "const" (namespace_name) @module
  body: (namespace_use_group (namespace_use_clause . [(name) (qualified_name)] @name alias: (name)? @alias) @reference.import.const))

; ---- supertypes; a trait `use` inside a class counts as IMPLEMENTS
(class_declaration (base_clause [(name) (qualified_name)] @reference.inherits))
(interface_declaration (base_clause [(name) (qualified_name)] @reference.inherits))
(class_declaration (class_interface_clause [(name) (qualified_name)] @reference.implements))
(enum_declaration (class_interface_clause [(name) (qualified_name)] @reference.implements))
(use_declaration [(name) (qualified_name)] @reference.implements)

; ---- type uses (primitive types excluded; self/static/parent dropped in PhpLanguage.finish)
(simple_parameter type: [
  (named_type) @reference.type.parameter
  (optional_type (named_type) @reference.type.parameter)
  (union_type [(named_type) @reference.type.parameter (optional_type (named_type) @reference.type.parameter)])
  (intersection_type (named_type) @reference.type.parameter)
  (disjunctive_normal_form_type [(named_type) @reference.type.parameter (intersection_type (named_type) @reference.type.parameter)])])
(variadic_parameter type: [
  (named_type) @reference.type.parameter
  (optional_type (named_type) @reference.type.parameter)
  (union_type [(named_type) @reference.type.parameter (optional_type (named_type) @reference.type.parameter)])
  (intersection_type (named_type) @reference.type.parameter)
  (disjunctive_normal_form_type [(named_type) @reference.type.parameter (intersection_type (named_type) @reference.type.parameter)])])
(property_promotion_parameter type: [
  (named_type) @reference.type.field
  (optional_type (named_type) @reference.type.field)
  (union_type [(named_type) @reference.type.field (optional_type (named_type) @reference.type.field)])
  (intersection_type (named_type) @reference.type.field)
  (disjunctive_normal_form_type [(named_type) @reference.type.field (intersection_type (named_type) @reference.type.field)])])
(property_declaration type: [
  (named_type) @reference.type.field
  (optional_type (named_type) @reference.type.field)
  (union_type [(named_type) @reference.type.field (optional_type (named_type) @reference.type.field)])
  (intersection_type (named_type) @reference.type.field)
  (disjunctive_normal_form_type [(named_type) @reference.type.field (intersection_type (named_type) @reference.type.field)])])
(_ return_type: [
  (named_type) @reference.type.return
  (optional_type (named_type) @reference.type.return)
  (union_type [(named_type) @reference.type.return (optional_type (named_type) @reference.type.return)])
  (intersection_type (named_type) @reference.type.return)
  (disjunctive_normal_form_type [(named_type) @reference.type.return (intersection_type (named_type) @reference.type.return)])])
(catch_clause type: (type_list (named_type) @reference.type.catch))
(binary_expression operator: "instanceof" right: [(name) (qualified_name)] @reference.type.instanceof)
